import type { EntityType } from '@news-kg/schema';

/**
 * Type cue words. A capitalised name whose last word is a cue gets the cue's
 * type ("… Act" → Law, "… Court" → Court); a common noun next to a name types
 * it too ("the X criminal gang", "the gang X").
 */
const NAME_HEADS: Record<string, EntityType> = {
  act: 'Law',
  law: 'Law',
  statute: 'Law',
  treaty: 'Law',
  code: 'Law',
  convention: 'Law',
  constitution: 'Law',
  amendment: 'Law',
  bill: 'Law',
  decree: 'Law',
  proclamation: 'Law',
  accord: 'Law',
  accords: 'Law',
  protocol: 'Law',
  charter: 'Law',
  ordinance: 'Law',
  directive: 'Law',
  court: 'Court',
  tribunal: 'Court',
  prison: 'Prison',
  jail: 'Prison',
  gaol: 'Prison',
  penitentiary: 'Prison',
  gang: 'CriminalOrganization',
  cartel: 'CriminalOrganization',
  mafia: 'CriminalOrganization',
  syndicate: 'CriminalOrganization',
  ministry: 'Government',
  department: 'Government',
  administration: 'Government',
  government: 'Government',
  cabinet: 'Government',
  presidency: 'Government',
  embassy: 'Government',
  consulate: 'Government',
  agency: 'Government',
  bureau: 'Government',
  secretariat: 'Government',
  directorate: 'Government',
  police: 'Government',
  congress: 'Government',
  senate: 'Government',
  parliament: 'Government',
  army: 'Government',
  navy: 'Government',
  guard: 'Government',
  party: 'Organization',
  company: 'Organization',
  corporation: 'Organization',
  corp: 'Organization',
  'corp.': 'Organization',
  inc: 'Organization',
  'inc.': 'Organization',
  ltd: 'Organization',
  llc: 'Organization',
  bank: 'Organization',
  university: 'Organization',
  college: 'Organization',
  institute: 'Organization',
  foundation: 'Organization',
  association: 'Organization',
  union: 'Organization',
  federation: 'Organization',
  network: 'Organization',
  news: 'Organization',
  times: 'Organization',
  post: 'Organization',
  journal: 'Organization',
  tribune: 'Organization',
  herald: 'Organization',
  committee: 'Organization',
  council: 'Organization',
  organization: 'Organization',
  organisation: 'Organization',
  fund: 'Organization',
  watch: 'Organization',
  international: 'Organization',
  nations: 'Organization',
  authority: 'Government',
  authorities: 'Government',
  alliance: 'Organization',
  coalition: 'Organization',
  movement: 'Organization',
  church: 'Organization',
  society: 'Organization',
  airlines: 'Organization',
  airways: 'Organization',
  group: 'Organization',
  city: 'Place',
  province: 'Place',
  county: 'Place',
  region: 'Place',
  island: 'Place',
  islands: 'Place',
  bay: 'Place',
  river: 'Place',
  valley: 'Place',
  street: 'Place',
  square: 'Place',
  airport: 'Place',
  port: 'Place',
  strait: 'Place',
  sea: 'Place',
  coast: 'Place',
  peninsula: 'Place',
  desert: 'Place',
  base: 'Place',
};

/** Words before a "Center"/"Facility"/"Camp" head that make it a place of detention. */
const DETENTION_MODIFIERS = new Set([
  'confinement',
  'detention',
  'correctional',
  'correction',
  'corrections',
  'penitentiary',
  'prison',
  'custody',
  'holding',
  'processing',
  'penal',
  'reformatory',
  'internment',
]);
const FACILITY_HEADS = new Set([
  'center',
  'centre',
  'facility',
  'camp',
  'complex',
  'institution',
  'unit',
]);

/** Common nouns next to a name that say what it is. */
const CONTEXT_NOUNS: Record<string, EntityType> = {
  gang: 'CriminalOrganization',
  cartel: 'CriminalOrganization',
  mafia: 'CriminalOrganization',
  militia: 'CriminalOrganization',
  prison: 'Prison',
  jail: 'Prison',
  penitentiary: 'Prison',
  court: 'Court',
  tribunal: 'Court',
  law: 'Law',
  act: 'Law',
  statute: 'Law',
  treaty: 'Law',
  party: 'Organization',
  company: 'Organization',
  firm: 'Organization',
  newspaper: 'Organization',
  agency: 'Organization',
  broadcaster: 'Organization',
  organization: 'Organization',
  organisation: 'Organization',
  group: 'Organization',
  ngo: 'Organization',
  charity: 'Organization',
  bank: 'Organization',
  university: 'Organization',
  ministry: 'Government',
  city: 'Place',
  town: 'Place',
  village: 'Place',
  province: 'Place',
  region: 'Place',
  state: 'Place',
  capital: 'Place',
  port: 'Place',
  district: 'Place',
};

/** First words that name what follows: "Cartel de los Altos", "Ministry of Defence". */
const LEADING_HEADS: Record<string, EntityType> = {
  cartel: 'CriminalOrganization',
  gang: 'CriminalOrganization',
  clan: 'CriminalOrganization',
  mara: 'CriminalOrganization',
  ministry: 'Government',
  department: 'Government',
  office: 'Government',
  court: 'Court',
  tribunal: 'Court',
  prison: 'Prison',
  jail: 'Prison',
  university: 'Organization',
  bank: 'Organization',
};

export function typeFromHead(words: readonly string[]): EntityType | undefined {
  const last = words.at(-1)?.toLowerCase();
  if (!last) return undefined;
  const first = words[0]!.toLowerCase();
  if (words.length >= 3 && LEADING_HEADS[first] && /^(of|de|del|for|des|do|da)$/i.test(words[1]!))
    return LEADING_HEADS[first];
  if (
    FACILITY_HEADS.has(last) &&
    words.slice(0, -1).some((w) => DETENTION_MODIFIERS.has(w.toLowerCase()))
  ) {
    return 'Prison';
  }
  // "Ministry of Justice", "Court of Appeals", "Bank of England": the head comes before "of".
  const of = words.findIndex((w) => w.toLowerCase() === 'of');
  if (of > 0) {
    const head = words[of - 1]!.toLowerCase();
    const typed = NAME_HEADS[head];
    if (typed && typed !== 'Place') return typed;
  }
  return NAME_HEADS[last];
}

export function typeFromContextNoun(lemma: string): EntityType | undefined {
  return CONTEXT_NOUNS[lemma.toLowerCase()];
}

/** Seats of government used as metonyms for a government, keyed to the country code. */
export const SEATS_OF_GOVERNMENT: Record<string, string> = {
  'White House': 'US',
  Kremlin: 'RU',
  'Downing Street': 'GB',
  'Elysee Palace': 'FR',
  'Élysée Palace': 'FR',
  Elysee: 'FR',
  Élysée: 'FR',
  Zhongnanhai: 'CN',
  'Blue House': 'KR',
  'Casa Rosada': 'AR',
  'Planalto Palace': 'BR',
  Miraflores: 'VE',
  'Miraflores Palace': 'VE',
  'Los Pinos': 'MX',
  'Quirinal Palace': 'IT',
  'Chigi Palace': 'IT',
  'Palazzo Chigi': 'IT',
  Chancellery: 'DE',
  'Rideau Hall': 'CA',
  'Malacanang Palace': 'PH',
  'Malacañang Palace': 'PH',
  Malacanang: 'PH',
};

/** Words that are capitalised but never names on their own. */
export const NOT_NAMES = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'image',
  'photo',
  'picture',
  'video',
  'audio',
  'judge',
  'president',
  'minister',
  'mr',
  'mr.',
  'mrs',
  'mrs.',
  'ms',
  'ms.',
  'dr',
  'dr.',
  'god',
  'read',
  'watch',
  'share',
  'advertisement',
  'menu',
  'home',
  'politics',
  'world',
  'business',
  'opinion',
  'sport',
  'sports',
  'news',
  'i',
  'ok',
  'tv',
  'am',
  'pm',
  'a.m.',
  'p.m.',
]);

/** Surface words for news agencies and outlets named in credits. */
export function isCreditNoise(word: string): boolean {
  return /^(handout|pool|file|afp|via|photo|image|getty images?|dpa|picture[- ]alliance|ap photo)$/i.test(
    word,
  );
}
