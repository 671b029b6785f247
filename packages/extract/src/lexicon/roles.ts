import type { Predicate } from '@news-kg/schema';

/**
 * Role titles that precede or follow a person's name, with the office they
 * state. `predicate` is the relation from the person to the institution the
 * title names; `portfolio` titles (Interior Minister) keep the preceding word.
 */
export interface RoleSpec {
  predicate: Predicate;
  /** Canonical role label (qualifiers.role). */
  role: string;
  /** The institution implied when the title names none ("District Judge" → court). */
  implies?: 'court' | 'government';
}

const ROLES: Record<string, RoleSpec> = {
  president: { predicate: 'PRESIDENT_OF', role: 'president', implies: 'government' },
  'vice president': { predicate: 'OFFICIAL_OF', role: 'vice president', implies: 'government' },
  'vice-president': { predicate: 'OFFICIAL_OF', role: 'vice president', implies: 'government' },
  'prime minister': {
    predicate: 'PRIME_MINISTER_OF',
    role: 'prime minister',
    implies: 'government',
  },
  premier: { predicate: 'PRIME_MINISTER_OF', role: 'premier', implies: 'government' },
  chancellor: { predicate: 'PRIME_MINISTER_OF', role: 'chancellor', implies: 'government' },
  minister: { predicate: 'MINISTER_OF', role: 'minister', implies: 'government' },
  secretary: { predicate: 'MINISTER_OF', role: 'secretary', implies: 'government' },
  // a cabinet minister in some countries, the chief prosecutor in others: an official either way
  'attorney general': { predicate: 'OFFICIAL_OF', role: 'attorney general', implies: 'government' },
  judge: { predicate: 'JUDGE_OF', role: 'judge', implies: 'court' },
  justice: { predicate: 'JUDGE_OF', role: 'justice', implies: 'court' },
  'chief justice': { predicate: 'JUDGE_OF', role: 'chief justice', implies: 'court' },
  'chief judge': { predicate: 'JUDGE_OF', role: 'chief judge', implies: 'court' },
  magistrate: { predicate: 'JUDGE_OF', role: 'magistrate', implies: 'court' },
  prosecutor: { predicate: 'OFFICIAL_OF', role: 'prosecutor' },
  'chief prosecutor': { predicate: 'OFFICIAL_OF', role: 'chief prosecutor' },
  ambassador: { predicate: 'OFFICIAL_OF', role: 'ambassador' },
  envoy: { predicate: 'OFFICIAL_OF', role: 'envoy' },
  spokesperson: { predicate: 'OFFICIAL_OF', role: 'spokesperson' },
  spokesman: { predicate: 'OFFICIAL_OF', role: 'spokesperson' },
  spokeswoman: { predicate: 'OFFICIAL_OF', role: 'spokesperson' },
  governor: { predicate: 'OFFICIAL_OF', role: 'governor' },
  mayor: { predicate: 'OFFICIAL_OF', role: 'mayor' },
  senator: { predicate: 'OFFICIAL_OF', role: 'senator' },
  commissioner: { predicate: 'OFFICIAL_OF', role: 'commissioner' },
  director: { predicate: 'LEADS', role: 'director' },
  'director general': { predicate: 'LEADS', role: 'director general' },
  leader: { predicate: 'LEADS', role: 'leader' },
  head: { predicate: 'LEADS', role: 'head' },
  chief: { predicate: 'LEADS', role: 'chief' },
  chairman: { predicate: 'LEADS', role: 'chair' },
  chairwoman: { predicate: 'LEADS', role: 'chair' },
  chair: { predicate: 'LEADS', role: 'chair' },
  ceo: { predicate: 'LEADS', role: 'chief executive' },
  'chief executive': { predicate: 'LEADS', role: 'chief executive' },
  // founding makes a member; it says nothing of who leads now
  founder: { predicate: 'MEMBER_OF', role: 'founder' },
  king: { predicate: 'LEADS', role: 'king', implies: 'government' },
  queen: { predicate: 'LEADS', role: 'queen', implies: 'government' },
  emir: { predicate: 'LEADS', role: 'emir', implies: 'government' },
  warden: { predicate: 'LEADS', role: 'warden' },
  lawyer: { predicate: 'WORKS_FOR', role: 'lawyer' },
  counsel: { predicate: 'WORKS_FOR', role: 'counsel' },
  attorney: { predicate: 'WORKS_FOR', role: 'attorney' },
  advocate: { predicate: 'WORKS_FOR', role: 'advocate' },
  barrister: { predicate: 'WORKS_FOR', role: 'barrister' },
  solicitor: { predicate: 'WORKS_FOR', role: 'solicitor' },
  member: { predicate: 'MEMBER_OF', role: 'member' },
  official: { predicate: 'OFFICIAL_OF', role: 'official' },
  general: { predicate: 'OFFICIAL_OF', role: 'general' },
  commander: { predicate: 'OFFICIAL_OF', role: 'commander' },
  officer: { predicate: 'OFFICIAL_OF', role: 'officer' },
  adviser: { predicate: 'OFFICIAL_OF', role: 'adviser' },
  advisor: { predicate: 'OFFICIAL_OF', role: 'adviser' },
  representative: { predicate: 'OFFICIAL_OF', role: 'representative' },
  lawmaker: { predicate: 'MEMBER_OF', role: 'lawmaker' },
  legislator: { predicate: 'MEMBER_OF', role: 'legislator' },
  deputy: { predicate: 'MEMBER_OF', role: 'deputy' },
  employee: { predicate: 'WORKS_FOR', role: 'employee' },
  executive: { predicate: 'WORKS_FOR', role: 'executive' },
  citizen: { predicate: 'CITIZEN_OF', role: 'citizen' },
  'gov.': { predicate: 'OFFICIAL_OF', role: 'governor' },
  'sen.': { predicate: 'OFFICIAL_OF', role: 'senator' },
  'rep.': { predicate: 'OFFICIAL_OF', role: 'representative' },
  'gen.': { predicate: 'OFFICIAL_OF', role: 'general' },
  'col.': { predicate: 'OFFICIAL_OF', role: 'colonel' },
  'lt.': { predicate: 'OFFICIAL_OF', role: 'lieutenant' },
  'capt.': { predicate: 'OFFICIAL_OF', role: 'captain' },
  'adm.': { predicate: 'OFFICIAL_OF', role: 'admiral' },
  'sgt.': { predicate: 'OFFICIAL_OF', role: 'sergeant' },
  // compound ranks, one role each ("Lieutenant General X" is no general of a "Lieutenant")
  'lieutenant general': { predicate: 'OFFICIAL_OF', role: 'lieutenant general' },
  'major general': { predicate: 'OFFICIAL_OF', role: 'major general' },
  'brigadier general': { predicate: 'OFFICIAL_OF', role: 'brigadier general' },
  'lieutenant colonel': { predicate: 'OFFICIAL_OF', role: 'lieutenant colonel' },
  'rear admiral': { predicate: 'OFFICIAL_OF', role: 'rear admiral' },
  'vice admiral': { predicate: 'OFFICIAL_OF', role: 'vice admiral' },
  colonel: { predicate: 'OFFICIAL_OF', role: 'colonel' },
  captain: { predicate: 'OFFICIAL_OF', role: 'captain' },
  lieutenant: { predicate: 'OFFICIAL_OF', role: 'lieutenant' },
  admiral: { predicate: 'OFFICIAL_OF', role: 'admiral' },
  sergeant: { predicate: 'OFFICIAL_OF', role: 'sergeant' },
  undersecretary: { predicate: 'OFFICIAL_OF', role: 'undersecretary' },
  'under secretary': { predicate: 'OFFICIAL_OF', role: 'undersecretary' },
  correspondent: { predicate: 'WORKS_FOR', role: 'correspondent' },
  reporter: { predicate: 'WORKS_FOR', role: 'reporter' },
  editor: { predicate: 'WORKS_FOR', role: 'editor' },
  columnist: { predicate: 'WORKS_FOR', role: 'columnist' },
  journalist: { predicate: 'WORKS_FOR', role: 'journalist' },
  analyst: { predicate: 'WORKS_FOR', role: 'analyst' },
  economist: { predicate: 'WORKS_FOR', role: 'economist' },
  researcher: { predicate: 'WORKS_FOR', role: 'researcher' },
  professor: { predicate: 'WORKS_FOR', role: 'professor' },
  scientist: { predicate: 'WORKS_FOR', role: 'scientist' },
  engineer: { predicate: 'WORKS_FOR', role: 'engineer' },
  manager: { predicate: 'WORKS_FOR', role: 'manager' },
  aide: { predicate: 'WORKS_FOR', role: 'aide' },
  consultant: { predicate: 'WORKS_FOR', role: 'consultant' },
  staffer: { predicate: 'WORKS_FOR', role: 'staffer' },
  publisher: { predicate: 'LEADS', role: 'publisher' },
  owner: { predicate: 'LEADS', role: 'owner' },
  'vice chairman': { predicate: 'OFFICIAL_OF', role: 'vice chair' },
  'general secretary': { predicate: 'LEADS', role: 'general secretary' },
  'secretary general': { predicate: 'LEADS', role: 'secretary general' },
  national: { predicate: 'CITIZEN_OF', role: 'national' },
  administrator: { predicate: 'OFFICIAL_OF', role: 'administrator' },
  lobbyist: { predicate: 'WORKS_FOR', role: 'lobbyist' },
  partner: { predicate: 'WORKS_FOR', role: 'partner' },
  candidate: { predicate: 'MEMBER_OF', role: 'candidate' },
  nominee: { predicate: 'MEMBER_OF', role: 'nominee' },
  activist: { predicate: 'MEMBER_OF', role: 'activist' },
  trustee: { predicate: 'OFFICIAL_OF', role: 'trustee' },
  coordinator: { predicate: 'LEADS', role: 'coordinator' },
  'executive director': { predicate: 'LEADS', role: 'executive director' },
  'managing director': { predicate: 'LEADS', role: 'managing director' },
  'secretary-general': { predicate: 'LEADS', role: 'secretary general' },
  chairperson: { predicate: 'LEADS', role: 'chair' },
  'co-founder': { predicate: 'MEMBER_OF', role: 'founder' },
  'co-chair': { predicate: 'LEADS', role: 'chair' },
  'co-leader': { predicate: 'LEADS', role: 'leader' },
  'editor-in-chief': { predicate: 'LEADS', role: 'editor in chief' },
  'commander-in-chief': { predicate: 'LEADS', role: 'commander in chief' },
  cofounder: { predicate: 'MEMBER_OF', role: 'founder' },
  'police chief': { predicate: 'LEADS', role: 'police chief' },
  'inspector general': { predicate: 'LEADS', role: 'inspector general' },
  superintendent: { predicate: 'LEADS', role: 'superintendent' },
  ombudsman: { predicate: 'OFFICIAL_OF', role: 'ombudsman' },
  sheriff: { predicate: 'OFFICIAL_OF', role: 'sheriff' },
  diplomat: { predicate: 'OFFICIAL_OF', role: 'diplomat' },
  'deputy minister': { predicate: 'OFFICIAL_OF', role: 'deputy minister' },
  'deputy director': { predicate: 'OFFICIAL_OF', role: 'deputy director' },
  'prosecutor general': { predicate: 'OFFICIAL_OF', role: 'prosecutor general' },
  'solicitor general': { predicate: 'OFFICIAL_OF', role: 'solicitor general' },
  'press secretary': { predicate: 'OFFICIAL_OF', role: 'press secretary' },
  'executive secretary': { predicate: 'OFFICIAL_OF', role: 'executive secretary' },
};

/** Honorifics that mark a following name as a person. */
export const HONORIFICS = new Set([
  'mr',
  'mr.',
  'mrs',
  'mrs.',
  'ms',
  'ms.',
  'dr',
  'dr.',
  'sir',
  'dame',
  'lord',
  'lady',
]);

/** Modifiers that may sit inside a title before the role word ("District Judge", "Federal Judge"). */
export const TITLE_MODIFIERS = new Set([
  'district',
  'federal',
  'circuit',
  'supreme',
  'appeals',
  'high',
  'senior',
  'chief',
  'acting',
  'deputy',
  'assistant',
  'special',
  'former',
  'interim',
  'state',
  'county',
  'magistrate',
  'associate',
  'foreign',
  'interior',
  'defense',
  'defence',
  'justice',
  'finance',
  'health',
  'home',
  'security',
  'homeland',
  'economy',
  'trade',
  'labor',
  'labour',
  'energy',
  'education',
  'culture',
  'public',
  'prime',
  'vice',
  'attorney',
  'general',
  'army',
  'police',
  'prison',
  'opposition',
  'party',
  'union',
]);

/** Role spec for a lower-case title phrase (one or two words), or undefined. */
export function roleOf(phrase: string): RoleSpec | undefined {
  return ROLE_MAP.get(phrase);
}
const ROLE_MAP: ReadonlyMap<string, RoleSpec> = new Map(Object.entries(ROLES));
/**
 * ROLE_MAP split at each space: `ROLE_PAIRS.get(a)?.get(b)` is `ROLE_MAP.get(`${a} ${b}`)`
 * without building the joined string for every pair of words looked up.
 */
const ROLE_PAIRS = new Map<string, Map<string, RoleSpec>>();
for (const [phrase, spec] of ROLE_MAP) {
  for (let i = phrase.indexOf(' '); i >= 0; i = phrase.indexOf(' ', i + 1)) {
    const first = phrase.slice(0, i);
    let rest = ROLE_PAIRS.get(first);
    if (!rest) ROLE_PAIRS.set(first, (rest = new Map()));
    rest.set(phrase.slice(i + 1), spec);
  }
}

/** Two-word roles first: "prime minister", "attorney general", "chief justice". */
export function matchRole(
  words: readonly string[],
  at: number,
): { spec: RoleSpec; length: number } | undefined {
  // the tokenizer splits some compounds at their hyphens: "secretary - general", "editor - in - chief"
  if (words[at + 1] === '-' && words[at + 2] !== undefined) {
    if (words[at + 3] === '-' && words[at + 4] !== undefined) {
      const five = roleOf(`${words[at]}-${words[at + 2]}-${words[at + 4]}`);
      if (five) return { spec: five, length: 5 };
    }
    // ("attorney-general" is the hyphenated "attorney general")
    const three =
      roleOf(`${words[at]}-${words[at + 2]}`) ?? roleOf(`${words[at]} ${words[at + 2]}`);
    if (three) return { spec: three, length: 3 };
  }
  const two =
    words[at + 1] !== undefined
      ? ROLE_PAIRS.get(`${words[at]}`)?.get(`${words[at + 1]}`)
      : undefined;
  if (two) return { spec: two, length: 2 };
  const one = words[at] !== undefined ? roleOf(words[at]!) : undefined;
  return one ? { spec: one, length: 1 } : undefined;
}

/** "lieutenant general" → "general": the rank a compound military rank is a grade of. */
export function baseRank(role: string): string | undefined {
  return /^(?:lieutenant|major|brigadier|rear|vice) (general|colonel|admiral)$/.exec(role)?.[1];
}
