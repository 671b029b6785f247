import type { Sentence, Token } from '../nlp/types';
import { isEnglishWord } from '../nlp/wink';
import {
  countriesInRegion,
  isRegionName,
  countryByCapital,
  countryByDemonym,
  countryByName,
} from '../lexicon/countries';
import { matchRole } from '../lexicon/roles';
import { isKnownPlace } from '../lexicon/places';
import { isInstitutionModifier, NOT_NAMES, typeFromHead } from './cue-words';
import { isGroupHead } from './groups';
import { startsLower, startsUpper } from '../nlp/letters';

/** A lower-case plural noun ("Aggressive tactics were …"). */
const LOWER_PLURAL = /^\p{Ll}[\p{Ll}-]*s$/u;
/** A particle inside a hyphenated place name ("-au-", "-en-", "-upon-"). */
const SHORT_PARTICLE = /^\p{Ll}{1,5}$/u;
const SYLLABLE = /^\p{Ll}{2,5}$/u;

/** A lower-case syllable that may follow a hyphen in a name ("Park Jae-hyun"). */
export function isSyllable(word: string): boolean {
  return SYLLABLE.test(word);
}

/**
 * Lower-case particles inside names: "Cartel de los Soles", "Lula da Silva", "van der Leyen",
 * "Nur Aisyah binti Kamarudin", "Dar es Salaam".
 */
const PARTICLES = new Set([
  'de',
  'da',
  'del',
  'della',
  'di',
  'do',
  'dos',
  'das',
  'du',
  'van',
  'von',
  'der',
  'den',
  'ter',
  'la',
  'los',
  'las',
  'les',
  'des',
  'le',
  'al',
  'el',
  'es',
  'bin',
  'binti',
  'binte',
  'ibn',
  'y',
]);

/**
 * "the extradition to the United States of X": a country's name before "of" that the next words
 * do not continue ("United States of America") is followed by someone else's name.
 */
function countryOfWhom(toks: readonly Token[], from: number, to: number, next: number): boolean {
  const before = toks
    .slice(from, to)
    .map((t) => t.text)
    .join(' ')
    .replace(/^the /i, '');
  if (!countryByName(before)) return false;
  let end = next;
  while (end < toks.length && isNameToken(toks, end)) end++;
  return !countryByName(
    `${before} of ${toks
      .slice(next, end)
      .map((t) => t.text)
      .join(' ')}`,
  );
}

/** A lower-case particle that may stand inside a person's or body's name ("da", "bin", "van"). */
export function isNameParticle(word: string): boolean {
  return PARTICLES.has(word);
}
/** Lower-case connectives inside names in other European languages ("pour", "et", "para", "und"). */
const CONNECTIVES = new Set([
  'pour',
  'et',
  'sur',
  'contre',
  'sans',
  'para',
  'por',
  'contra',
  'con',
  'sin',
  'pela',
  'pelo',
  'und',
  'für',
  'per',
]);
/** Heads of a state agency that may span two fields joined by "and" ("Prison and Probation Service"). */
const AGENCY_HEADS = /^(service|agency|authority|directorate|administration)$/;

/** Heads that close a name joined by "and": "Migration and Foreigners Act". */
const AND_HEADS = new Set([
  'service',
  'group',
  'directorate',
  'division',
  'unit',
  'authority',
  'forces',
  'force',
  'foundation',
  'council',
  'society',
  'alliance',
  'network',
  'corporation',
  'company',
  'party',
  'front',
  'movement',
  'association',
  'federation',
  'union',
  'organisation',
  'organization',
  'prison',
  'inspectorate',
  'act',
  'law',
  'code',
  'ministry',
  'department',
  'services',
  'affairs',
  'committee',
  'commission',
  'court',
  'tribunal',
  'bank',
  'university',
  'center',
  'centre',
  'institute',
  'agency',
  'office',
  'bureau',
  'board',
]);
/** Heads that continue a name after a possessive: "National Prosecutor's Office". */
const POSSESSIVE_HEADS = new Set([
  'office',
  'procuracy',
  'department',
  'ministry',
  'bureau',
  'agency',
  'service',
  'court',
  'party',
  'army',
]);
const OF_HEADS = new Set([
  // "Gulf of Guinea", "Palace of Justice", "Isle of Man"
  'gulf',
  'bay',
  'sea',
  'strait',
  'isle',
  'palace',
  'commissioner',
  'police',
  'guard',
  'ministry',
  'department',
  'court',
  'bank',
  'university',
  'institute',
  'secretary',
  'office',
  'bureau',
  'council',
  'commission',
  'republic',
  'kingdom',
  'center',
  'centre',
  'school',
  'academy',
  'church',
  'union',
  'federation',
  'league',
  'association',
  'tribunal',
  'party',
  'house',
  'chamber',
  'minister',
  'museum',
  'college',
  'federation',
  'organization',
  'organisation',
  'committee',
  'agency',
  'board',
  'state',
  'states',
  'district',
  'people',
  'army',
  'front',
  'movement',
  'conference',
  'assembly',
  'bank',
  'fund',
  'corps',
  'service',
  'services',
  'directorate',
  'secretariat',
  'inspectorate',
  'authority',
  'community',
  'coalition',
  'alliance',
  'forces',
  'society',
  'foundation',
  'institution',
  'body',
  'order',
  'jurisdiction',
  'mission',
  'code',
  'observatory',
  'initiative',
  'forum',
  'network',
  'platform',
  'campaign',
  'project',
  'trust',
]);
/** Heads after which "on"/"against" continues a name: "Convention against Torture", "Committee on Human Rights". */
const ON_HEADS = new Set([
  // "the Law on International Cooperation in Criminal Matters", "the Decree on Public Order"
  'law',
  'act',
  'code',
  'decree',
  'regulation',
  'directive',
  'convention',
  'covenant',
  'treaty',
  'committee',
  'commission',
  'protocol',
  'group',
  'crimes',
]);
/**
 * Words of the page-furniture list that are still institution heads inside a
 * longer name: "Human Rights Watch", "Channel News".
 */
const HEADS_INSIDE_NAMES = new Set(['watch', 'news']);
/** Pronouns that a capitalised run never contains ("… Wing A. She accused …"). */
const PRONOUN_WORDS = new Set([
  'he',
  'she',
  'they',
  'we',
  'it',
  'his',
  'her',
  'their',
  'its',
  'our',
]);
const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', ':', '—', '–', '-']);
/** Capitalised words that begin sentences without being names. */
const FUNCTION_POS = new Set([
  'DET',
  'PRON',
  'ADP',
  'CCONJ',
  'SCONJ',
  'ADV',
  'AUX',
  'PART',
  'INTJ',
  'NUM',
]);

export function isCapitalised(t: Token): boolean {
  const c = t.text.charCodeAt(0);
  // ASCII fast path; other scripts go through the Unicode property test
  const upper = c < 128 ? c >= 65 && c <= 90 : startsUpper(t.text);
  return upper && t.pos !== 'PUNCT' && t.pos !== 'SYM';
}

/** A capitalised plural word ("Assurances"), not an acronym ("US"). */
const CAPITALISED_PLURAL = /^\p{Lu}\p{Ll}{3,}s$/u;

function atSentenceStart(tokens: readonly Token[], k: number): boolean {
  return k === 0 || OPENERS.has(tokens[k - 1]!.text);
}

/** True when token k can be part of a capitalised name. */
export function isNameToken(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (!isCapitalised(t)) return false;
  if (t.text === 'I' || PRONOUN_WORDS.has(t.lower)) return false;
  if (
    NOT_NAMES.has(t.lower) &&
    !/^(Judge|President|Minister)$/.test(t.text) &&
    // ("Law 78/2000", "Decree 214": a statute's head before its number names it)
    !(STATUTE_HEADS.test(t.lower) && /^\d/.test(tokens[k + 1]?.text ?? '')) &&
    !(HEADS_INSIDE_NAMES.has(t.lower) && k > 0 && isCapitalised(tokens[k - 1]!)) &&
    // "Home Office", "Home Affairs", "World Bank": a menu word before an institution word
    !(
      tokens[k + 1] &&
      isCapitalised(tokens[k + 1]!) &&
      (typeFromHead([tokens[k + 1]!.text]) || /^(affairs|secretary)$/.test(tokens[k + 1]!.lower))
    )
  )
    return false;
  if (atSentenceStart(tokens, k) && FUNCTION_POS.has(t.pos)) return false;
  // "Successive Australian governments …", "Several Kenyan lawyers …": a quantifier before a
  // demonym and a common noun
  if (
    atSentenceStart(tokens, k) &&
    tokens[k + 1] &&
    countryByDemonym(tokens[k + 1]!.text) &&
    tokens[k + 2]?.pos === 'NOUN' &&
    startsLower(tokens[k + 2]!.text)
  )
    return false;
  // "Successive governments have …", "Several lawyers said …": a word opening a sentence
  // before a lower-case plural noun modifies the noun (a name would be followed by its verb)
  if (
    atSentenceStart(tokens, k) &&
    /(ive|ous|al|ful|less|ic|able|ible)$/.test(t.lower) &&
    !countryByName(t.text) &&
    !countryByCapital(t.text) &&
    tokens[k + 1]?.pos === 'NOUN' &&
    LOWER_PLURAL.test(tokens[k + 1]!.text) &&
    /^(AUX|VERB)$/.test(tokens[k + 2]?.pos ?? '')
  )
    return false;
  // "Prosecutors say …": a plural role or group noun opening a sentence is not a name.
  if (
    atSentenceStart(tokens, k) &&
    /s$/.test(t.lower) &&
    (matchRole([t.lower.replace(/s$/, '')], 0) || isGroupHead(t.lower))
  )
    return false;
  if (
    atSentenceStart(tokens, k) &&
    // ('"Assurances that …"': a plural the tagger took for a name still has an English singular)
    (t.lower !== t.lemma ||
      (t.pos === 'PROPN' &&
        CAPITALISED_PLURAL.test(t.text) &&
        isEnglishWord(t.lower.slice(0, -1)))) &&
    /s$/.test(t.lower) &&
    !(tokens[k + 1] && startsUpper(tokens[k + 1]!.text))
  )
    return false;
  // A capitalised common word opening a sentence ("Detainees held …") is not a name on its own.
  if (
    atSentenceStart(tokens, k) &&
    t.pos !== 'PROPN' &&
    !(tokens[k + 1] && startsUpper(tokens[k + 1]!.text))
  )
    return false;
  if (atSentenceStart(tokens, k) && t.pos === 'VERB' && !startsUpper(tokens[k + 1]?.text ?? ''))
    return false;
  // "Rights groups said …", "Human rights lawyers …": a modifier word opening a sentence
  if (
    atSentenceStart(tokens, k) &&
    isInstitutionModifier(t.lower) &&
    tokens[k + 1] &&
    !isCapitalised(tokens[k + 1]!)
  )
    return false;
  // "Overcrowding at …", "Corruption is …": an abstract noun opening a sentence
  if (
    atSentenceStart(tokens, k) &&
    t.lower.length > 6 &&
    /(ing|tion|sion|ment|ness|ity|ance|ence|ism)$/.test(t.lower) &&
    !countryByCapital(t.text) &&
    !countryByName(t.text) &&
    /^(ADP|AUX|VERB|PUNCT|CCONJ)$/.test(tokens[k + 1]?.pos ?? '')
  )
    return false;
  return true;
}

/**
 * Maximal runs of capitalised tokens, joined across name particles and across
 * "of"/"for" after an institution head. Weekday and month names end a run.
 */
/** Lower-case kind nouns after a party's or movement's name. */
const PARTY_NOUNS = /^(party|movement|alliance|coalition|front|bloc)$/;

/** Last words of a statute's title. */
const STATUTE_HEADS =
  /^(act|code|law|ordinance|decree|bill|regulations|proclamation|promulgation|order|resolution|directive)$/;

export function findNameChunks(sentence: Sentence): { from: number; to: number }[] {
  const toks = sentence.tokens;
  const chunks: { from: number; to: number }[] = [];
  let k = 0;
  while (k < toks.length) {
    if (!isNameToken(toks, k)) {
      k++;
      continue;
    }
    const from = k;
    let to = k + 1;
    for (;;) {
      if (to < toks.length && isNameToken(toks, to) && !isGlued(toks, to)) {
        to++;
        continue;
      }
      const next = toks[to];
      // "Omar al-Haddad", "Abdel Fattah el-Sisi": a particle glued to the surname by a hyphen
      if (
        next &&
        /^(al|el|ad|as|ash|ibn|bin|abu|ben)$/.test(next.text) &&
        /^[-‐]$/.test(toks[to + 1]?.text ?? '') &&
        toks[to + 1]!.start === next.end &&
        toks[to + 2] &&
        toks[to + 2]!.start === toks[to + 1]!.end &&
        isCapitalised(toks[to + 2]!)
      ) {
        to += 3;
        continue;
      }
      if (next && PARTICLES.has(next.text)) {
        const second = toks[to + 1] && PARTICLES.has(toks[to + 1]!.text) ? 1 : 0;
        if (toks[to + 1 + second] && isNameToken(toks, to + 1 + second)) {
          to += 2 + second;
          continue;
        }
      }
      // "Rassemblement pour la Justice et le Travail", "Frente para la Victoria": the
      // connectives of a name in French, Spanish, Portuguese or German, with their articles
      if (next && CONNECTIVES.has(next.text)) {
        let j = to + 1;
        while (
          j < to + 4 &&
          toks[j] &&
          (CONNECTIVES.has(toks[j]!.text) || PARTICLES.has(toks[j]!.text))
        )
          j++;
        if (toks[j] && isNameToken(toks, j) && !isGlued(toks, j)) {
          to = j + 1;
          continue;
        }
      }
      if (next && (next.lower === 'and' || next.text === '&')) {
        let j = to + 1;
        while (j < toks.length && isNameToken(toks, j) && !isGlued(toks, j)) j++;
        if (
          j > to + 1 &&
          // ("the Army and Air Force": a one-word body before "and" is one of its own)
          ((AND_HEADS.has(toks[j - 1]!.lower) &&
            (!AND_HEADS.has(toks[to - 1]!.lower) ||
              // ("the Swedish Prison and Probation Service": one agency over two fields; "Vardo
              // Prison and Hall Prison" are two)
              (toks[to - 1]!.lower !== toks[j - 1]!.lower &&
                AGENCY_HEADS.test(toks[j - 1]!.lower) &&
                j - to <= 3)) &&
            !(to - from === 1 && typeFromHead([toks[from]!.text]))) ||
            andInsideComplement(toks, from, to, j) ||
            // "the Homeland and Order party", "the Peace and Justice movement": one name the
            // kind noun after it describes (short, so that lists of names stay apart)
            (j - from <= 4 &&
              PARTY_NOUNS.test(toks[j]?.text ?? '') &&
              !toks.slice(from, j).some((t) => countryByName(t.text) || countryByDemonym(t.text))))
        ) {
          to = j;
          continue;
        }
      }
      // "Riverside Widows' Support Association", "Northern Women's Correctional Institution":
      // a common noun's possessive inside a name that ends in an institution head
      if (
        next &&
        /^['’]s?$/.test(next.text) &&
        next.start === toks[to - 1]!.end &&
        (/^['’]$/.test(next.text) || commonNounPossessor(toks[to - 1]!))
      ) {
        // (a bare apostrophe counts as an opener for isNameToken, so test the capitals)
        let j = to + 1;
        while (j < toks.length && isCapitalised(toks[j]!) && !isGlued(toks, j)) j++;
        if (
          j > to + 1 &&
          typeFromHead(toks.slice(to + 1, j).map((t) => t.text)) &&
          !/^(Place|Country)$/.test(typeFromHead(toks.slice(to + 1, j).map((t) => t.text)) ?? '')
        ) {
          to = j;
          continue;
        }
      }
      if (
        next &&
        (next.text === "'s" || next.text === '’s') &&
        !countryByName(
          toks
            .slice(from, to)
            .map((t) => t.text)
            .join(' '),
        ) &&
        toks[to + 1] &&
        isNameToken(toks, to + 1) &&
        POSSESSIVE_HEADS.has(toks[to + 1]!.lower) &&
        !(toks[to + 2] && isNameToken(toks, to + 2))
      ) {
        to += 2;
        continue;
      }
      if (
        next &&
        (((next.lower === 'of' || next.lower === 'for') &&
          (OF_HEADS.has(toks[to - 1]!.lower) || joinedByPreposition(toks, from, to))) ||
          // "Chilean Lawyers for Human Rights", "Physicians for Human Rights": people for a cause
          (next.lower === 'for' &&
            /[^s]s$/.test(toks[to - 1]!.lower) &&
            isGroupHead(toks[to - 1]!.lower)) ||
          ((next.lower === 'on' || next.lower === 'against') && ON_HEADS.has(toks[to - 1]!.lower)))
      ) {
        const skipThe = toks[to + 1]?.lower === 'the' ? 1 : 0;
        if (
          toks[to + 1 + skipThe] &&
          isNameToken(toks, to + 1 + skipThe) &&
          !countryOfWhom(toks, from, to, to + 1 + skipThe)
        ) {
          to += 2 + skipThe;
          continue;
        }
      }
      // "the Law on International Cooperation in Criminal Matters": a title on a subject goes on
      // through "in" to what is no place
      if (
        next?.lower === 'in' &&
        toks
          .slice(from, to)
          .some((t, i) => t.lower === 'on' && ON_HEADS.has(toks[from + i - 1]?.lower ?? ''))
      ) {
        let j = to + 1;
        while (j < toks.length && isNameToken(toks, j) && !isGlued(toks, j)) j++;
        const words = toks
          .slice(to + 1, j)
          .map((t) => t.text)
          .join(' ');
        if (
          j > to + 1 &&
          !countryByName(words) &&
          !countryByCapital(words) &&
          !isRegionName(words) &&
          !isKnownPlace(words)
        ) {
          to = j;
          continue;
        }
      }
      // "Criminal Law (Amendment) Act", "Extradition (Contiguous and Foreign Countries) Act":
      // a bracketed part of a statute's title
      if (next?.text === '(') {
        let j = to + 1;
        while (j < toks.length && (isCapitalised(toks[j]!) || toks[j]!.lower === 'and')) j++;
        let end = j + 1;
        while (end < toks.length && isNameToken(toks, end) && !isGlued(toks, end)) end++;
        if (
          j > to + 1 &&
          toks[j]?.text === ')' &&
          end > j + 1 &&
          STATUTE_HEADS.test(toks[end - 1]!.lower)
        ) {
          to = end;
          continue;
        }
      }
      // "Port of Spain", "Bay of Plenty": a place whose name is built on "of"
      if (next?.lower === 'of' && isNameToken(toks, to + 1)) {
        let j = to + 2;
        while (j < toks.length && isNameToken(toks, j) && !isGlued(toks, j)) j++;
        const whole = toks
          .slice(from, j)
          .map((t) => t.text)
          .join(' ');
        if (countryByCapital(whole) || isKnownPlace(whole)) {
          to = j;
          continue;
        }
      }
      // "Prevention of Terrorism Act", "Protection of Personal Information Act": a statute's
      // title built on "of" (the head noun before it is no institution word)
      if (next?.lower === 'of') {
        let j = to + 1;
        while (j < toks.length && isNameToken(toks, j) && !isGlued(toks, j)) j++;
        if (j > to + 1 && STATUTE_HEADS.test(toks[j - 1]!.lower)) {
          to = j;
          continue;
        }
      }
      // "Gldani Prison No. 8", "Federal Court No. 4": the number of a numbered institution
      if (
        /^No\.?$/.test(toks[to - 1]!.text) &&
        to - from >= 2 &&
        next &&
        /^\d{1,4}$/.test(next.text)
      ) {
        to++;
        continue;
      }
      // "Correctional Centre 2", "Penal Colony 6": a detention facility's number after its head
      if (
        next &&
        /^\d{1,3}$/.test(next.text) &&
        to - from >= 2 &&
        /^(prison|jail|centre|center|facility|camp|unit|block|colony|penitentiary)$/.test(
          toks[to - 1]!.lower,
        ) &&
        !/^(years?|months?|days?|inmates|prisoners|people|men|women|%)$/.test(
          toks[to + 1]?.lower ?? '',
        )
      ) {
        to++;
        continue;
      }
      // "the Barrio 18 gang", "the Unit 7 prison": a number inside the name a kind noun follows
      if (
        next &&
        /^\d{1,4}$/.test(next.text) &&
        /^(gang|cartel|clan|prison|jail|militia|faction)$/.test(toks[to + 1]?.lower ?? '')
      ) {
        to++;
        continue;
      }
      // "Immigration Act 1971", "Executive Order 14059", "Decree 214", "Law 78/2000": a
      // statute's year or number
      if (
        next &&
        /^\d{1,5}(\/\d{2,4})?$/.test(next.text) &&
        STATUTE_HEADS.test(toks[to - 1]!.lower)
      ) {
        to++;
        // "Law 1448 of 2011": the number and the year it was passed
        if (toks[to]?.lower === 'of' && /^\d{4}$/.test(toks[to + 1]?.text ?? '')) to += 2;
        continue;
      }
      // "the Extradition Act of 1967": the year the statute was passed
      if (
        next?.lower === 'of' &&
        /^\d{4}$/.test(toks[to + 1]?.text ?? '') &&
        STATUTE_HEADS.test(toks[to - 1]!.lower) &&
        to - from >= 2
      ) {
        to += 2;
        continue;
      }
      // "Ana Soto-Ruiz", "Soto-Ruiz": a double-barrelled surname (not "Mexico-US"
      // or "Kyiv-Moscow"); the hyphen touches both names
      if (
        next &&
        (next.text === '-' || next.text === '‐') &&
        (to - from >= 2 ||
          ![toks[to - 1]!.text, toks[to + 1]?.text ?? ''].some(
            (w) =>
              countryByName(w) ||
              countryByCapital(w) ||
              countryByDemonym(w) ||
              countriesInRegion(w),
          )) &&
        next.start === toks[to - 1]!.end &&
        toks[to + 1] &&
        toks[to + 1]!.start === next.end &&
        isNameToken(toks, to + 1) &&
        // "Anne-Marie Dubois-Roy": a hyphenated given name goes on to the surname
        // ("ACB Director-General X": a hyphenated title inside the run)
        (to - from === 1 ||
          !!matchRole([toks[to - 2]!.lower], 0) ||
          matchRole([toks[to - 1]!.lower, '-', toks[to + 1]!.lower], 0)?.length === 3 ||
          !(toks[to + 2] && isNameToken(toks, to + 2)))
      ) {
        to += 2;
        continue;
      }
      // "Port-au-Prince", "Aix-en-Provence", "Stratford-upon-Avon": one hyphenated word with a
      // lower-case particle inside
      if (
        next &&
        /^[-‐]$/.test(next.text) &&
        next.start === toks[to - 1]!.end &&
        SHORT_PARTICLE.test(toks[to + 1]?.text ?? '') &&
        toks[to + 1]!.start === next.end &&
        /^[-‐]$/.test(toks[to + 2]?.text ?? '') &&
        toks[to + 2]!.start === toks[to + 1]!.end &&
        toks[to + 3] &&
        toks[to + 3]!.start === toks[to + 2]!.end &&
        isCapitalised(toks[to + 3]!)
      ) {
        to += 4;
        continue;
      }
      // "Park Jae-hyun", "Choi Min-seo": a Korean given name's second syllable, lower case after
      // its hyphen (not an English word: "Kabul-based", "Moscow-backed" end the name)
      if (
        next &&
        /^[-‐]$/.test(next.text) &&
        next.start === toks[to - 1]!.end &&
        isSyllable(toks[to + 1]?.text ?? '') &&
        toks[to + 1]!.start === next.end &&
        to - from === 2 &&
        !/^[-‐]$/.test(toks[to + 2]?.text ?? '') &&
        !isEnglishWord(toks[to + 1]!.text)
      ) {
        to += 2;
        continue;
      }
      // "Istanbul 27th High Criminal Court", "the 5th Circuit Court": an ordinal inside a name
      if (
        next &&
        /^\d+(st|nd|rd|th)$/i.test(next.text) &&
        toks[to + 1] &&
        isNameToken(toks, to + 1)
      ) {
        to++;
        continue;
      }
      break;
    }
    chunks.push({ from, to });
    k = to;
  }
  return chunks;
}

/**
 * "Centre for Peace and Human Rights", "Ministry of Justice and Public Security":
 * after "of"/"for", "and" joins two parts of the complement when neither side is a
 * place and the second part is no institution, role or person of its own ("the
 * Ministry of Justice and Interior Minister X", "the Supreme Court of Peru and Congress").
 */
function andInsideComplement(
  toks: readonly Token[],
  from: number,
  and: number,
  to: number,
): boolean {
  let of = -1;
  for (let k = from + 1; k < and - 1; k++) if (/^(of|for)$/.test(toks[k]!.lower)) of = k;
  if (of < 0 || to - and > 4) return false;
  const placeish = (w: string): boolean =>
    !!(countryByName(w) || countryByCapital(w) || countryByDemonym(w) || countriesInRegion(w));
  if (placeish(toks[and - 1]!.text) || placeish(toks[of + 1]!.text)) return false;
  for (let k = and + 1; k < to; k++) {
    const w = toks[k]!.text;
    // (a role word starts a titled name only when a name follows: "… and Justice Ann Lee")
    const titled = matchRole([toks[k]!.lower], 0) && !!toks[k + 1] && isCapitalised(toks[k + 1]!);
    if (placeish(w) || typeFromHead([w]) || titled) return false;
  }
  return true;
}

/** "Women's", "Prosecutor's": a plural, group or role noun, not a person's name. */
function commonNounPossessor(t: Token): boolean {
  const w = t.lower;
  return (
    isGroupHead(w) ||
    !!matchRole([w], 0) ||
    (/[^s]s$/.test(w) && t.lemma !== w) ||
    /^(women|men|children|people)$/.test(w)
  );
}

/** True when the run already crossed a preposition: "Convention on the Rights of the Child". */
function joinedByPreposition(toks: readonly Token[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (/^(on|against)$/.test(toks[k]!.lower)) return true;
  return false;
}

/** A token glued to the previous one by a hyphen ("US-alleged") is not part of a name run. */
function isGlued(toks: readonly Token[], k: number): boolean {
  const prev = toks[k - 1];
  return !!prev && (prev.text === '-' || prev.text === '–');
}
