/**
 * Name normalisation shared by the article and CoNLL04 scorers.
 *
 * "The U.S. District Court" → "us district court"; "José Martínez" → "jose martinez";
 * "Ruiz's" → "ruiz"; "O'Brien" → "obrien"; "Los-Zetas-Norte" → "los zetas norte".
 */
export function normalizeName(name: string): string {
  const folded = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .trim()
    // possessive at the end: "Ruiz's", "Venezuelans'"
    .replace(/'s$/u, '')
    .replace(/s'$/u, 's')
    // dots and apostrophes join ("U.S." → "us", "O'Brien" → "obrien")
    .replace(/[.']/g, '')
    // any other punctuation or symbol separates words
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return folded.replace(/^the\s+/u, '').trim();
}

/** All normalised forms of a name and its aliases, empty forms dropped. */
export function nameKeys(name: string, aliases: readonly string[] = []): Set<string> {
  const keys = new Set<string>();
  for (const n of [name, ...aliases]) {
    const k = normalizeName(n);
    if (k) keys.add(k);
  }
  return keys;
}
