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
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (!words.length) return 'und';
  const hits = words.filter((w) => ENGLISH_FUNCTION_WORDS.has(w)).length;
  if (words.length >= 8 && hits / words.length >= 0.12) return 'eng';
  // Too short for a trigram guess: any English function word in a Latin-script text will do.
  if (
    words.length < 25 &&
    hits >= 1 &&
    hits / words.length >= 0.05 &&
    !/[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/u.test(text)
  )
    return 'eng';
  // A dateline or a headline ("SEOUL, South Korea (AP)") is too short for any guess.
  if (words.length < 8 && !/[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/u.test(text))
    return 'eng';
  const guess = franc(text.slice(0, 5000), { minLength: 20 });
  // Undetermined (too short) Latin-script text: give English the benefit of the doubt.
  if (
    guess === 'und' &&
    (hits >= 1 || !/[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/u.test(text))
  )
    return 'eng';
  return guess;
}
