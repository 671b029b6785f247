import { entityId, type EntityType } from '@news-kg/schema';
import { countryByDemonym, countryByName } from '../lexicon/countries';
import { courtsSeatedIn } from '../lexicon/international-bodies';
import { startsUpper } from '../nlp/letters';
import { COMPANY_WORDS } from '../mentions/cue-words';
import { genderOfGivenName } from '../lexicon/given-names';
import { isEnglishWord } from '../nlp/wink';

/** What the document-level vote says about one name. */
export interface NameVote {
  type: EntityType;
  /** The best vote came from a weak rule (a bare single word, a speaker, a locative). */
  weak: boolean;
}

/** Head words that say what kind of institution a name is ("Korydallos Prison", "the Kasneci clan"). */
const TYPE_HEADS = new Set([
  'prison',
  'prisons',
  'penitentiary',
  'jail',
  'gaol',
  'court',
  'courts',
  'tribunal',
  'gang',
  'cartel',
  'mafia',
  'syndicate',
  'faction',
  'triad',
  'clan',
  'mob',
  'party',
  'movement',
  'militia',
]);
/** Words after a prison head that still belong to it ("prison complex", "jail facility"). */
const FACILITY_TAILS = new Set(['complex', 'facility', 'compound', 'centre', 'center', 'camp']);
/** Words before a prison head that describe its regime, not its name ("Maximum Security Prison"). */
const PRISON_REGIME = new Set([
  'maximum',
  'medium',
  'minimum',
  'high',
  'security',
  'maximum-security',
  'high-security',
  'federal',
  'state',
  'central',
  'national',
  'district',
  'county',
  'regional',
  'provincial',
  'juvenile',
]);
const PRISON_HEADS = new Set(['prison', 'prisons', 'penitentiary', 'jail', 'gaol']);
/** Last words of detention facilities named by their function: "X Correctional Institution". */
const DETENTION_FACILITIES = new Set([
  'institution',
  'centre',
  'center',
  'facility',
  'complex',
  'camp',
]);
const DETENTION_WORDS = new Set([
  'correctional',
  'custodial',
  'detention',
  'remand',
  'penal',
  'corrections',
]);
/**
 * Generic first words of institution names: a shorter name that only shares one of these with a
 * longer one ("Supreme Court" / "Supreme Federal Court") is not shown to be the same institution.
 */
const GENERIC_FIRST = new Set([
  'the',
  'supreme',
  'high',
  'higher',
  'federal',
  'national',
  'state',
  'district',
  'regional',
  'provincial',
  'municipal',
  'city',
  'county',
  'central',
  'constitutional',
  'criminal',
  'civil',
  'military',
  'maximum',
  'security',
  'international',
  'special',
  'superior',
  'general',
  'appeals',
  'appeal',
  'new',
  'old',
  'royal',
  'united',
  'upper',
  'lower',
  'north',
  'south',
  'east',
  'west',
  'northern',
  'southern',
  'eastern',
  'western',
  'first',
  'second',
  'third',
  'main',
  'women',
  "women's",
  'juvenile',
  'magistrate',
  "magistrate's",
  'magistrates',
  'administrative',
  'labour',
  'labor',
  'family',
  'commercial',
  'electoral',
  'human',
  'european',
  'african',
  'american',
  'asian',
  'arab',
  'islamic',
  'democratic',
  'popular',
  'people',
  "people's",
  'revolutionary',
  'liberal',
  'conservative',
  'socialist',
  'communist',
  'green',
  'labourist',
]);
/** Types a long form with a head word can have. */
const LONG_TYPES = new Set<EntityType>([
  'Prison',
  'Court',
  'CriminalOrganization',
  'Organization',
  'Government',
]);

const lowerWords = (name: string): string[] => name.toLowerCase().split(/\s+/).filter(Boolean);

/** The name without its type head words: "Korydallos Prison" → "korydallos", "Kamiti Maximum Security Prison" → "kamiti". */
function withoutHead(words: readonly string[]): string[] | undefined {
  if (words.length >= 2 && COMPANY_WORDS.has(words.at(-1)!)) return words.slice(0, -1);
  // "Baisu Correctional Institution", "Kuje Custodial Centre": a detention facility's name
  // ("Badr Correctional and Rehabilitation Center": two functions joined by "and")
  const functions =
    words.length >= 5 &&
    words.at(-3) === 'and' &&
    DETENTION_WORDS.has(words.at(-4)!) &&
    DETENTION_FACILITIES.has(words.at(-1)!)
      ? 4
      : 0;
  if (functions) return words.slice(0, -functions);
  if (
    words.length >= 3 &&
    DETENTION_FACILITIES.has(words.at(-1)!) &&
    DETENTION_WORDS.has(words.at(-2)!)
  ) {
    let end = words.length - 2;
    while (end > 1 && PRISON_REGIME.has(words[end - 1]!)) end--;
    return words.slice(0, end);
  }
  let end = words.length;
  while (end > 1 && FACILITY_TAILS.has(words[end - 1]!) && PRISON_HEADS.has(words[end - 2]!)) end--;
  if (end < 2 || !TYPE_HEADS.has(words[end - 1]!)) return undefined;
  const prison = PRISON_HEADS.has(words[end - 1]!);
  end--;
  while (prison && end > 1 && PRISON_REGIME.has(words[end - 1]!)) end--;
  return words.slice(0, end);
}

/** Is `short` the words of `long` in order, some left out? */
function isSubsequence(short: readonly string[], long: readonly string[]): boolean {
  let j = 0;
  for (const w of long) if (j < short.length && w === short[j]) j++;
  return j === short.length;
}

/** A first word that names something in particular (not "Supreme", not a country or demonym). */
function distinctive(word: string): boolean {
  if (GENERIC_FIRST.has(word)) return false;
  const cap = word.charAt(0).toUpperCase() + word.slice(1);
  return !countryByName(cap) && !countryByDemonym(cap);
}

/**
 * Does `short` name the same institution as `long`?
 * - the long name minus its type head word(s): "Korydallos" / "Korydallos Prison",
 *   "Sangue Novo" / "Sangue Novo gang", "Kamiti" / "Kamiti Maximum Security Prison";
 * - the same distinctive first word and the same head, the short one's words all in the long
 *   one: "Mossoro penitentiary" / "Mossoro Federal Penitentiary" (but not "Batam Prison" /
 *   "Batam District Court", nor "Supreme Court" / "Supreme Federal Court").
 */
export function isShortFormOf(short: string, long: string): boolean {
  const s = lowerWords(short);
  const l = lowerWords(long);
  if (!s.length || s.length >= l.length) return false;
  if (isLocatedLongForm(short, long)) return true;
  const bare = withoutHead(l);
  if (bare && bare.length === s.length && bare.every((w, i) => w === s[i])) {
    return !TYPE_HEADS.has(s[s.length - 1]!) && distinctive(s[0]!);
  }
  if (companyPrefix(s, l)) return true;
  // "Badr prison" / "Badr Correctional and Rehabilitation Center": one distinctive name, a
  // prison head on the short one and a detention facility's on the long one
  const shortBare = withoutHead(s);
  if (
    bare &&
    shortBare &&
    s.some((w) => PRISON_HEADS.has(w)) &&
    bare.length === shortBare.length &&
    bare.every((w, i) => w === shortBare[i]) &&
    distinctive(s[0]!)
  )
    return true;
  const head = s[s.length - 1]!;
  return (
    s.length >= 2 &&
    TYPE_HEADS.has(head) &&
    head === l[l.length - 1] &&
    s[0] === l[0] &&
    distinctive(s[0]!) &&
    isSubsequence(s, l)
  );
}

/**
 * "Zentrix" / "Zentrix Digital Assets": a company called by its coined first words, the rest
 * of its name being ordinary English words and company words. ("Golden" is no short form of
 * "Golden Reef Technologies": an English word alone names nothing.)
 */
function companyPrefix(s: readonly string[], l: readonly string[]): boolean {
  let end = l.length;
  while (end > 0 && COMPANY_WORDS.has(l[end - 1]!)) end--;
  if (end === l.length || s.length >= end) return false;
  if (!s.every((w, i) => w === l[i])) return false;
  return !s.every((w) => isEnglishWord(w)) && l.slice(s.length, end).every((w) => isEnglishWord(w));
}

/** Diplomatic missions, named by the town they sit in ("US Embassy in Bogota"). */
const MISSION_HEADS = new Set(['embassy', 'consulate', 'commission']);

/**
 * "Supreme Court" / "Supreme Court of Peru", "Regional Court" / "Regional Court in Warsaw", "US
 * Embassy" / "US Embassy in Bogota": an article names a court, prison or mission once with its
 * country or town and then without it.
 */
function isLocatedLongForm(short: string, long: string): boolean {
  const s = short.split(/\s+/);
  const l = long.split(/\s+/);
  const at = s.length;
  const prep = l[at]?.toLowerCase();
  const head = s[at - 1]!.toLowerCase();
  if (!(prep === 'of' || prep === 'in') || !(TYPE_HEADS.has(head) || MISSION_HEADS.has(head)))
    return false;
  if (!s.every((w, i) => w.toLowerCase() === l[i]!.toLowerCase())) return false;
  const rest = l.slice(at + 1).join(' ');
  // ("Court of Appeal" names a kind of court; only a country or a town after "in" places one)
  return prep === 'in' ? startsUpper(rest) : !!countryByName(rest);
}

/**
 * Short names that stand for a longer institution name of the same article, short → long.
 * The short name must not be a place or country, nor a person on the strength of more than a
 * bare word; a short name that fits several long ones is left alone.
 */
export function shortFormTargets(votes: ReadonlyMap<string, NameVote>): Map<string, string> {
  // a short form always starts with its long form's first word, so only those are compared
  const longsByFirst = new Map<string, [string, NameVote][]>();
  for (const entry of votes) {
    if (!LONG_TYPES.has(entry[1].type)) continue;
    const first = lowerWords(entry[0])[0] ?? '';
    longsByFirst.set(first, [...(longsByFirst.get(first) ?? []), entry]);
  }
  const out = new Map<string, string>();
  for (const [name, vote] of votes) {
    // a place only guessed from "in X" may be the short form of "X prison"; a known one is not
    if (vote.type === 'Country' || vote.type === 'Group') continue;
    if (vote.type === 'Place' && !vote.weak) continue;
    const longs = longsByFirst.get(lowerWords(name)[0] ?? '') ?? [];
    // "Ostra Dal" read as a person's name is "Ostra Dal Resources" without its company word,
    // unless it starts with a known given name
    const company =
      vote.type === 'Person' &&
      !genderOfGivenName(name) &&
      longs.some(
        ([long, lv]) =>
          lv.type === 'Organization' &&
          COMPANY_WORDS.has(lowerWords(long).at(-1)!) &&
          lowerWords(long).slice(0, -1).join(' ') === name.toLowerCase(),
      );
    if (vote.type === 'Person' && !vote.weak && !company) continue;
    const targets = longs.filter(
      ([long, lv]) =>
        long !== name &&
        (vote.weak || company || vote.type === lv.type || vote.type === 'Organization') &&
        // (a place guessed from "from X" may be a firm's short name: "from Golden Reef")
        (vote.type !== 'Place' ||
          lv.type === 'Prison' ||
          (lv.type === 'Organization' && COMPANY_WORDS.has(lowerWords(long).at(-1)!))) &&
        isShortFormOf(name, long),
    );
    // "Korydallos prison" in the headline and "Korydallos Prison" in the body are one target
    const distinct = new Set(targets.map(([long, lv]) => entityId(lv.type, long)));
    if (distinct.size === 1) out.set(name, targets[0]![0]);
    else if (distinct.size > 1) {
      // "Badr prison" fits "Badr prison complex" and "Badr Correctional and Rehabilitation
      // Center": one prison, when each shorter target is itself a short form of the longest
      // (only a name of the same kind: the town "Mossoro" is not its prison)
      const [longest, lv] = targets.reduce((a, b) => (b[0].length > a[0].length ? b : a));
      if (
        vote.type === lv.type &&
        targets.every(([long]) => long === longest || isShortFormOf(long, longest))
      )
        out.set(name, longest);
    }
    // "the Strasbourg court" after "the European Court of Human Rights": named for its seat
    const seat = vote.type === 'Court' ? /^(.+) (court|tribunal)$/.exec(name)?.[1] : undefined;
    const seated = seat ? courtsSeatedIn(seat).filter((c) => votes.get(c)?.type === 'Court') : [];
    if (seated.length === 1) out.set(name, seated[0]!);
  }
  return out;
}
