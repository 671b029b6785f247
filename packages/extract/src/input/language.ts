import { franc } from 'franc-min';

const ENGLISH_FUNCTION_WORDS = new Set([
  'the',
  'of',
  'and',
  'to',
  'in',
  'a',
  'is',
  'that',
  'for',
  'on',
  'was',
  'with',
  'he',
  'it',
  'as',
  'by',
  'at',
  'his',
  'said',
  'has',
  'from',
  'are',
  'were',
  'have',
  'not',
  'be',
  'this',
  'an',
  'who',
  'which',
]);

/**
 * ISO 639-3 code of the text's language: 'eng' when English function words
 * are common (robust for short texts), otherwise franc's guess.
 */
export function detectLanguage(text: string): string {
  const { words, hits } = countWords(text.toLowerCase());
  if (!words) return 'und';
  if (words >= 8 && hits / words >= 0.12) return 'eng';
  // Too short for a trigram guess: any English function word in a Latin-script text will do.
  if (words < 25 && hits >= 1 && hits / words >= 0.05 && !NOT_LATIN.test(text)) return 'eng';
  // A dateline or a headline ("SEOUL, South Korea (AP)") is too short for any guess.
  if (words < 8 && !NOT_LATIN.test(text)) return 'eng';
  const guess = franc(text.slice(0, 5000), { minLength: 20 });
  // Undetermined (too short) Latin-script text: give English the benefit of the doubt.
  if (guess === 'und' && (hits >= 1 || !NOT_LATIN.test(text))) return 'eng';
  return guess;
}

const LETTER = /\p{L}/u;
/** A character outside the Latin script and the script-neutral ones (digits, punctuation, marks). */
const NOT_LATIN = /[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/u;
/** The longest English function word: longer letter runs are never looked up. */
const LONGEST_FUNCTION_WORD = Math.max(...[...ENGLISH_FUNCTION_WORDS].map((w) => w.length));

/**
 * The number of letter runs (`/\p{L}+/gu` matches) in an already lower-cased text, and how
 * many of them are English function words, in one scan without building the list of words.
 * The function words are all ASCII, so only all-ASCII runs are looked up.
 */
function countWords(lower: string): { words: number; hits: number } {
  let words = 0;
  let hits = 0;
  let start = -1; // start of the current run, or -1 outside a run
  let ascii = true;
  const n = lower.length;
  for (let i = 0; i < n;) {
    const c = lower.charCodeAt(i);
    let letter: boolean;
    let width = 1;
    if (c < 128) letter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
    else {
      const cp = lower.codePointAt(i)!;
      if (cp > 0xffff) width = 2;
      letter = LETTER.test(String.fromCodePoint(cp));
    }
    if (letter) {
      if (start < 0) {
        start = i;
        ascii = true;
      }
      if (c >= 128) ascii = false;
    } else if (start >= 0) {
      words++;
      if (
        ascii &&
        i - start <= LONGEST_FUNCTION_WORD &&
        ENGLISH_FUNCTION_WORDS.has(lower.slice(start, i))
      )
        hits++;
      start = -1;
    }
    i += width;
  }
  if (start >= 0) {
    words++;
    if (
      ascii &&
      n - start <= LONGEST_FUNCTION_WORD &&
      ENGLISH_FUNCTION_WORDS.has(lower.slice(start))
    )
      hits++;
  }
  return { words, hits };
}
