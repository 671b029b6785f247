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
  const g = getGender(words[0]!);
  return g === 'male' ? 'm' : g === 'female' ? 'f' : undefined;
}
