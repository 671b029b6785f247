import type { EntityType } from '@news-kg/schema';
import { isKnownPlace } from '../lexicon/places';
import {
  countriesInRegion,
  countryByCapital,
  countryByDemonym,
  countryByName,
  countryByPluralDemonym,
  type CountryInfo,
} from '../lexicon/countries';
import type { EntityRec, MentionRec } from '../model';
import type { Sentence, Token } from '../nlp/types';
import { cleanName } from '../mentions/recognize';
import { COMPANY_WORDS } from '../mentions/cue-words';
import { PORTFOLIOS } from '../mentions/state-bodies';
import type { AcronymDefinition } from '../mentions/acronyms';
import { genderOfGivenName } from '../lexicon/given-names';
import { bodySeatedIn } from '../lexicon/international-bodies';
import { baseRank, matchRole } from '../lexicon/roles';
import { PersonNames } from './people';
import { EntityRegistry } from './registry';
import { shortFormTargets } from './short-forms';
import { isSpeechLemma } from '../claims/cues';
import { startsUpper, startsLower } from '../nlp/letters';
import { numberWordValue } from '../lexicon/number-words';
import { isJudiciary, isProsecutionService } from '../lexicon/justice-bodies';

const ADP_BEFORE = new Set([
  'in',
  'at',
  'from',
  'to',
  'of',
  'near',
  'for',
  'into',
  'across',
  'outside',
  'inside',
  'by',
  'with',
  'toward',
  'towards',
  'on',
]);
/** First words of place names that the given-name lists also hold ("La", "Santa", "Port"). */
const PLACE_OPENERS = new Set(
  'The La Le Las Los Les El Il Al San Santa Santo São Saint St Port Fort Mount Lake New Ciudad Puerto Porto Villa Vila Bahia Costa Playa Isla Monte Rio Victoria Grand Great Upper Lower'.split(
    ' ',
  ),
);

/**
 * A name the locative frame guessed to be a place ("to X") that reads as a person's: two or
 * three capitalised words opening with a known given name, no place known by that name (not
 * "The Hague", "La Cantera" or "Rio de Janeiro").
 */
function personAfterPreposition(name: string): boolean {
  const words = name.split(' ');
  return (
    words.length >= 2 &&
    words.length <= 3 &&
    !PLACE_OPENERS.has(words[0]!) &&
    words.every((w) => startsUpper(w)) &&
    !!genderOfGivenName(name) &&
    !isKnownPlace(name)
  );
}

/** "police", or "Costa Rican police" of the article's own country (any, when none is known). */
function ownPolice(name: string, home: CountryInfo | undefined): boolean {
  const named = name.replace(/ ?police$/, '');
  if (!named) return true;
  const country = countryByDemonym(named) ?? countryByName(named);
  return !!country && (!home || country.name === home.name);
}

/** ", the (national) police," right after a name at k: the name is the country's police force. */
function apposedPolice(s: Sentence, k: number): boolean {
  const words = s.tokens.slice(k, k + 6).map((t) => t.lower);
  if (words[0] !== ',' || words[1] !== 'the') return false;
  const at = words[2] === 'police' ? 2 : words[3] === 'police' ? 3 : -1;
  if (at < 0 || (at === 3 && !/^(national|federal|state|country's|country’s)$/.test(words[2]!)))
    return false;
  const after = words[at + 1];
  return after === ',' || after === 'force' || after === 'service' || after === undefined;
}

/** Kinds of statute a description may name by its last word ("the act", "the decree"). */
const STATUTE_KINDS = new Set(['act', 'code', 'decree', 'constitution', 'ordinance', 'treaty']);
/** Last words of a legislature's name. */
const LEGISLATURE =
  /^(parliament|congress|senate|legislature|assembly|duma|knesset|majlis|sejm|bundestag|riksdag|storting|cortes|diet)$/i;
const WEAK_RULES = new Set([
  'name-shape',
  'articled-name',
  'single-name',
  'speaker-name',
  'locative-name',
  'lexicon-place',
  'acronym',
]);

interface Recent {
  key: string;
  type: EntityType;
  sent: number;
  from: number;
}

/** What coreference learned that the relation stage needs. */
export interface CorefFacts {
  /** Person key → country of the office they hold (from titles and "X, the president of Y"). */
  personCountry: Map<string, CountryInfo>;
  /** Person key → roles from titles ("judge", "president"). */
  personRoles: Map<string, Set<string>>;
  /** The country the article is mostly about (named most, the headline and lead counting more). */
  homeCountry?: CountryInfo;
  /** Government key → person key, from "the X administration" / "the X government". */
  governmentLeader: Map<string, { person: string; mention: MentionRec }>;
  /** Group key → the person or body whose supporters it is ("his supporters", "X's supporters"). */
  groupOwner: Map<string, string>;
}

/**
 * Gives every mention an entity: names by canonical form, surnames by the
 * article's full names, acronyms by their expansion, capitals acting as
 * speakers by their country's government, and pronouns, descriptions and
 * groups by the salient antecedent of a fitting type.
 */
export function resolveMentions(
  sentences: Sentence[],
  mentions: MentionRec[][],
  acronyms: AcronymDefinition[][],
  text: string,
): { registry: EntityRegistry; facts: CorefFacts } {
  const registry = new EntityRegistry();
  const facts: CorefFacts = {
    personCountry: new Map(),
    personRoles: new Map(),
    governmentLeader: new Map(),
    groupOwner: new Map(),
  };
  const people = new PersonNames();
  const recent: Recent[] = [];
  const lastSeen = new Map<string, number>();
  let tick = 0;
  const touch = (m: MentionRec): void => {
    if (!m.key || sentences[m.sent]?.section === 'credit') return;
    const rec = registry.get(m.key)!;
    recent.push({ key: m.key, type: rec.type, sent: m.sent, from: m.from });
    lastSeen.set(rec.name, ++tick);
  };

  // ---- document-level passes: full person names, type votes, acronyms, unique laws/prisons
  const votes = new Map<string, { type: EntityType; confidence: number; weak: boolean }>();
  const policeNames = new Set<string>();
  const acronymOf = new Map<string, string>();
  /** Other names given with "known as" / "alias", to the name and type they stand for. */
  const otherNameOf = new Map<string, { name: string; type: EntityType }>();
  sentences.forEach((s, si) => {
    for (const def of acronyms[si] ?? []) {
      // ("Indonesia's Corruption Commission (KPK)": the expansion as its mention was named)
      const named = (mentions[si] ?? []).find((m) => m.from === def.from && m.to === def.to);
      acronymOf.set(
        def.acronym,
        named?.kind === 'name'
          ? named.name
          : cleanName(text.slice(s.tokens[def.from]!.start, s.tokens[def.to - 1]!.end)),
      );
    }
    for (const m of mentions[si] ?? []) {
      if (m.rule === 'also-known-as')
        otherNameOf.set(cleanName(text.slice(s.tokens[m.from]!.start, s.tokens[m.to - 1]!.end)), {
          name: m.name,
          type: m.type,
        });
      if (m.kind !== 'name' && m.kind !== 'title-name' && m.kind !== 'credit') continue;
      if (m.type === 'Government' && apposedPolice(s, m.to)) policeNames.add(m.name);
      if (
        m.type === 'Person' &&
        (m.kind === 'title-name' ||
          m.rule === 'honorific-name' ||
          m.rule === 'name-shape' ||
          m.rule === 'role-name')
      )
        people.add(m.name);
      const strength = WEAK_RULES.has(m.rule) ? m.confidence * 0.5 : m.confidence;
      const prior = votes.get(m.name);
      if (!prior || prior.confidence < strength)
        votes.set(m.name, { type: m.type, confidence: strength, weak: WEAK_RULES.has(m.rule) });
    }
  });
  // ("the Public Force, the national police": what the article calls its country's police)
  const nationalPolice = policeNames.size === 1 ? [...policeNames][0] : undefined;
  // "Korydallos" after "Korydallos Prison", "Mossoro penitentiary" after "Mossoro Federal
  // Penitentiary": one institution, named by its long form (a known person's surname never is).
  const shortForms = shortFormTargets(votes);
  // ("Ostra Dal" for "Ostra Dal Resources" is known as a person only by its own mentions)
  for (const short of [...shortForms.keys()]) {
    const person = votes.get(short)?.type === 'Person' ? people.resolve(short) : undefined;
    if (person && (person !== short || genderOfGivenName(short))) shortForms.delete(short);
  }
  const countryWeight = new Map<string, { info: CountryInfo; weight: number; first: number }>();
  let firstBody = -1;
  sentences.forEach((s, si) => {
    if (s.section === 'body' && firstBody < 0) firstBody = si;
    const weight = s.section === 'title' || si === firstBody ? 5 : s.section === 'body' ? 1 : 0;
    for (const m of mentions[si] ?? []) {
      if (!m.country || !weight || m.type === 'Group') continue;
      // ("ask Brussels to act" names the EU, not Belgium)
      if (m.kind === 'capital' && bodySeatedIn(m.name) && !inPlacePhrase(s.tokens, m.from))
        continue;
      const entry = countryWeight.get(m.country.name) ?? { info: m.country, weight: 0, first: si };
      entry.weight += weight;
      countryWeight.set(m.country.name, entry);
    }
  });
  // "NAIROBI (Reuters) -": a dateline in a capital says whose story it is
  const dateline =
    firstBody >= 0 ? (mentions[firstBody] ?? []).find((m) => m.from === 0) : undefined;
  const datelineCountry =
    dateline?.type === 'Place' &&
    /^[,(—–-]$/.test(sentences[firstBody]!.tokens[dateline.to]?.text ?? '')
      ? countryByCapital(dateline.name)
      : undefined;
  if (datelineCountry) {
    const entry = countryWeight.get(datelineCountry.name) ?? {
      info: datelineCountry,
      weight: 0,
      first: firstBody,
    };
    entry.weight += 10;
    countryWeight.set(datelineCountry.name, entry);
  }
  const home = [...countryWeight.values()].sort(
    (a, b) => b.weight - a.weight || a.first - b.first,
  )[0];
  if (home) facts.homeCountry = home.info;
  const namedOfType = (type: EntityType): Set<string> => {
    const out = new Set<string>();
    for (const [name, v] of votes) if (v.type === type) out.add(name);
    for (const [acr, name] of acronymOf) if (votes.get(name)?.type === type) out.delete(acr);
    return out;
  };
  /** State bodies whose name ends in these words ("US federal prosecutors", "French foreign ministry"). */
  const bodiesNamedBy = (words: string): EntityRec[] => {
    const tail = ` ${words.toLowerCase()}`;
    return [...registry.entities.values()].filter(
      (e) => e.type === 'Government' && e.name.toLowerCase().endsWith(tail),
    );
  };
  const uniqueNamed = (type: EntityType): string | undefined => {
    const names = namedOfType(type);
    return names.size === 1 ? [...names][0] : undefined;
  };

  const latest = (
    pred: (r: Recent) => boolean,
    before?: { sent: number; from: number },
  ): string | undefined => {
    for (let i = recent.length - 1; i >= 0; i--) {
      const r = recent[i]!;
      if (before && (r.sent > before.sent || (r.sent === before.sent && r.from >= before.from)))
        continue;
      if (pred(r)) return r.key;
    }
    return undefined;
  };

  /** Person key → gender stated by an honorific or a gendered role ("Mrs", "spokeswoman"). */
  const gender = new Map<string, 'm' | 'f'>();
  /** Entity key → nouns it was described by ("broadcaster X", "X, a rights group"). */
  const kinds = new Map<string, Set<string>>();
  /** Person key → portfolio of their minister's title ("justice"). */
  const personPortfolio = new Map<string, string>();
  let lastSubjectPerson: string | undefined;
  let lastSubjectThing: string | undefined;
  /** Head families and countries each group was named with (coreference bookkeeping only). */
  const groupState = new Map<string, { families: Set<string>; countries: Set<string> }>();
  const familiesOf = (e: EntityRec): Set<string> =>
    groupState.get(e.key)?.families ?? new Set([e.attributes.family ?? 'generic']);

  /** Of the groups that pass `pred`, the one most often referred to so far (ties: the most recent). */
  const mostSalientGroup = (pred: (e: EntityRec) => boolean): string | undefined => {
    let best: EntityRec | undefined;
    let bestSeen = -1;
    for (const e of registry.entities.values()) {
      if (e.type !== 'Group' || !pred(e)) continue;
      const seen = lastSeen.get(e.name) ?? 0;
      if (
        !best ||
        e.mentions.length > best.mentions.length ||
        (e.mentions.length === best.mentions.length && seen > bestSeen)
      ) {
        best = e;
        bestSeen = seen;
      }
    }
    return best?.key;
  };
  /** The story's salient group: restricted sets and people acting for an institution never are. */
  const salientGroupKey = (): string | undefined =>
    mostSalientGroup(
      (e) => !e.attributes.restricted && ![...familiesOf(e)].some((f) => f.startsWith('agent:')),
    );

  /**
   * Can a definite or numbered plural with this head family and country refer to group e?
   * People acting for an institution ("the prosecutors") only join their own kind; a specific
   * head ("the detainees") joins a group named with the same family or only generically ("61
   * nationals", "the men"), never another specific kind ("the protesters"); generic heads and
   * demonyms join any group of people; stated countries must agree ("the Colombians" is not a
   * group of Venezuelans).
   */
  const groupCompatible = (e: EntityRec, family: string, named: Set<string>): boolean => {
    if (e.type !== 'Group' || e.attributes.restricted) return false;
    const families = familiesOf(e);
    const agent = (f: string): boolean => f.startsWith('agent:');
    if (agent(family) || [...families].some(agent)) return families.has(family);
    if (family !== 'generic' && family !== 'demonym') {
      const specific = [...families].filter((f) => f !== 'generic' && f !== 'demonym');
      if (specific.length && !specific.includes(family)) return false;
    }
    const countries = groupState.get(e.key)?.countries;
    return !named.size || !countries?.size || [...named].some((c) => countries.has(c));
  };

  /**
   * The group a plural noun phrase for people refers to, creating it when new.
   * - A bare plural (no determiner, no number) or a possessed one ("their victims") never joins
   *   an existing group: it is indefinite, so it introduces its own, named by its head (the same
   *   head again is the same group); with a generic head ("people", "women", "members",
   *   "Venezuelan men") it names no one in particular and refers to no group at all.
   * - A definite phrase ("the men", "these detainees", "the hundreds of deportees") refers to a
   *   compatible group: the one already given its number, else the one with its head, else the
   *   most salient of its family, else (not for people acting for an institution) the most
   *   salient compatible group. An indefinite numbered phrase ("more than 200 people") is new
   *   information: it joins the group with its number or the most salient of its family, else
   *   the story's salient group only when that one is compatible.
   * - A number that differs from the one the group already has starts a new group ("at least
   *   112 people" is not "61 nationals"); so does a numbered phrase restricted by a relative
   *   clause ("the 919 Venezuelans who have returned").
   */
  function resolveGroup(m: MentionRec, surfaceText: string): string | undefined {
    const [detPart = '', stated = 'demonym'] = (m.det ?? '').split('|');
    // "to deport people that …", "arrested Venezuelans": the object of a removal or custody
    // verb is a set of detainees, whatever noun names it
    const custody = (stated === 'generic' || stated === 'demonym') && custodyObject(m);
    const family = custody ? 'detained' : stated;
    const definite = detPart.startsWith('definite') || custody;
    const numbered = detPart.includes('+number');
    const restricted = numbered && detPart.includes('+restricted');
    const digits = groupDigits(surfaceText);
    const bareName = surfaceText.replace(
      /^((the|these|those|at least|more than|around|about|some|nearly|almost|over|up to|an estimated)\s+)+/i,
      '',
    );
    const create = (name: string): string => {
      const rec = registry.ensure('Group', name);
      rec.attributes.family ??= family;
      if (restricted) rec.attributes.restricted = 'yes';
      return rec.key;
    };
    if (restricted) return create(bareName);
    // "members of the Red Hand gang", "four alleged members of the Vuk clan": the members of
    // one body, whoever else the article calls members
    // (a bare "members of X" names no set the story follows, so like "the prosecutors" it joins
    // only its own kind: "the men" later is not them; "42 members of X" may be the detainees)
    const body = memberOf(m);
    if (body) {
      const name = `${m.name} of ${body.name}`;
      if (definite || numbered || body.owner) {
        const key = create(name);
        if (body.owner) facts.groupOwner.set(key, body.owner);
        return key;
      }
      m.det = `${detPart}|agent:${m.name}`;
      const rec = registry.ensure('Group', name);
      rec.attributes.family ??= `agent:${m.name}`;
      return rec.key;
    }
    const named = groupCountries(sentences[m.sent]!, m);
    // a removed nationality joins only a group already known to be of that nationality
    const fits = (e: EntityRec): boolean =>
      groupCompatible(e, family, named) &&
      !(custody && named.size && !groupState.get(e.key)?.countries?.size);
    // "the prosecutors" after "US federal prosecutors": the state body named by that noun
    // ("prosecutors in Vienna" are the ones the town names, whatever service the story names)
    const placed = sentences[m.sent]!.tokens[m.to]?.lower === 'in';
    const prosecutors = family === 'agent:prosecutors' && !named.size && !numbered && !placed;
    if ((definite || prosecutors) && family.startsWith('agent:') && !named.size) {
      const bodies = bodiesNamedBy(bareName);
      // (the one named last, when the article calls it by two names)
      const last = (e: EntityRec): number =>
        Math.max(
          -1,
          ...e.mentions
            .filter((x) => x.sent < m.sent || (x.sent === m.sent && x.from < m.from))
            .map((x) => x.sent * 1000 + x.from),
        );
      const body = bodies.sort((a, b) => last(b) - last(a))[0];
      if (body && last(body) >= 0) return body.key;
    }
    // "Prosecutors accused him …" in a story that names one prosecution service: that service;
    // in one that names none, the prosecutors are a state body of their own (of several, the
    // prosecutors stay a group: which service they work for is not said)
    // (named anywhere in the article: "Prosecutors from the X Office" names it after the noun)
    if (prosecutors) {
      const offices = [...votes].filter(
        ([name, v]) => v.type === 'Government' && !v.weak && isProsecutionService(name),
      );
      if (offices.length === 1) return registry.ensure('Government', offices[0]![0]).key;
      if (!offices.length) return registry.ensure('Government', bareName.toLowerCase()).key;
    }
    if (!definite && !numbered) {
      if (family === 'generic' || family === 'demonym') return undefined;
      const same = [...registry.entities.values()].find(
        (e) => e.type === 'Group' && e.name === m.name,
      );
      return !same || fits(same) ? create(m.name) : create(bareName);
    }
    const groups = [...registry.entities.values()].filter((e) => e.type === 'Group' && fits(e));
    const head = bareName.split(' ').at(-1)!.toLowerCase();
    // ("more than 300 people" counts whatever group the story is about)
    const sameHead = (e: EntityRec): boolean =>
      /^(people|persons|individuals)$/.test(head) ||
      e.name.split(' ').at(-1)!.toLowerCase() === head;
    const specific = family !== 'generic' && family !== 'demonym';
    const salient = salientGroupKey();
    let key =
      (digits
        ? groups.find((e) => (e.attributes.numbers ?? '').split(' ').includes(digits))?.key
        : undefined) ??
      (definite ? groups.find((e) => e.name === m.name)?.key : undefined) ??
      (specific ? mostSalientGroup((e) => fits(e) && familiesOf(e).has(family)) : undefined) ??
      (family.startsWith('agent:')
        ? undefined
        : definite
          ? mostSalientGroup(fits)
          : // ("two men" after "students": a number introduces a new set, unless it counts
            // what the salient group is made of)
            groups.find((e) => e.key === salient && (!numbered || sameHead(e)))?.key);
    const numbers = registry.get(key)?.attributes.numbers?.split(' ') ?? [];
    const splitOff = !!digits && numbers.length > 0 && !numbers.includes(digits);
    if (splitOff) key = undefined;
    return key ?? create(splitOff ? bareName : m.name);
  }

  /**
   * Whose members or supporters a group is, if it is named so: the body after "members of" /
   * "supporters of" (by name: it is resolved after the group), or the owner of "his supporters"
   * (by name and entity key).
   */
  function memberOf(m: MentionRec): { name: string; owner?: string } | undefined {
    if (!/^(members|supporters|followers|activists)$/.test(m.name)) return undefined;
    const toks = sentences[m.sent]!.tokens;
    // "his supporters", "Petrov's supporters": the supporters of whoever owns them ("his" is the
    // person named last)
    if (/^(supporters|followers)$/.test(m.name)) {
      const first = toks[m.from]!;
      const before = toks[m.from - 1];
      const owner = /^(his|her)$/.test(first.lower)
        ? recent.filter((r) => r.type === 'Person' && (r.sent < m.sent || r.from < m.from)).at(-1)
            ?.key
        : /^['’]s?$/.test(before?.text ?? '')
          ? (mentions[m.sent] ?? []).find((x) => x.to === m.from - 1 && x.key)?.key
          : undefined;
      const rec = owner ? registry.get(owner) : undefined;
      if (rec && /^(Person|Organization)$/.test(rec.type))
        return { name: rec.name, owner: rec.key };
    }
    if (toks[m.to]?.lower !== 'of') return undefined;
    // ("were members of X", "described them as members of X", "Kenya and Uganda, fellow members
    // of the EAC": said of someone, not a group of its own)
    let k = m.from - 1;
    while (k >= 0 && /^(ADJ|ADV|DET|NUM|NOUN|CCONJ)$/.test(toks[k]!.pos)) k--;
    if (k >= 0 && (toks[k]!.lemma === 'be' || /^(as|become|became|,)$/.test(toks[k]!.lower)))
      return undefined;
    const at = toks[m.to + 1]?.lower === 'the' ? m.to + 2 : m.to + 1;
    const body = (mentions[m.sent] ?? []).find(
      (x) =>
        x.from === at &&
        x.kind === 'name' &&
        /^(Organization|CriminalOrganization)$/.test(votes.get(x.name)?.type ?? x.type),
    );
    return body ? { name: acronymOf.get(body.name) ?? body.name } : undefined;
  }

  /** Is the group mention the object of a removal or custody verb ("deport", "detain", "jail")? */
  function custodyObject(m: MentionRec): boolean {
    const toks = sentences[m.sent]!.tokens;
    let k = m.from - 1;
    while (toks[k]?.pos === 'ADV') k--;
    return (
      toks[k]?.pos === 'VERB' &&
      /^(deport|expel|extradite|detain|arrest|jail|imprison|transfer|incarcerate)$/.test(
        toks[k]!.lemma,
      )
    );
  }

  sentences.forEach((s, si) => {
    const list = mentions[si] ?? [];
    const toks = s.tokens;
    const surface = (m: MentionRec): string => text.slice(toks[m.from]!.start, toks[m.to - 1]!.end);
    let sentenceSubjectPerson: string | undefined;
    let sentenceSubjectThing: string | undefined;
    const extra: MentionRec[] = [];
    const appositives: { description: MentionRec; name: MentionRec }[] = [];

    for (const m of list) {
      const prev = toks[m.from - 1];
      const inPP = !!prev && ADP_BEFORE.has(prev.lower);
      switch (m.kind) {
        case 'name':
        case 'title-name':
        case 'credit': {
          let name = m.name;
          let type = m.type;
          const vote = votes.get(name);
          if (vote && WEAK_RULES.has(m.rule) && vote.type !== type) type = vote.type;
          const expansion = acronymOf.get(name);
          if (expansion) {
            name = expansion;
            type = votes.get(expansion)?.type ?? type;
          }
          // 'Ana Ruiz, known as "La Jefa"', then "La Jefa" alone: the same person
          const other = otherNameOf.get(name);
          if (other && m.rule !== 'also-known-as') {
            name = other.name;
            type = other.type;
          }
          // "Costa Rican police", "police" in an article that introduced "the Public Force, the
          // national police": that force (of the article's own country)
          const policeHere =
            nationalPolice &&
            /^(unnamed-body|state-body)$/.test(m.rule) &&
            /(^| )police$/.test(name) &&
            ownPolice(name, facts.homeCountry);
          if (policeHere) name = nationalPolice;
          // "shot by police" in an article that names "Bangladesh Police": that body
          else if (m.rule === 'unnamed-body') {
            const tail = ` ${name.toLowerCase()}`;
            const named = [...votes.entries()].filter(
              ([n, v]) => v.type === type && n.toLowerCase().endsWith(tail),
            );
            // (of several, the national one: "Bangladesh Police", not "Dhaka Metropolitan Police")
            const national = named.filter(([n]) => {
              const words = n.split(' ');
              // ("Sri Lanka Police": the country's name may take more than one word)
              return [1, 2, 3].some((k) => {
                const head = words.slice(0, k).join(' ');
                return k < words.length && !!(countryByName(head) ?? countryByDemonym(head));
              });
            });
            // (but a town's body is not the unnamed one: "police" in a story that names only the
            // "Dubai Police" is the home country's)
            const local = (n: string): boolean => {
              const first = n.split(' ')[0]!;
              return !!countryByCapital(first) || isKnownPlace(first);
            };
            // ("parliament" in an article that names only the "National Assembly": its legislature)
            const houses = LEGISLATURE.test(name)
              ? [...votes.entries()].filter(
                  ([n, v]) =>
                    v.type === type && n.includes(' ') && LEGISLATURE.test(n.split(' ').at(-1)!),
                )
              : [];
            // ("National Assembly" and "Bulgarian National Assembly" are one house)
            const legislatures = houses.filter(
              ([n]) => !houses.some(([o]) => o !== n && o.endsWith(` ${n}`)),
            );
            if (national.length === 1) name = national[0]![0];
            else if (named.length === 1 && !local(named[0]![0])) name = named[0]![0];
            else if (!named.length && legislatures.length === 1) name = legislatures[0]![0];
          }
          const longForm = shortForms.get(name);
          if (longForm && type !== 'Country' && (type !== 'Place' || m.rule === 'locative-name')) {
            name = longForm;
            type = votes.get(longForm)!.type;
          } else if (m.rule === 'locative-name' && personAfterPreposition(name)) {
            // "granted asylum to John Miller": a known given name opens a person's name, not
            // a town's (unless it is the short form of a longer name, above)
            type = 'Person';
          }
          // "lawyers for Waziri", "a letter to Waziri": a guessed single word that is the surname
          // of a person already named is that person, whatever the frame suggested
          if (
            type !== 'Person' &&
            m.to - m.from === 1 &&
            (WEAK_RULES.has(m.rule) || /^role-(of|for)-organization$/.test(m.rule)) &&
            people.resolve(name)
          )
            type = 'Person';
          if (type === 'Person') {
            const full = people.resolve(name);
            if (full) name = full;
            else if (m.weak && m.rule === 'single-name') {
              const nextVerb = toks
                .slice(m.to, m.to + 4)
                .find((t) => t.pos === 'VERB' || t.pos === 'AUX');
              if (!nextVerb || inPP) continue; // an unknown single word: not enough to call it a person
            }
          }
          if (type === 'Place' && m.kind !== 'name' && m.rule === 'locative-name' && m.weak)
            continue;
          const rec = registry.ensure(type, name);
          registry.attach(rec, m, surface(m));
          m.type = type;
          if (type === 'Person' && !gender.has(rec.key)) {
            // stated cues first ("Mrs", "spokeswoman"); the given name otherwise
            const cue = genderCue(m, toks) ?? genderOfGivenName(rec.name);
            if (cue) gender.set(rec.key, cue);
          }
          for (const kind of kindNouns(m, toks)) {
            const set = kinds.get(rec.key) ?? new Set<string>();
            set.add(kind);
            kinds.set(rec.key, set);
          }
          // "The chief prosecutor, Ana Ruiz,", "Ana Ruiz, the governor of Y,": her role, so that
          // "the prosecutor" later is her
          const appositeRole = type === 'Person' ? roleInApposition(m, toks) : undefined;
          if (appositeRole) {
            const roles = facts.personRoles.get(rec.key) ?? new Set<string>();
            roles.add(appositeRole);
            facts.personRoles.set(rec.key, roles);
          }
          // (a lower-case role before the name, "former finance minister X", states an office
          // as much as a capitalised title does)
          if (m.title && (m.kind === 'title-name' || m.rule === 'role-name')) {
            if (m.kind === 'title-name')
              rec.aliases.add(text.slice(toks[m.title.from]!.start, toks[m.to - 1]!.end));
            const portfolio = m.title.portfolio ?? titlePortfolio(m, toks);
            if (portfolio) personPortfolio.set(rec.key, portfolio);
            const roles = facts.personRoles.get(rec.key) ?? new Set<string>();
            roles.add(m.title.spec.role);
            // ("Lieutenant General X … the general's command")
            const base = baseRank(m.title.spec.role);
            if (base) roles.add(base);
            facts.personRoles.set(rec.key, roles);
            if (m.title.spec.implies === 'government') {
              // "President X" with no country named: the possessor's ("Chile's President X") or the article's.
              const before = toks[m.title.from - 1];
              const possessor =
                before && /^['’]s$/.test(before.text)
                  ? list.find((x) => x.to === m.title!.from - 1 && x.country)
                  : undefined;
              const country =
                m.title.country ??
                possessor?.country ??
                (portfolio ? ministryCountry(portfolio) : undefined) ??
                facts.homeCountry;
              if (country && (m.title.country || !facts.personCountry.has(rec.key)))
                facts.personCountry.set(rec.key, country);
            }
            if (m.title.court) {
              // "US District Judge X" sits in the fuller-named court the article names, if any.
              const implied = m.title.court;
              const named = [...votes.entries()].find(
                ([n, v]) => v.type === 'Court' && n !== implied && n.startsWith(`${implied} `),
              )?.[0];
              m.title.court = named ?? implied;
              const court = registry.ensure('Court', m.title.court);
              const cm: MentionRec = {
                sent: s.index,
                from: m.title.from,
                to: m.title.to,
                type: 'Court',
                name: m.title.court,
                kind: 'implicit',
                rule: 'title-implied-court',
                confidence: 0.8 * m.confidence,
              };
              registry.attach(court, cm);
              m.title.orgKey = court.key;
            }
          }
          const possessor = /^['’]s$/.test(toks[m.to]?.text ?? '');
          if (type === 'Person' && !inPP && !possessor && !sentenceSubjectPerson)
            sentenceSubjectPerson = rec.key;
          if (type !== 'Person' && type !== 'Group' && !inPP && !sentenceSubjectThing)
            sentenceSubjectThing = rec.key;
          // "the X administration" / "the X government": that person's government.
          const after = toks[m.to];
          // "the Amazonas state government", "the Sao Paulo city government"
          const level = toks[m.to]?.lower ?? '';
          if (
            type === 'Place' &&
            /^(state|provincial|regional|municipal|city|local|county)$/.test(level) &&
            toks[m.to + 1]?.lower === 'government'
          ) {
            const gov = registry.ensure('Government', `${name} ${level} government`);
            const gm: MentionRec = {
              sent: s.index,
              from: m.from,
              to: m.to + 2,
              type: 'Government',
              name: gov.name,
              kind: 'implicit',
              rule: 'place-government',
              confidence: 0.8 * m.confidence,
            };
            registry.attach(gov, gm);
            extra.push(gm);
          }
          if (after && /^(administration|government|regime|cabinet)$/.test(after.lower)) {
            const country =
              type === 'Person'
                ? (facts.personCountry.get(rec.key) ?? speakerCountry(s, list, registry, facts))
                : rec.country;
            if (country) {
              const gov = registry.government(country);
              const gm: MentionRec = {
                sent: s.index,
                from: m.from,
                to: m.to + 1,
                type: 'Government',
                name: gov.name,
                kind: 'implicit',
                rule: type === 'Person' ? 'leader-government' : 'country-government',
                confidence: 0.8 * m.confidence,
              };
              registry.attach(gov, gm, cleanName(text.slice(toks[m.from]!.start, after.end)));
              extra.push(gm);
              if (type === 'Person')
                facts.governmentLeader.set(gov.key, { person: rec.key, mention: gm });
            }
          }
          break;
        }
        case 'demonym': {
          if (!m.country) continue;
          const rec = registry.country(m.country);
          registry.attach(rec, m);
          const after = toks[m.to];
          if (after && /^(administration|government|authorities|regime)$/.test(after.lower)) {
            const gov = registry.government(m.country);
            const gm: MentionRec = {
              sent: s.index,
              from: m.from,
              to: m.to + 1,
              type: 'Government',
              name: gov.name,
              kind: 'implicit',
              rule: 'country-government',
              confidence: 0.8 * m.confidence,
            };
            registry.attach(gov, gm, text.slice(toks[m.from]!.start, after.end));
            extra.push(gm);
          }
          break;
        }
        case 'seat': {
          if (!m.country) continue;
          const gov = registry.government(m.country);
          registry.attach(gov, m, surface(m));
          if (!inPP && !sentenceSubjectThing) sentenceSubjectThing = gov.key;
          break;
        }
        case 'capital': {
          if (!m.country) continue;
          const seated = bodySeatedIn(m.name);
          if (seated && (actsAsSpeaker(toks, m.from, m.to) || !inPlacePhrase(toks, m.from))) {
            // "He accused Brussels of meddling": the EU, not Belgium
            const body = registry.ensure(seated.type, seated.name);
            m.type = seated.type;
            m.rule = 'capital-as-seated-body';
            registry.attach(body, m, surface(m));
          } else if (actsAsSpeaker(toks, m.from, m.to)) {
            const gov = registry.government(m.country);
            m.type = 'Government';
            m.rule = 'capital-as-government';
            registry.attach(gov, m, surface(m));
            if (!sentenceSubjectThing) sentenceSubjectThing = gov.key;
          } else {
            const rec = registry.ensure('Place', m.name, { country: m.country });
            registry.attach(rec, m, surface(m));
          }
          break;
        }
        case 'acronym': {
          const name = acronymOf.get(m.name) ?? m.name;
          const rec = registry.ensure(votes.get(name)?.type ?? m.type, name);
          m.type = rec.type;
          registry.attach(rec, m, surface(m));
          // ("The URF sees it differently. Its leader …": an acronym is a subject like its name)
          const possessor = /^['’]s$/.test(toks[m.to]?.text ?? '');
          if (rec.type !== 'Person' && rec.type !== 'Group' && !inPP && !possessor)
            sentenceSubjectThing ??= rec.key;
          break;
        }
        case 'group':
        case 'plural-demonym': {
          const key = resolveGroup(m, surface(m));
          if (!key) continue;
          const rec = registry.get(key)!;
          const digits = groupDigits(surface(m));
          if (digits && !(rec.attributes.numbers ?? '').split(' ').includes(digits)) {
            rec.attributes.numbers = `${rec.attributes.numbers ?? ''} ${digits}`.trim();
          }
          const state = groupState.get(key) ?? {
            families: new Set<string>(),
            countries: new Set(),
          };
          state.families.add(m.det?.split('|')[1] ?? 'demonym');
          for (const c of groupCountries(s, m)) state.countries.add(c);
          groupState.set(key, state);
          registry.attach(rec, m, surface(m));
          break;
        }
        case 'description': {
          // "Ecuador's prison agency, the National Service for …": the name that follows
          const named = appositiveName(m, list, toks);
          if (named) {
            appositives.push({ description: m, name: named });
            continue;
          }
          // "Ecuador's government", "the government of Mexico"
          const before = toks[m.from]?.lower === 'the' ? undefined : toks[m.from - 1];
          const possessorCountry =
            /^(government|administration|authorities)$/.test(m.head ?? '') &&
            (/^['’]s?$/.test(toks[m.from]?.text ?? '') || /^['’]s?$/.test(before?.text ?? ''))
              ? list.find(
                  (x) =>
                    x.to <= m.from + 1 && x.to >= m.from - 1 && x.type === 'Country' && x.country,
                )
              : undefined;
          const ofCountry =
            /^(government|administration|authorities)$/.test(m.head ?? '') &&
            toks[m.to]?.lower === 'of'
              ? list.find((x) => x.from === m.to + 1 && x.type === 'Country' && x.country)
              : undefined;
          const stated = ofCountry?.country ?? possessorCountry?.country;
          const key = stated ? registry.government(stated).key : resolveDescription(m, s);
          if (!key) continue;
          registry.attach(registry.get(key)!, m);
          break;
        }
        case 'pronoun': {
          const word = m.head ?? '';
          let key: string | undefined;
          // a person known to be a woman is never "he", and a man never "she"
          const fits = (key: string | undefined): key is string => {
            const g = key ? gender.get(key) : undefined;
            return !!key && (!g || g === (/^(he|his|him)$/.test(word) ? 'm' : 'f'));
          };
          const fit = (key: string | undefined): string | undefined =>
            fits(key) ? key : undefined;
          if (/^(he|she)$/.test(word)) {
            // "the judge ordered that he be held": not whoever gave the order
            const orderer = directiveSubject(s, list, m);
            // "Judge X charged her … She was moved to Prison Y": who is held, moved or jailed is
            // not the official who acted on them
            const official = (key: string): boolean =>
              custodyPassive(toks, m.to) &&
              [...(facts.personRoles.get(key) ?? [])].some((r) => OFFICIALS.test(r));
            const other = (r: Recent): boolean =>
              r.type === 'Person' && r.key !== orderer && fits(r.key) && !official(r.key);
            key =
              latest((r) => other(r) && r.sent === s.index, m) ??
              (lastSubjectPerson !== orderer && !(lastSubjectPerson && official(lastSubjectPerson))
                ? fit(lastSubjectPerson)
                : undefined) ??
              latest(other, m);
          } else if (/^(his|her|hers)$/.test(word)) {
            key =
              fit(sentenceSubjectPerson) ??
              fit(lastSubjectPerson) ??
              latest((r) => r.type === 'Person' && fits(r.key), m);
          } else if (/^(him)$/.test(word)) {
            // "X denied the allegation that Y paid him", "X appeared before a judge, who charged
            // him": in a clause of its own, "him" may be the sentence's subject; in the
            // subject's own clause it never is
            const subjectAt = sentenceSubjectPerson
              ? list.find((x) => x.key === sentenceSubjectPerson && x.from < m.from)
              : undefined;
            const ownClause =
              !!subjectAt &&
              toks
                .slice(subjectAt.to, m.from)
                .some((t) => /^(that|who|whom|which)$/.test(t.lower) && t.pos !== 'DET');
            // ("The ministry detained X, accusing him of …": a person named after the first
            // verb is its object, and so may be "him")
            const subject =
              subjectAt && toks.slice(0, subjectAt.from).some((t) => t.pos === 'VERB')
                ? undefined
                : sentenceSubjectPerson;
            key =
              (ownClause ? fit(sentenceSubjectPerson) : undefined) ??
              latest((r) => r.type === 'Person' && r.key !== subject && fits(r.key), m) ??
              fit(lastSubjectPerson);
          } else if (/^(they|them|their)$/.test(word)) {
            // "The court jailed X and Y. They were taken to …": the people just coordinated,
            // when no group was named since
            const coordinated = coordinatedPeople(s, m);
            const groupAfter =
              coordinated &&
              recent.some(
                (r) =>
                  r.type === 'Group' &&
                  (r.sent > coordinated.sent ||
                    (r.sent === coordinated.sent && r.from > coordinated.from)) &&
                  (r.sent < m.sent || (r.sent === m.sent && r.from < m.from)),
              );
            key =
              (coordinated && !groupAfter ? coordinated.key : undefined) ??
              latest(
                (r) =>
                  r.type === 'Group' &&
                  !registry.get(r.key)?.attributes.family?.startsWith('agent:'),
                m,
              ) ??
              salientGroupKey();
          } else if (/^(it|its)$/.test(word)) {
            const next = toks[m.to];
            // "it is a war" has no referent; "the ministry said it was concerned" has
            const prevTok = toks[m.from - 1];
            const reported = !!prevTok && prevTok.pos === 'VERB' && isSpeechLemma(prevTok.lemma);
            if (word === 'it' && next && (next.lemma === 'be' || next.lower === "'s") && !reported)
              continue;
            // Subject "it" ("It said …", "X said it has …") is the salient actor; object "it"
            // ("connections with it") is the latest other thing.
            const subjectUse = m.from === 0 || /^(AUX|VERB)$/.test(next?.pos ?? '');
            // (a town is rarely "it" in the news: "criticised it" is the ruling, not the town)
            const other = latest(
              (r) =>
                r.type !== 'Person' &&
                r.type !== 'Group' &&
                r.type !== 'Place' &&
                r.key !== sentenceSubjectThing,
              m,
            );
            // '"…," said its president, X': the body named before the quotation (its subject,
            // else the latest), not a country or a national government
            // ('"… to us?" said its director': the quotation may end the sentence before)
            const quoteBefore =
              toks.slice(0, m.from).some((t) => /^["“”]$/.test(t.text)) ||
              (toks[0]?.pos === 'VERB' && isSpeechLemma(toks[0].lemma));
            const body = (k: string | undefined): k is string => {
              const rec = registry.get(k);
              return (
                !!rec &&
                /^(Organization|Government|Court|CriminalOrganization|Prison)$/.test(rec.type) &&
                !(rec.type === 'Government' && rec.country)
              );
            };
            const office =
              word === 'its' && !subjectUse && matchRole([next?.lower ?? ''], 0)
                ? ((quoteBefore && body(lastSubjectThing) ? lastSubjectThing : undefined) ??
                  latest((r) => body(r.key) && !(quoteBefore && r.sent === m.sent), m))
                : undefined;
            key = subjectUse
              ? m.from === 0
                ? lastSubjectThing
                : (sentenceSubjectThing ?? lastSubjectThing)
              : (office ?? other);
          }
          if (!key) continue;
          const rec = registry.get(key)!;
          m.type = rec.type;
          registry.attach(rec, m);
          // "He said …" makes him the subject; "His lawyer, X, said …" does not (X is)
          if (
            rec.type === 'Person' &&
            m.from <= 1 &&
            /^(he|she)$/.test(word) &&
            !sentenceSubjectPerson
          )
            sentenceSubjectPerson = key;
          if (
            rec.type !== 'Person' &&
            rec.type !== 'Group' &&
            m.from === 0 &&
            !sentenceSubjectThing
          )
            sentenceSubjectThing = key;
          break;
        }
        default:
          break;
      }
      touch(m);
    }
    for (const { description, name } of appositives) {
      const rec = registry.get(name.key);
      if (rec) registry.attach(rec, description);
    }
    for (const gm of extra) list.push(gm);
    list.sort((a, b) => a.from - b.from || b.to - a.to);
    if (sentenceSubjectPerson) lastSubjectPerson = sentenceSubjectPerson;
    if (sentenceSubjectThing) lastSubjectThing = sentenceSubjectThing;
  });

  /**
   * People coordinated with "and" ("X and Y", "X, Y and Z") before m in its sentence or in the
   * one before: one synthetic group whose `members` attribute lists them. The relation stage
   * gives each member the group's relations; the group itself is never output.
   */
  function coordinatedPeople(
    s: Sentence,
    m: MentionRec,
  ): { key: string; sent: number; from: number } | undefined {
    for (const si of [s.index, s.index - 1]) {
      const ms = (mentions[si] ?? []).filter(
        (x) =>
          x.key && x.type === 'Person' && x.kind !== 'pronoun' && (si < s.index || x.to <= m.from),
      );
      const toks = sentences[si]?.tokens ?? [];
      for (let i = ms.length - 1; i > 0; i--) {
        const last = ms[i]!;
        const prev = ms[i - 1]!;
        if (toks[prev.to]?.lower !== 'and' || last.from !== prev.to + 1) continue;
        const members = [prev, last];
        for (let j = i - 2; j >= 0; j--) {
          const x = ms[j]!;
          if (toks[x.to]?.text !== ',' || members[0]!.from !== x.to + 1) break;
          members.unshift(x);
        }
        const keys = [...new Set(members.map((x) => x.key!))];
        if (keys.length < 2) continue;
        const names = keys.map((k) => registry.get(k)!.name);
        const rec = registry.ensure('Group', names.join(' and '));
        rec.attributes.members = keys.join(' ');
        rec.attributes.family ??= 'coordination';
        return { key: rec.key, sent: si, from: members[0]!.from };
      }
      if (si < s.index) break;
    }
    return undefined;
  }

  /**
   * "the remand prison in Tovar", "a women's prison in Manouba": a facility the article locates
   * but does not name is one of its own, unless a prison named for that place came before.
   * Its name is the description with its place, in both orders news uses.
   */
  function facilityInPlace(m: MentionRec, s: Sentence): string | undefined {
    const toks = s.tokens;
    if (toks[m.to]?.lower !== 'in') return undefined;
    // (a town: "a jail in El Salvador" may well be the country's prison named elsewhere)
    const place = (mentions[s.index] ?? []).find((x) => x.from === m.to + 1 && x.type === 'Place');
    if (!place) return undefined;
    const where = text.slice(toks[place.from]!.start, toks[place.to - 1]!.end);
    const same = latest((r) => r.type === 'Prison' && registry.get(r.key)!.name.includes(where), m);
    if (same) return same;
    // the words of the description without its article ("'s prison" takes back its owner)
    let from = m.from;
    if (/^(the|a|an)$/.test(toks[from]!.lower)) from++;
    if (/^['’]s$/.test(toks[from]!.text)) from--;
    if (from >= m.to || toks.slice(from, m.to).length > 4) return undefined;
    const what = text.slice(toks[from]!.start, toks[m.to - 1]!.end);
    const rec = registry.ensure('Prison', `${what} in ${where}`);
    rec.aliases.add(`${where} ${what}`);
    return rec.key;
  }

  function resolveDescription(m: MentionRec, s: Sentence): string | undefined {
    const det = (m.det ?? '').split('|')[0] ?? '';
    const region = /region:(.+)$/.exec(m.det ?? '')?.[1];
    const indefinite = det === 'a' || det === 'an';
    const head = m.head ?? '';
    const says = (words: RegExp): boolean =>
      s.tokens.slice(m.from, m.to).some((t) => words.test(t.lower));
    // "the new facility", "the other prison": not the one named before
    // ("the former minister" is a person the article described so)
    if (says(/^(new|other|another|second|rival)$/) || (m.type !== 'Person' && says(/^former$/)))
      return undefined;
    switch (m.type) {
      case 'Person': {
        if (indefinite) return undefined;
        // "the businessman": the person called so before ("X, a businessman", "activist X")
        return latest(
          (r) =>
            r.type === 'Person' &&
            ([...(facts.personRoles.get(r.key) ?? [])].some(
              // ("the minister" is also the deputy minister, not "the prosecutor" the chief one)
              (role) =>
                role === head ||
                (/^(deputy|assistant|vice|acting|interim) /.test(role) &&
                  role.endsWith(` ${head}`)),
            ) ||
              !!kinds.get(r.key)?.has(head)),
          m,
        );
      }
      case 'Country': {
        if (indefinite) return undefined;
        const inRegion = region
          ? new Set((countriesInRegion(region) ?? []).map((c) => c.name))
          : undefined;
        return latest(
          (r) => r.type === 'Country' && (!inRegion || inRegion.has(registry.get(r.key)!.name)),
          m,
        );
      }
      case 'Government': {
        // "the state government", "the provincial government": not the national one
        if (says(/^(state|provincial|regional|local|city|municipal|county)$/)) return undefined;
        if (head === 'ministry') {
          const ministry = resolveMinistry(m, s, det);
          if (ministry !== undefined) return ministry || undefined;
          // "the foreign ministry" with none named: the ministry of that portfolio of the
          // description's country or the article's, named as state bodies are
          const portfolio = s.tokens
            .slice(m.from, m.to - 1)
            .filter((t) => PORTFOLIOS.test(t.lower))
            .map((t) => t.lower);
          // (one the article named before, of any country, first: "France's foreign ministry")
          const named = bodiesNamedBy(`${portfolio.join(' ')} ministry`);
          if (portfolio.length && named.length === 1) return named[0]!.key;
          const country = m.country ?? facts.homeCountry;
          if (portfolio.length && country?.demonym && !indefinite && !named.length)
            return registry.ensure(
              'Government',
              `${country.demonym} ${portfolio.join(' ')} ministry`,
            ).key;
        } else if (!/^(government|administration|authorities)$/.test(head) && !indefinite) {
          // "the agency": the latest state body, not a country's government
          const body = latest((r) => r.type === 'Government' && !registry.get(r.key)?.country, m);
          if (body) return body;
        }
        if (/^(his|her|whose)$/.test(det)) {
          const person =
            det === 'whose'
              ? latest((r) => r.type === 'Person', m)
              : (sentenceSubjectPersonOf(s) ?? undefined);
          const country = person ? facts.personCountry.get(person) : undefined;
          if (country) {
            // "President X, whose government …", "his government": X leads it
            const gov = registry.government(country);
            if (
              person &&
              !facts.governmentLeader.has(gov.key) &&
              facts.personRoles.get(person)?.has('president')
            )
              facts.governmentLeader.set(gov.key, { person, mention: m });
            return gov.key;
          }
          for (const [gov, lead] of facts.governmentLeader) if (lead.person === person) return gov;
          return undefined;
        }
        if (indefinite) return undefined;
        // "the government" with no government named yet: the article's home country's.
        return (
          latest((r) => r.type === 'Government' && !!registry.get(r.key)?.country, m) ??
          (facts.homeCountry ? registry.government(facts.homeCountry).key : undefined)
        );
      }
      case 'Prison':
      case 'Law': {
        // "the act" is the Act named last, not the Constitution named since; "the law" is the
        // statute named last, whatever its kind, but not the Constitution
        const kindOf = (key: string): string =>
          registry.get(key)!.name.toLowerCase().split(' ').at(-1) ?? '';
        const fits = (r: Recent): boolean =>
          r.type === m.type &&
          (m.type !== 'Law' ||
            (STATUTE_KINDS.has(head) ? kindOf(r.key) === head : kindOf(r.key) !== 'constitution'));
        const located = m.type === 'Prison' ? facilityInPlace(m, s) : undefined;
        if (located) return located;
        const named = latest(fits, m) ?? latest((r) => r.type === m.type, m);
        if (!indefinite) return named;
        const unique = uniqueNamed(m.type);
        if (!unique) return undefined;
        return registry.ensure(m.type, unique).key;
      }
      case 'Court': {
        // "A Turkish court on Tuesday sentenced …" in the lead: the article's only named court
        // (only "a court" or "a Turkish court": "a Pakistani anti-corruption court" may be
        // another court than the named ones, and an international court is never meant)
        const bare =
          m.to - m.from === 1 ||
          (m.to - m.from === 2 && /^an?$/.test(s.tokens[m.from]?.lower ?? ''));
        if (indefinite && /^(court|tribunal)$/.test(head)) {
          const own = m.country?.name;
          const domestic = [...namedOfType('Court')].filter((name) => {
            if (/\b(European|Inter-American|African|United Nations|UN)\b/.test(name)) return false;
            if (/\bInternational\b/.test(name) && !/\bTribunal\b/.test(name)) return false;
            const foreign = name
              .split(' ')
              .map((w) => countryByName(w) ?? countryByDemonym(w))
              .find((c) => c && c.name !== own);
            return !foreign;
          });
          if (bare) {
            const first = domestic.find((name) => !/\bInternational\b/.test(name));
            return first ? registry.ensure('Court', first).key : undefined;
          }
          // "A special tribunal in Dhaka sentenced …" in an article that names one tribunal:
          // that one, if every other word of the description is in its name or says nothing
          // of the court's kind
          const words = s.tokens
            .slice(m.from, m.to - 1)
            .filter((t) => startsLower(t.text) && !/^(a|an)$/.test(t.lower))
            .map((t) => t.lower);
          const kind = (name: string): boolean =>
            new RegExp(`\\b${head}\\b`, 'i').test(name) &&
            words.every((w) => GENERIC_COURT_WORDS.test(w) || name.toLowerCase().includes(w));
          const fitting = domestic.filter(kind);
          if (fitting.length === 1) return registry.ensure('Court', fitting[0]!).key;
          // "an anti-terrorism court in Quetta sentenced …": a court of a kind the article names
          // no court of is a court of its own, known by its kind
          const kinds = words.filter((w) => !GENERIC_COURT_WORDS.test(w));
          const said = s.tokens
            .slice(m.from, m.to)
            .map((t) => t.text)
            .filter((w) => !/^an?$/i.test(w));
          if (!fitting.length && kinds.length && said.every((w) => startsLower(w) || w === '-'))
            return registry.ensure('Court', said.join(' ').replace(/ - /g, '-')).key;
          return undefined;
        }
        if (indefinite) return undefined;
        // "welcomed the verdict" after "… may appeal to the Supreme Court": the act is the
        // court the story is about (named most often so far), not the last court named
        if (
          /^(ruling|decision|verdict|judgment|judgement|sentence|conviction|acquittal|sentences|verdicts|rulings|convictions|trial)$/.test(
            head,
          )
        ) {
          // ("he would appeal to the High Court": not the court that gave the verdict)
          // (nor a country's judiciary as a whole: its courts give verdicts)
          const trial = (r: Recent): boolean =>
            r.type === 'Court' &&
            !isAppealDestination(sentences[r.sent]!.tokens, r.from) &&
            !isJudiciary(registry.get(r.key)?.name ?? '');
          const counts = new Map<string, number>();
          for (const r of recent)
            if (trial(r) && (r.sent < m.sent || (r.sent === m.sent && r.from < m.from)))
              counts.set(r.key, (counts.get(r.key) ?? 0) + 1);
          const last = latest(trial, m);
          const top = [...counts].sort((a, b) => b[1] - a[1])[0];
          return top && last && top[1] > (counts.get(last) ?? 0) ? top[0] : last;
        }
        return latest((r) => r.type === m.type, m);
      }
      case 'CriminalOrganization':
        if (indefinite) return undefined;
        return head === 'group'
          ? latest(
              (r) =>
                (r.type === 'CriminalOrganization' || r.type === 'Organization') &&
                !isMediaOrFirm(r.key),
              m,
            )
          : latest((r) => r.type === 'CriminalOrganization', m);
      case 'Organization': {
        if (indefinite) return undefined;
        // "the party", "the union": only one called so (by its name or a description)
        if (head === 'party' || head === 'union')
          return latest((r) => r.type === 'Organization' && isKind(r.key, head), m);
        // "the company's chief executive", "the commission's chairman": the latest body
        // called so, a state body included; never merely the latest organisation
        if (head !== 'organisation' && head !== 'organization')
          return latest(
            (r) =>
              /^(Organization|Government|CriminalOrganization)$/.test(r.type) &&
              isKind(r.key, head),
            m,
          );
        // "the organisation": a group of people, not a newspaper or a firm
        if (head === 'organisation' || head === 'organization')
          return latest(
            (r) =>
              (r.type === 'Organization' || r.type === 'CriminalOrganization') &&
              !isMediaOrFirm(r.key),
            m,
          );
        return latest((r) => r.type === m.type, m);
      }
      case 'Place': {
        if (indefinite) return undefined;
        // "the capital", "the Senegalese capital": that country's capital city, not the town
        // named last
        const country = m.country ?? facts.homeCountry;
        // ("the provincial capital", "the commercial capital": another city)
        const national =
          head === 'capital' &&
          !says(
            /^(provincial|state|regional|district|county|local|former|old|commercial|economic|financial|cultural)$/,
          );
        const capital = national ? country?.capitals[0] : undefined;
        if (capital && country) return registry.ensure('Place', capital, { country }).key;
        return latest((r) => r.type === m.type, m);
      }
      default:
        if (indefinite) return undefined;
        return latest((r) => r.type === m.type, m);
    }
  }

  /**
   * "the ministry", "his ministry" after "Justice Minister X": that minister's ministry ("Justice
   * Ministry"), created on first reference; "the ministry" after a named ministry: that one,
   * whichever of the two came last. Undefined when no minister with a portfolio or ministry is
   * known (the caller falls back to the government); '' when the phrase refers to nothing.
   */
  function resolveMinistry(m: MentionRec, s: Sentence, det: string): string | undefined {
    const isMinistry = (r: Recent): boolean =>
      r.type === 'Government' && /\bministry\b/i.test(registry.get(r.key)?.name ?? '');
    if (det === 'a' || det === 'an') return '';
    // "the corrections ministry", "the Greek justice ministry": the portfolio must fit
    const toks = s.tokens;
    const first = /^(the|a|an|this|that|his|her|its|their|whose|'s|’s|')$/.test(toks[m.from]!.lower)
      ? m.from + 1
      : m.from;
    const wanted = toks
      .slice(first, m.to - 1)
      .map((t) => t.lower)
      .filter((w) => !countryByName(capitalise(w)) && !countryByDemonym(capitalise(w)));
    const fits = (words: readonly string[]): boolean => wanted.every((w) => words.includes(w));
    const portfolioFits = (person: string): boolean =>
      fits(personPortfolio.get(person)?.split(/\s+/) ?? []);
    let person: string | undefined;
    if (/^(his|her)$/.test(det)) {
      person = sentenceSubjectPersonOf(s) ?? lastSubjectPerson;
      if (!person || !personPortfolio.has(person) || !portfolioFits(person)) return undefined;
    } else {
      const key = latest(
        (r) =>
          (isMinistry(r) && fits(registry.get(r.key)!.name.toLowerCase().split(/\s+/))) ||
          (personPortfolio.has(r.key) && portfolioFits(r.key)),
        m,
      );
      if (!key || registry.get(key)?.type !== 'Person') return key;
      person = key;
    }
    return ministryOf(person);
  }

  /** The ministry a minister heads, named by the portfolio in their title ("Justice Ministry"). */
  function ministryOf(person: string): string | undefined {
    const portfolio = personPortfolio.get(person);
    if (!portfolio) return undefined;
    const words = portfolio.split(/\s+/);
    const named = [...registry.entities.values()].find((e) => {
      if (e.type !== 'Government' || !/\bministry\b/i.test(e.name)) return false;
      const own = new Set(e.name.toLowerCase().split(/\s+/));
      return words.every((w) => own.has(w));
    });
    if (named) return named.key;
    const name = `${words
      .map((w) => (/^(and|of|for|the)$/.test(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)))
      .join(' ')} Ministry`;
    const rec = registry.ensure('Government', name);
    const country = facts.personCountry.get(person);
    if (country) rec.attributes.country = country.name;
    return rec.key;
  }

  /**
   * "Haiti's Ministry of Foreign Affairs summoned … Foreign Minister X accused …": the country
   * of a ministry named earlier whose name holds the minister's portfolio, when only one fits.
   */
  function ministryCountry(portfolio: string): CountryInfo | undefined {
    const words = portfolio.split(/\s+/);
    const countries = new Set<string>();
    for (const e of registry.entities.values()) {
      if (e.type !== 'Government' || !/\bministry\b/i.test(e.name)) continue;
      // "Haitian Ministry of Foreign Affairs": the qualified name says whose it is
      const country =
        e.attributes.country ??
        e.name
          .split(/\s+/)
          .map((w) => countryByDemonym(w) ?? countryByName(w))
          .find(Boolean)?.name;
      const own = new Set(e.name.toLowerCase().split(/\s+/));
      if (country && words.every((w) => own.has(w))) countries.add(country);
    }
    return countries.size === 1 ? countryByName([...countries][0]!) : undefined;
  }

  /** Is the entity called a `noun` by its name's last word or a describing noun? */
  function isKind(key: string, noun: string): boolean {
    const name = registry.get(key)?.name.toLowerCase().split(/\s+/) ?? [];
    const last = name[name.length - 1] ?? '';
    // ("the company" after "Bluewave Holdings": a company word closes a company's name)
    const company = /^(company|firm|business)$/.test(noun) && COMPANY_WORDS.has(last);
    return last === noun || company || !!kinds.get(key)?.has(noun);
  }

  /** An outlet or a business ("the state broadcaster X", "X, a law firm"), never "the group". */
  function isMediaOrFirm(key: string): boolean {
    const own = kinds.get(key);
    return !!own && [...own].some((k) => MEDIA_OR_FIRM.has(k));
  }

  function sentenceSubjectPersonOf(s: Sentence): string | undefined {
    const first = (mentions[s.index] ?? []).find(
      (x) => x.key && registry.get(x.key)?.type === 'Person',
    );
    return first?.key;
  }

  return { registry, facts };
}

/**
 * The number a group is given ("more than 200 people" → 200, "two guards" → 2); none for a
 * part ("40 of the men", "two of the guards").
 */
function groupDigits(surface: string): string | undefined {
  const words = surface.split(/\s+/);
  const count = (w: string | undefined): boolean =>
    !!w && (/\d$/.test(w) || numberWordValue(w) !== undefined);
  if (words.some((w, i) => w === 'of' && count(words[i - 1]))) return undefined;
  const digits = /\d[\d,.]*\d|\d/.exec(surface)?.[0];
  if (digits) return digits;
  const at = words.findIndex((w) => numberWordValue(w) !== undefined);
  if (at < 0) return undefined;
  // ("two hundred people", "three dozen men")
  const scale = { hundred: 100, thousand: 1000, dozen: 12 }[words[at + 1]?.toLowerCase() ?? ''];
  return String(numberWordValue(words[at]!)! * (scale ?? 1));
}

/** Countries a group is named by ("61 Venezuelan and Colombian nationals" → both). */
function groupCountries(s: Sentence, m: MentionRec): Set<string> {
  const out = new Set<string>();
  if (m.country) out.add(m.country.name);
  for (let k = m.from; k < m.to; k++) {
    const t = s.tokens[k]!;
    const c = countryByDemonym(t.text) ?? countryByPluralDemonym(t.text);
    if (c) out.add(c.name);
  }
  return out;
}

const INSTITUTIONS = new Set<EntityType>(['Government', 'Organization', 'CriminalOrganization']);

/**
 * The name a description stands in apposition to: "Ecuador's prison agency, the National
 * Service for Comprehensive Care (SNAI), …" — a name of a fitting type right after the comma
 * (with or without "the"), not the first item of a list ("the agency, the FBI and the CIA").
 */
/**
 * The role word of an apposition around a person's name: "the chief prosecutor, X",
 * "the governor of Y, X", "X, the prosecutor", "X, a former minister".
 */
function roleInApposition(m: MentionRec, toks: Sentence['tokens']): string | undefined {
  // (most names stand in no apposition: only then are the sentence's words listed)
  const before = toks[m.from - 1]?.text === ',';
  const after = toks[m.to]?.text === ',' && /^(the|a|an)$/.test(toks[m.to + 1]?.lower ?? '');
  if (!before && !after) return undefined;
  const lowers = toks.map((t) => t.lower);
  if (before) {
    let k = m.from - 2;
    // "the governor of North Maluku, X": step back over "of Y"
    for (let back = 0; back < 4 && k > 0 && toks[k]!.pos === 'PROPN'; back++) k--;
    if (toks[k]?.lower === 'of') k--;
    const role = matchRole(lowers, k) ?? (k > 0 ? matchRole(lowers, k - 1) : undefined);
    let d = k - 1;
    while (d >= 0 && toks[d]!.pos === 'ADJ') d--;
    if (role && /^(the|a|an)$/.test(toks[d]?.lower ?? '')) return role.spec.role;
  }
  if (after) {
    let k = m.to + 2;
    while (toks[k]?.pos === 'ADJ' && !matchRole(lowers, k)) k++;
    const role = matchRole(lowers, k);
    if (role) return role.spec.role;
  }
  return undefined;
}

function appositiveName(
  m: MentionRec,
  list: MentionRec[],
  toks: Sentence['tokens'],
): MentionRec | undefined {
  if (toks[m.to]?.text !== ',') return undefined;
  const at = toks[m.to + 1]?.lower === 'the' ? m.to + 2 : m.to + 1;
  const n = list.find((x) => x.from === at && (x.kind === 'name' || x.kind === 'acronym'));
  if (!n) return undefined;
  const fits = n.type === m.type || (INSTITUTIONS.has(n.type) && INSTITUTIONS.has(m.type));
  if (!fits) return undefined;
  let k = n.to;
  if (toks[k]?.text === '(') {
    while (k < toks.length && toks[k]!.text !== ')') k++;
    k++;
  }
  const after = toks[k];
  if (after && /^(and|or)$/.test(after.lower)) return undefined;
  // "the agency, the FBI, the CIA and …": a list, not an apposition
  if (after?.text === ',' && list.some((x) => x.from === k + 1 || x.from === k + 2))
    return undefined;
  return n;
}

/** Words of "a special court" that leave open which court of the article is meant. */
const GENERIC_COURT_WORDS = /^(special|local|lower|top|higher|three-judge|five-judge)$/;

/** Describing nouns of news outlets and businesses. */
const MEDIA_OR_FIRM = new Set([
  'broadcaster',
  'newspaper',
  'daily',
  'paper',
  'outlet',
  'website',
  'station',
  'channel',
  'magazine',
  'tabloid',
  'weekly',
  'publication',
  'newswire',
  'wire',
  'company',
  'firm',
  'bank',
  'corporation',
  'business',
  'conglomerate',
  'insurer',
  'airline',
  'manufacturer',
  'contractor',
]);

/**
 * Common nouns that say what a named entity is: the noun right before the name ("the state
 * broadcaster X", "rights group X") and the head of an appositive description after it ("X, a
 * non-governmental organisation that …", "X (Y), an outlawed far-left group").
 */
function kindNouns(m: MentionRec, toks: Sentence['tokens']): string[] {
  const out: string[] = [];
  const before = toks[m.from - 1];
  if (before && before.pos === 'NOUN' && startsLower(before.text)) out.push(before.lower);
  let k = m.to;
  if (toks[k]?.text === '(') {
    while (k < toks.length && toks[k]!.text !== ')') k++;
    k++;
  }
  if (toks[k]?.text !== ',' || !/^(a|an|the)$/.test(toks[k + 1]?.lower ?? '')) return out;
  let head: string | undefined;
  for (let j = k + 2; j < toks.length && j < k + 8; j++) {
    const t = toks[j]!;
    if (t.pos === 'NOUN' && startsLower(t.text)) head = t.lower;
    else if (t.pos === 'ADJ' || t.pos === 'PROPN' || t.text === '-' || t.pos === 'VERB') {
      if (head) break;
    } else break;
  }
  if (head) out.push(head);
  return out;
}

const capitalise = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);

const FEMALE =
  /^(mrs\.?|ms\.?|miss|madam|dame|lady|spokeswoman|chairwoman|businesswoman|congresswoman|policewoman|actress|wife|mother|daughter|sister|widow|grandmother|queen|princess|countess)$/;
const MALE =
  /^(mr\.?|sir|lord|spokesman|chairman|businessman|congressman|policeman|husband|father|son|brother|widower|grandfather|king|prince|count)$/;

/**
 * The gender a person's mention states: an honorific or gendered role in the title or right
 * before the name ("Mrs Justice X", "spokeswoman X"), or the head of an apposition right
 * after it ("X, a ministry spokeswoman,", "X, his wife,").
 */
function genderCue(m: MentionRec, toks: Sentence['tokens']): 'm' | 'f' | undefined {
  const words: string[] = [];
  const from = m.title ? Math.min(m.title.from, m.from) : m.from;
  for (let k = Math.max(0, from - 2); k < m.from; k++) words.push(toks[k]!.lower);
  if (toks[m.to]?.text === ',') {
    for (let k = m.to + 1; k < Math.min(toks.length, m.to + 6); k++) {
      if (toks[k]!.text === ',') break;
      words.push(toks[k]!.lower);
    }
  }
  if (words.some((w) => FEMALE.test(w))) return 'f';
  if (words.some((w) => MALE.test(w))) return 'm';
  return undefined;
}

/**
 * The portfolio of a minister's title the recogniser left without one: "Minister of Justice X"
 * → "justice", "Immigration and Corrections Minister X" → "immigration and corrections".
 */
function titlePortfolio(m: MentionRec, toks: Sentence['tokens']): string | undefined {
  const title = m.title;
  if (!title || title.spec.predicate !== 'MINISTER_OF') return undefined;
  const words = title.words
    .toLowerCase()
    .split(/\s+/)
    .filter(
      (w) =>
        w &&
        !/^(prime|vice|deputy|acting|former|interim|senior|junior|minister|ministers|secretary|of|for|the)$/.test(
          w,
        ) &&
        !countryByName(capitalise(w)) &&
        !countryByDemonym(capitalise(w)),
    );
  if (!words.length) return undefined;
  const and = toks[title.from - 1];
  const before = toks[title.from - 2];
  if (and?.lower === 'and' && before && startsUpper(before.text) && before.pos === 'PROPN')
    words.unshift(before.lower, 'and');
  return words.join(' ');
}

/** Verbs whose "that" clause states what someone else is to do ("ordered that he be held"). */
const DIRECTIVE_LEMMAS = new Set([
  'order',
  'rule',
  'direct',
  'decree',
  'demand',
  'require',
  'command',
  'instruct',
  'request',
  'ask',
  'urge',
  'recommend',
]);

/** Roles of officials who act on people in custody (a minister may be in custody himself). */
const OFFICIALS =
  /\b(judge|justice|magistrate|prosecutor|spokes(man|woman|person)|officer|commissioner|warden)\b/;

/** Whether the words from k on are a passive of holding or moving someone ("was moved to"). */
function custodyPassive(toks: readonly Token[], k: number): boolean {
  let j = k;
  while (j < k + 3 && toks[j] && /^(AUX|ADV|PART)$/.test(toks[j]!.pos)) j++;
  return (
    j > k &&
    toks[j]?.pos === 'VERB' &&
    /^(hold|move|take|transfer|detain|jail|imprison|send|fly|extradite|deport|release|free|sentence|convict|arrest|charge)$/.test(
      toks[j]!.lemma,
    )
  );
}

/**
 * The person who orders, when a subject pronoun opens the "that" clause of a directive verb
 * ("Judge X, who ordered that he be held", "the court ruled that she be released"): the latest
 * person named before the verb. Undefined for any other pronoun.
 */
function directiveSubject(s: Sentence, list: MentionRec[], m: MentionRec): string | undefined {
  const toks = s.tokens;
  if (toks[m.from - 1]?.lower !== 'that') return undefined;
  let v = m.from - 2;
  while (v >= 0 && toks[v]!.pos === 'ADV') v--;
  const verb = toks[v];
  if (!verb || verb.pos !== 'VERB' || !DIRECTIVE_LEMMAS.has(verb.lemma)) return undefined;
  for (let i = list.length - 1; i >= 0; i--) {
    const x = list[i]!;
    if (x.to <= v && x.key && x.type === 'Person') return x.key;
  }
  return undefined;
}

/** The country of whoever speaks in the sentence ("He underlined that …"), when their office says. */
function speakerCountry(
  s: Sentence,
  list: MentionRec[],
  registry: EntityRegistry,
  facts: CorefFacts,
): CountryInfo | undefined {
  const speech = s.tokens.findIndex((t) => t.pos === 'VERB' && isSpeechLemma(t.lemma));
  if (speech < 0) return undefined;
  const speaker = [...list]
    .reverse()
    .find((m) => m.to <= speech && m.key && registry.get(m.key)?.type === 'Person');
  return speaker?.key ? facts.personCountry.get(speaker.key) : undefined;
}

/** A capital that is the subject of a verb ("Washington has declared", "which Moscow denies"). */
function actsAsSpeaker(toks: Sentence['tokens'], from: number, to: number): boolean {
  const prev = toks[from - 1];
  if (prev && (ADP_BEFORE.has(prev.lower) || prev.pos === 'DET' || prev.pos === 'ADJ'))
    return false;
  // "praised Washington for …", "asked Brasilia for help": a capital addressed as an actor.
  if (
    prev &&
    prev.pos === 'VERB' &&
    !/^(visit|leave|reach|enter|tour|govern|rule|attack|bomb|capture|shell)$/.test(prev.lemma)
  )
    return true;
  let k = to;
  while (k < toks.length) {
    const t = toks[k]!;
    if (t.pos === 'ADV' || t.pos === 'AUX' || t.pos === 'PART') {
      k++;
      continue;
    }
    if (t.lower === 'on' || t.lower === 'last' || t.lower === 'this') {
      // "Washington on Wednesday said", "Moscow last week denied"
      k += 2;
      continue;
    }
    // "New Delhi has in the past accused", "Moscow in 2023 denied"
    const time = timePhraseEnd(toks, k);
    if (time > k) {
      k = time;
      continue;
    }
    if (t.text === ',' && toks[k + 1]?.pos !== 'VERB') return false;
    return t.pos === 'VERB';
  }
  return false;
}

/** The end of a time phrase at k ("in the past", "in 2023", "for years", "in recent months"). */
function timePhraseEnd(toks: Sentence['tokens'], k: number): number {
  if (!/^(in|for|since|over|during)$/.test(toks[k]?.lower ?? '')) return k;
  let j = k + 1;
  let timed = false;
  while (j < k + 4 && toks[j] && /^(DET|ADJ|NUM|NOUN)$/.test(toks[j]!.pos)) {
    if (/^(past|years?|months?|weeks?|decades?|recent|\d{4})$/.test(toks[j]!.lower)) timed = true;
    j++;
  }
  return timed ? j : k;
}

/** A court named as where an appeal goes: "would appeal to the High Court", "appealed before X". */
export function isAppealDestination(toks: readonly Token[], from: number): boolean {
  let j = from - 1;
  if (toks[j]?.lower === 'the') j--;
  return /^(to|before)$/.test(toks[j]?.lower ?? '') && /^appeal/.test(toks[j - 1]?.lower ?? '');
}

/** A place phrase: "in Brussels", "from Brussels", "to Brussels". */
function inPlacePhrase(toks: Sentence['tokens'], from: number): boolean {
  return /^(in|at|from|to|near|outside|around|across|via|through)$/.test(
    toks[from - 1]?.lower ?? '',
  );
}
