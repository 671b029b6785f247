/**
 * Letter tests that hold in every script ("Élise", "Øresund", "Ğ").
 *
 * Patterns with `\p{…}` live at module level, here or in the module that uses them, never as
 * literals inside a function: tsx compiles such a literal to `new RegExp(…)` (esbuild lowers
 * Unicode property escapes for Node targets), so inside a function it is compiled again at every
 * call. On the extractor's hot paths that cost several percent of its time. The
 * `no-restricted-syntax` rule in `eslint.config.js` keeps new ones out of functions.
 */
const UPPER_START = /^\p{Lu}/u;
const LOWER_START = /^\p{Ll}/u;
const MARKS = /\p{M}+/gu;
const WORD_START = /(^|[\s'-])\p{Ll}/gu;

/** Whether a word starts with a capital letter of any script. */
export function startsUpper(word: string): boolean {
  return UPPER_START.test(word);
}

/** Whether a word starts with a lower-case letter of any script. */
export function startsLower(word: string): boolean {
  return LOWER_START.test(word);
}

/** A name shouted in capitals, in title case ("ADDIS ABABA" → "Addis Ababa", "N'DJAMENA" → "N'Djamena"). */
export function titleCase(shouted: string): string {
  return shouted.toLowerCase().replace(WORD_START, (c) => c.toUpperCase());
}

/** The text without the marks its letters decompose into ("Bogotá" → "Bogota"; "ł" stays). */
export function stripMarks(text: string): string {
  return text.normalize('NFKD').replace(MARKS, '');
}
