import countries from 'world-countries';
import { stripMarks } from '../nlp/letters';
import { mayStartWithThe } from './leading-the';

/** A country from the `world-countries` package, with the forms news text uses for it. */
export interface CountryInfo {
  /** Common English name, the canonical name of the Country entity. */
  name: string;
  cca2: string;
  capitals: string[];
  demonym: string | null;
  subregion: string;
  region: string;
  /** "the United States" rather than "United States". */
  takesThe: boolean;
}

/** Two-letter abbreviations used as words in English prose (others, like "IN" or "IT", are not). */
const PROSE_ABBREVIATIONS: Record<string, string> = {
  US: 'US',
  'U.S.': 'US',
  'U.S.A.': 'US',
  America: 'US',
  UK: 'GB',
  'U.K.': 'GB',
  Britain: 'GB',
};

const byName = new Map<string, CountryInfo>();
const byDemonym = new Map<string, CountryInfo>();
const sovereignty = new Map<string, boolean>();
const byPluralDemonym = new Map<string, CountryInfo>();
const byCapital = new Map<string, CountryInfo>();
const byRegionAdjective = new Map<string, CountryInfo[]>();
const regionNames = new Set<string>();
const byCode = new Map<string, CountryInfo>();
/** Language names ("English", "Arabic", "Serbo-Croatian" as two parts) from the same list. */
const languages = new Set<string>();

/** Names in Latin letters only: the data's other spellings are in other scripts. */
const LATIN_NAME = /^[\p{Script=Latin}\s'.,()-]+$/u;

function pluralDemonym(d: string): string | null {
  if (/(ese|ss|sh|ch|i)$/i.test(d) && !/i$/i.test(d)) return null; // "Chinese", "Swiss", "British", "French"
  return `${d}s`;
}

function regionAdjective(region: string): string {
  if (/a$/.test(region)) return `${region}n`; // Central America → Central American, Asia → Asian
  if (/e$/.test(region)) return `${region.slice(0, -1)}ean`; // Europe → European
  return region;
}

const demonymArea = new Map<string, number>();
for (const c of countries) {
  for (const l of Object.values(c.languages ?? {})) languages.add(l);
  const name = c.name.common;
  const info: CountryInfo = {
    name,
    cca2: c.cca2,
    capitals: [...(c.capital ?? [])],
    demonym: c.demonyms?.eng?.m || null,
    subregion: c.subregion ?? '',
    region: c.region ?? '',
    takesThe:
      /^(United|Czech|Dominican|Central African|Marshall|Solomon|Cayman|Falkland|Faroe|Cook)\b|(Islands|Republic|Netherlands|Philippines|Bahamas|Gambia|Emirates)$/.test(
        name,
      ),
  };
  byCode.set(c.cca2, info);
  const names = [name, c.name.official, ...c.altSpellings].filter(
    (n) => n.length >= 3 && LATIN_NAME.test(n) && !/,/.test(n),
  );
  for (const n of names) {
    if (!byName.has(n)) byName.set(n, info);
    const plain = stripMarks(n);
    if (!byName.has(plain)) byName.set(plain, info);
  }
  // A demonym shared by several territories ("American") belongs to the sovereign state; one
  // shared by two states ("Dominican", "Congolese") to the larger, the one news means far more often.
  const sovereign = c.independent === true;
  const area = c.area ?? 0;
  if (
    info.demonym &&
    (!byDemonym.has(info.demonym) ||
      (sovereign && !sovereignty.get(info.demonym)) ||
      (sovereign && area > (demonymArea.get(info.demonym) ?? 0)))
  ) {
    byDemonym.set(info.demonym, info);
    sovereignty.set(info.demonym, sovereign);
    demonymArea.set(info.demonym, area);
    const plural = pluralDemonym(info.demonym);
    if (plural) byPluralDemonym.set(plural, info);
  }
  const female = c.demonyms?.eng?.f;
  if (female && !byDemonym.has(female)) byDemonym.set(female, info);
  for (const cap of info.capitals) {
    if (!byCapital.has(cap)) byCapital.set(cap, info);
    const plain = stripMarks(cap); // "Bogotá" is often written "Bogota"
    if (!byCapital.has(plain)) byCapital.set(plain, info);
    const bare = cap.replace(/,?\s*D\.?C\.?$/, '').trim(); // "Washington D.C." → "Washington"
    if (bare !== cap && !byCapital.has(bare)) byCapital.set(bare, info);
  }
  for (const r of [info.subregion, info.region]) {
    if (!r) continue;
    regionNames.add(r.toLowerCase());
    const adj = regionAdjective(r).toLowerCase();
    byRegionAdjective.set(adj, [...(byRegionAdjective.get(adj) ?? []), info]);
  }
}
// Regions news names that the country data does not list as sub-regions.
for (const r of [
  'Latin America',
  'North America',
  'Central America',
  'South America',
  'Middle East',
  'Near East',
  'Far East',
  'Caribbean',
  'Balkans',
  'Sahel',
  'Maghreb',
  'Horn of Africa',
  'East Africa',
  'West Africa',
  'North Africa',
  'Central Africa',
  'Southern Africa',
  'Sub-Saharan Africa',
  'Central Asia',
  'South Asia',
  'East Asia',
  'Southeast Asia',
  'Western Europe',
  'Eastern Europe',
  'Central Europe',
  'Northern Europe',
  'Southern Europe',
  'Scandinavia',
  'Persian Gulf',
  'Gulf',
  'Pacific',
  'Atlantic',
  'Arctic',
  'Antarctica',
  'Americas',
])
  regionNames.add(r.toLowerCase());
// Official names in the data keep short forms it lacks ("Republic of Turkey" → "Turkey").
for (const c of countries) {
  const info = byCode.get(c.cca2);
  if (!info) continue;
  for (const alt of [c.name.official, ...c.altSpellings]) {
    const m =
      /^(?:Republic|Kingdom|State|Commonwealth|Federation|Principality|Sultanate|Union) of (?:the )?([A-Z][\p{L} ]+)$/u.exec(
        alt,
      );
    if (m && !byName.has(m[1]!)) byName.set(m[1]!, info);
  }
}
// The data gives one English demonym per country; news also writes these common variants
// (by ISO code). Plurals follow as for the data's own demonyms.
const DEMONYM_VARIANTS: Record<string, string[]> = {
  EC: ['Ecuadorian'],
  AR: ['Argentinian', 'Argentinean'],
  SA: ['Saudi'],
  KG: ['Kyrgyz', 'Kyrgyzstani'],
  TJ: ['Tajik', 'Tajikistani'],
  UZ: ['Uzbek'],
  KZ: ['Kazakh'],
  TM: ['Turkmenistani'],
  IS: ['Icelandic'],
  SV: ['Salvadorean', 'Salvadorian'],
  PH: ['Philippine', 'Filipina'],
  SI: ['Slovenian'],
  SK: ['Slovakian'],
  NP: ['Nepali'],
  MV: ['Maldivian'],
  CV: ['Cape Verdean'],
  SR: ['Surinamese'],
  DJ: ['Djiboutian'],
  KM: ['Comorian'],
  GW: ['Bissau-Guinean'],
  BW: ['Botswanan', 'Batswana'],
  LS: ['Basotho'],
  LU: ['Luxembourgish'],
  AZ: ['Azeri'],
  TL: ['Timorese'],
  PG: ['Papuan'],
  GB: ['English', 'Scottish', 'Welsh', 'Northern Irish'],
  TT: ['Tobagonian'],
  FI: ['Finn'],
  DK: ['Dane'],
  SE: ['Swede'],
  PL: ['Pole'],
  TR: ['Turk'],
  MK: ['North Macedonian'],
  BF: ['Burkinabè'],
};
for (const [code, variants] of Object.entries(DEMONYM_VARIANTS)) {
  const info = byCode.get(code);
  if (!info) continue;
  for (const d of variants) {
    if (byDemonym.has(d)) continue;
    byDemonym.set(d, info);
    const plural = pluralDemonym(d);
    if (plural && !byPluralDemonym.has(plural)) byPluralDemonym.set(plural, info);
  }
}
for (const [abbr, code] of Object.entries(PROSE_ABBREVIATIONS)) {
  const info = byCode.get(code);
  if (info) byName.set(abbr, info);
}
// Adjectives that name a region, not a nationality ("Latin American", "Central American").
for (const adj of ['latin american', 'north american', 'south american', 'central american']) {
  if (!byRegionAdjective.has(adj)) byRegionAdjective.set(adj, []);
}

export function countryByName(text: string): CountryInfo | undefined {
  const found = byName.get(text);
  if (found !== undefined || !mayStartWithThe(text)) return found;
  return byName.get(text.replace(/^the\s+/i, ''));
}
export function countryByDemonym(text: string): CountryInfo | undefined {
  return byDemonym.get(text);
}
export function countryByPluralDemonym(text: string): CountryInfo | undefined {
  return byPluralDemonym.get(text);
}
export function countryByCapital(text: string): CountryInfo | undefined {
  return byCapital.get(text);
}
export function countryByCode(code: string): CountryInfo | undefined {
  return byCode.get(code);
}
/** True for a world region's name ("Central America", "Southeast Asia", "the Balkans"). */
export function isRegionName(text: string): boolean {
  const lower = text.toLowerCase();
  return regionNames.has(mayStartWithThe(lower) ? lower.replace(/^the\s+/, '') : lower);
}
/** Countries a region adjective ("central american", "european") describes; undefined if not one. */
export function countriesInRegion(adjective: string): CountryInfo[] | undefined {
  return byRegionAdjective.get(adjective.toLowerCase());
}

/** "United States" → "Government of the United States". */
export function governmentName(country: CountryInfo): string {
  return `Government of ${country.takesThe ? 'the ' : ''}${country.name}`;
}

/** Names a government is also called by, derived from its country. */
export function governmentAliases(country: CountryInfo): string[] {
  const out = [`${country.name} government`];
  if (country.demonym) out.push(`${country.demonym} government`);
  if (country.cca2 === 'US') out.push('US government', 'U.S. government');
  if (country.cca2 === 'GB') out.push('UK government', 'British government');
  return out;
}

/** "English", "Arabic": a language name (as in "broadcast in Arabic"), not a place. */
export function isLanguageName(word: string): boolean {
  return languages.has(word);
}
