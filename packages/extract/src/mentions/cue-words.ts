import { MONTHS, WEEKDAYS } from '../lexicon/calendar';
import { countryByName } from '../lexicon/countries';
import { HONORIFICS } from '../lexicon/roles';
import type { EntityType } from '@news-kg/schema';

/**
 * Last words of company names ("Golden Reef Technologies", "Ostra Dal Resources"). They type a
 * name as an Organization, and the name without them is the company's short form ("Golden Reef").
 */
export const COMPANY_WORDS: ReadonlySet<string> = new Set([
  'company',
  'corporation',
  'corp',
  'corp.',
  'inc',
  'inc.',
  'ltd',
  'llc',
  'co',
  'co.',
  'plc',
  'holdings',
  'industries',
  'supplies',
  'solutions',
  'logistics',
  'logistic',
  'advisory',
  'consulting',
  'consultants',
  'consultancy',
  'partners',
  'ventures',
  'resources',
  'trading',
  'traders',
  'contracting',
  'contractors',
  'assets',
  'properties',
  'realty',
  'developers',
  'foods',
  'exports',
  'imports',
  'minerals',
  'metals',
  'petroleum',
  'chemicals',
  'textiles',
  'electronics',
  'telecom',
  'telecoms',
  'communications',
  'publishing',
  'studios',
  'plantations',
  'technologies',
  'systems',
  'pharmaceuticals',
  'motors',
  'mining',
  'construction',
  'engineering',
  'investments',
  'securities',
  'shipping',
  'enterprises',
  'associates',
  'services',
  'group',
]);

/**
 * Type cue words. A capitalised name whose last word is a cue gets the cue's
 * type ("… Act" → Law, "… Court" → Court); a common noun next to a name types
 * it too ("the X criminal gang", "the gang X").
 */
const NAME_HEADS: Record<string, EntityType> = {
  ...Object.fromEntries([...COMPANY_WORDS].map((w) => [w, 'Organization' as const])),
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
  order: 'Law',
  resolution: 'Law',
  proclamation: 'Law',
  promulgation: 'Law',
  accord: 'Law',
  accords: 'Law',
  protocol: 'Law',
  charter: 'Law',
  ordinance: 'Law',
  directive: 'Law',
  regulation: 'Law',
  court: 'Court',
  courts: 'Court',
  jurisdiction: 'Court',
  tribunal: 'Court',
  chamber: 'Court',
  judiciary: 'Court',
  prison: 'Prison',
  jail: 'Prison',
  gaol: 'Prison',
  penitentiary: 'Prison',
  gang: 'CriminalOrganization',
  cartel: 'CriminalOrganization',
  mafia: 'CriminalOrganization',
  syndicate: 'CriminalOrganization',
  faction: 'CriminalOrganization',
  triad: 'CriminalOrganization',
  clan: 'CriminalOrganization',
  mob: 'CriminalOrganization',
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
  bloc: 'Organization',
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
  treasury: 'Government',
  pentagon: 'Government',
  authorities: 'Government',
  alliance: 'Organization',
  coalition: 'Organization',
  movement: 'Organization',
  church: 'Organization',
  society: 'Organization',
  airlines: 'Organization',
  airways: 'Organization',
  hospital: 'Organization',
  ledger: 'Organization',
  courier: 'Organization',
  chronicle: 'Organization',
  examiner: 'Organization',
  inquirer: 'Organization',
  telegraph: 'Organization',
  dispatch: 'Organization',
  bulletin: 'Organization',
  clinic: 'Organization',
  school: 'Organization',
  academy: 'Organization',
  laboratory: 'Organization',
  laboratories: 'Organization',
  museum: 'Organization',
  airline: 'Organization',
  magazine: 'Organization',
  gazette: 'Organization',
  radio: 'Organization',
  television: 'Organization',
  league: 'Organization',
  community: 'Organization',
  front: 'Organization',
  forum: 'Organization',
  collective: 'Organization',
  observatory: 'Organization',
  consortium: 'Organization',
  brotherhood: 'Organization',
  initiative: 'Organization',
  mission: 'Organization',
  trust: 'Organization',
  commission: 'Government',
  inspectorate: 'Government',
  office: 'Government',
  ombudsman: 'Government',
  assembly: 'Government',
  legislature: 'Government',
  forces: 'Government',
  force: 'Government',
  board: 'Government',
  procuracy: 'Government',
  prosecution: 'Government',
  military: 'Government',
  gendarmerie: 'Government',
  service: 'Government',
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
  // streets, landmarks and land forms ("Victoria Parade", "Aspromonte Mountains")
  avenue: 'Place',
  road: 'Place',
  boulevard: 'Place',
  parade: 'Place',
  highway: 'Place',
  plaza: 'Place',
  harbour: 'Place',
  harbor: 'Place',
  palace: 'Place',
  stadium: 'Place',
  mountains: 'Place',
  hills: 'Place',
  gulf: 'Place',
  canal: 'Place',
  ocean: 'Place',
  waterway: 'Place',
  lagoon: 'Place',
  delta: 'Place',
  archipelago: 'Place',
  plateau: 'Place',
  district: 'Place',
};

/** Words before a "Center"/"Facility"/"Camp" head that make it a place of detention. */
const DETENTION_MODIFIERS = new Set([
  'custodial',
  'remand',
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
  'colony',
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
  syndicate: 'CriminalOrganization',
  clan: 'CriminalOrganization',
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
  nonprofit: 'Organization',
  watchdog: 'Organization',
  coalition: 'Organization',
  movement: 'Organization',
  network: 'Organization',
  association: 'Organization',
  foundation: 'Organization',
  union: 'Organization',
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
  suburb: 'Place',
  neighbourhood: 'Place',
  neighborhood: 'Place',
  municipality: 'Place',
  department: 'Place',
  county: 'Place',
  commune: 'Place',
  canton: 'Place',
  prefecture: 'Place',
  governorate: 'Place',
  oblast: 'Place',
  borough: 'Place',
  republic: 'Place',
  island: 'Place',
  coast: 'Place',
  airport: 'Place',
  border: 'Place',
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
  // "Gulf of Guinea", "Palace of Justice", "Isle of Man"
  gulf: 'Place',
  bay: 'Place',
  sea: 'Place',
  strait: 'Place',
  isle: 'Place',
  palace: 'Place',
};

/** "Tribunal-1", "Chamber-II": a numbered bench of its kind. */
const NUMBERED_BENCH = /^(\p{L}+)-(\d{1,3}|[IVX]{1,4})$/u;
const NAME_HEAD_MAP = new Map(Object.entries(NAME_HEADS));
const LEADING_MAP = new Map(Object.entries(LEADING_HEADS));

export function typeFromHead(words: readonly string[]): EntityType | undefined {
  const typed = typeFromHeadWord(words);
  // "Office of the UN High Commissioner for Human Rights": a UN body is no national government
  if (
    typed === 'Government' &&
    words.some((w, i) => /^U\.?N\.?$/.test(w) || (w === 'United' && words[i + 1] === 'Nations'))
  )
    return 'Organization';
  // "State Committee for National Security", "State Council": a committee of the state
  if (
    typed === 'Organization' &&
    words[0] === 'State' &&
    words.some((w) => /^(committee|council)$/i.test(w))
  )
    return 'Government';
  return typed;
}

function typeFromHeadWord(words: readonly string[]): EntityType | undefined {
  const last = words.at(-1)?.toLowerCase();
  if (!last) return undefined;
  // "… Act 1971", "Law 1448 of 2011"
  if (/^\d{4}$/.test(last) && words.length > 3 && words.at(-2) === 'of')
    return typeFromHead(words.slice(0, -2));
  // "Gldani Prison No. 8": the institution before its number
  if (/^\d{1,5}$/.test(last) && words.length > 2 && /^No\.?$/.test(words.at(-2)!))
    return typeFromHead(words.slice(0, -2));
  if (/^\d{1,5}(\/\d{2,4})?$/.test(last) && words.length > 1)
    return typeFromHead(words.slice(0, -1));
  // "the Milimani Law Courts": the building where courts sit, not a court
  if (last === 'courts' && words.at(-2)?.toLowerCase() === 'law') return 'Place';
  // "International Crimes Tribunal-1", "Chamber-II": a numbered bench of its kind
  const numbered = NUMBERED_BENCH.exec(words.at(-1)!);
  if (numbered) return typeFromHead([...words.slice(0, -1), numbered[1]!]);
  // "Meridian News Service", "National Press Agency": the press, whatever its last word
  // (but "the Press Act", "Media Law" are statutes)
  if (
    NAME_HEAD_MAP.get(last) !== 'Law' &&
    words.some((w) => /^(news|press|media|broadcasting|newspaper|newswire)$/i.test(w))
  )
    return 'Organization';
  const first = words[0]!.toLowerCase();
  const leading = LEADING_MAP.get(first);
  if (words.length >= 3 && leading && /^(of|de|del|for|des|do|da)$/i.test(words[1]!))
    return leading;
  if (
    FACILITY_HEADS.has(last) &&
    words.slice(0, -1).some((w) => DETENTION_MODIFIERS.has(w.toLowerCase()))
  ) {
    return 'Prison';
  }
  // "Ministry of Justice", "Court of Appeals", "Bank of England": the head comes before "of".
  const of = words.findIndex((w) => /^(of|on|against|for)$/i.test(w));
  if (of > 0) {
    const head = words[of - 1]!.toLowerCase();
    // "Centre for Peace" is a body; a "Transit Center" alone may be a camp, so only here
    const typed = /^cent(re|er)$/.test(head) ? 'Organization' : NAME_HEAD_MAP.get(head);
    // ("Order of Malta" is a body, "Executive Order 14059" a law)
    if (typed && typed !== 'Place' && head !== 'order') return typed;
  }
  const typed = NAME_HEAD_MAP.get(last);
  if (typed) return typed;
  // "Amnesty International Kenya", "Save the Children Nigeria": a national branch keeps the body's type.
  if (words.length >= 3 && countryByName(words.at(-1)!)) return typeFromHead(words.slice(0, -1));
  return undefined;
}

/**
 * Words that are never part of a person's name: institution heads and the
 * adjectives and plural nouns that institution names are built from. A
 * capitalised run containing one ("Human Rights", "Foreign Affairs", "Grand
 * Chamber") is not typed as a person by its shape alone.
 */
const NON_PERSON_WORDS = new Set<string>([
  ...Object.keys(NAME_HEADS),
  ...Object.keys(CONTEXT_NOUNS),
  'rights',
  'affairs',
  'relations',
  'justice',
  'interior',
  'defence',
  'defense',
  'security',
  'finance',
  'health',
  'education',
  'labour',
  'labor',
  'trade',
  'commerce',
  'intelligence',
  'investigation',
  'investigations',
  'prosecution',
  'prosecutions',
  'corrections',
  'correctional',
  'immigration',
  'migration',
  'customs',
  'narcotics',
  'drug',
  'drugs',
  'countries',
  'states',
  'nations',
  'peoples',
  'human',
  'civil',
  'criminal',
  'penal',
  'national',
  'federal',
  'international',
  'foreign',
  'supreme',
  'constitutional',
  'democratic',
  'republic',
  'public',
  'central',
  'grand',
  'united',
  'royal',
  'popular',
  'revolutionary',
  'liberation',
  'independent',
  'legal',
  'aid',
  'relief',
  'freedom',
  'peace',
  'development',
  'regional',
  'social',
  'sciences',
  'studies',
  'advanced',
  'crisis',
  'anti-corruption',
  'anti-torture',
  'north',
  'south',
  'east',
  'northern',
  'southern',
  'eastern',
  'western',
]);

/** "Rights", "Human", "Foreign": words that only modify an institution noun, never name one alone. */
export function isInstitutionModifier(word: string): boolean {
  const w = word.toLowerCase();
  return NON_PERSON_WORDS.has(w) && !NAME_HEAD_MAP.has(w) && !(w in CONTEXT_NOUNS);
}

export function hasNonPersonWord(words: readonly string[]): boolean {
  return words.some((w) => NON_PERSON_WORDS.has(w.toLowerCase()));
}

/** "remand centre", "detention facility", "penal colony": two lower-case words naming a place of detention. */
export function isDetentionCompound(modifier: string, head: string): boolean {
  return DETENTION_MODIFIERS.has(modifier.toLowerCase()) && FACILITY_HEADS.has(head.toLowerCase());
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
export const NOT_NAMES = new Set<string>([
  ...WEEKDAYS,
  ...MONTHS,
  // abbreviated months in datelines ("Jan. 8")
  'jan.',
  'feb.',
  'mar.',
  'apr.',
  'jun.',
  'jul.',
  'aug.',
  'sep.',
  'sept.',
  'oct.',
  'nov.',
  'dec.',
  'image',
  'photo',
  'picture',
  'video',
  'audio',
  'judge',
  'president',
  'minister',
  ...HONORIFICS,
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
