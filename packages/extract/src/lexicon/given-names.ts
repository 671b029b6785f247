import { getGender } from 'gender-detection-from-name';
import { isSurnameFirst } from './surname-first';

/**
 * The gender usually carried by a given name ("Margaret" → f, "Giuseppe" → m), from the
 * name lists of gender-detection-from-name (English, Italian, Spanish, French, German and
 * Turkish names, and some Asian ones). The given name is the first word, or the words after a
 * family name that opens the name ("Nguyen Thi Lan": "Thi"). Undefined for names it does not
 * list and for a one-word name, which may be a surname. Only used to keep "he" and "she" off
 * the wrong person.
 */
export function genderOfGivenName(fullName: string): 'm' | 'f' | undefined {
  const words = fullName.split(' ');
  if (words.length < 2) return undefined;
  if (!isSurnameFirst(words[0]!)) return genderOf(words[0]!);
  for (const given of words.slice(1)) {
    const gender = genderOf(given);
    if (gender) return gender;
  }
  return undefined;
}

function genderOf(given: string): 'm' | 'f' | undefined {
  // (the library searches its lists on every call; names recur, so answers are kept, bounded)
  if (CACHE.has(given)) return CACHE.get(given);
  const g = getGender(given);
  const gender = g === 'male' ? 'm' : g === 'female' ? 'f' : undefined;
  if (CACHE.size >= 10_000) CACHE.clear();
  CACHE.set(given, gender);
  return gender;
}
const CACHE = new Map<string, 'm' | 'f' | undefined>();
