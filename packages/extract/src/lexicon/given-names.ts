import { getGender } from 'gender-detection-from-name';

/**
 * The gender usually carried by a given name ("Margaret" → f, "Giuseppe" → m), from the
 * name lists of gender-detection-from-name (English, Italian, Spanish, French, German and
 * Turkish names). Undefined for names it does not list, and for a one-word name, which may
 * be a surname. Only used to keep "he" and "she" off the wrong person.
 */
export function genderOfGivenName(fullName: string): 'm' | 'f' | undefined {
  const words = fullName.split(' ');
  if (words.length < 2) return undefined;
  const given = words[0]!;
  // (the library searches its lists on every call; names recur, so answers are kept, bounded)
  if (CACHE.has(given)) return CACHE.get(given);
  const g = getGender(given);
  const gender = g === 'male' ? 'm' : g === 'female' ? 'f' : undefined;
  if (CACHE.size >= 10_000) CACHE.clear();
  CACHE.set(given, gender);
  return gender;
}
const CACHE = new Map<string, 'm' | 'f' | undefined>();
