/**
 * A cheap necessary test for a leading "the" plus a space character (any case): lookups that
 * retry without a leading /^the\s+/ skip the regex replace for the common name that has none
 * (the replace itself still decides when this is true).
 */
export function mayStartWithThe(text: string): boolean {
  return text.length > 3 && (text.charCodeAt(0) | 32) === 116 && /^the\s/i.test(text);
}
