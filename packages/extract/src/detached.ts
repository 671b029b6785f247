/**
 * A copy of `s` that shares no memory with a larger string. `text.slice(…)` of an article
 * can be a view into the whole article text, so a cache that outlives the article must key
 * (and hold) copies, or it would keep every article it has seen alive.
 */
export function detached(s: string): string {
  // the concatenation is flattened into a fresh string before it is sliced
  return ` ${s}`.slice(1);
}
