import type { EntityType, Predicate } from '@news-kg/schema';
import type { MentionRec } from '../model';
import { isHedge } from '../claims/cues';
import { OCCUPATION_NOUNS, PERSON_NOUNS } from '../lexicon/person-nouns';
import { matchRole, type RoleSpec } from '../lexicon/roles';
import { typeFromContextNoun } from '../mentions/cue-words';
import { COMPASS_WORDS } from '../lexicon/compass';
import { closesQualifiedPlace } from '../coref/longer-names';
import { DIVISION_NOUNS } from './divisions';
import type { SentenceView } from './sentence-view';
import type { KeyOf } from './svo';
import type { RawRelation } from './types';
import { startsUpper, startsLower } from '../nlp/letters';
import { isJudiciary } from '../lexicon/justice-bodies';
import type { Token } from '../nlp/types';

const LOCATABLE: ReadonlySet<EntityType> = new Set([
  'Prison',
  'Place',
  'Court',
  'Organization',
  'CriminalOrganization',
  'Government',
]);

/** Roles held in a party or an assembly. */
const LEGISLATORS =
  /^(senator|lawmaker|legislator|deputy|member|representative|congressman|congresswoman|politician|councillor|councilor)$/;

/** The party named at k: "the (main) opposition Labour Party", "the ruling PBL". */
function partyAfter(view: SentenceView, k: number): MentionRec | undefined {
  let j = k;
  while (
    j < k + 4 &&
    !view.mentionAt(j) &&
    (/^(DET|ADJ)$/.test(view.toks[j]?.pos ?? '') ||
      /^(opposition|ruling|governing)$/.test(view.lowers[j] ?? ''))
  )
    j++;
  const m = view.mentionAt(j);
  return m?.key && m.from === j && m.kind !== 'pronoun' && view.typeOf(m.key) === 'Organization'
    ? m
    : undefined;
}

/** One hyphenated token: "pro-European", "Kremlin-backed". */
const HYPHENATED = /\p{L}[-‐]\p{L}/u;

/** Roles of a lawyer, whose possessor or "for" object is a client, not an employer. */
const LAWYERS = new Set(['lawyer', 'attorney', 'advocate', 'barrister', 'solicitor', 'counsel']);
/**
 * "X's lawyer Y" says that Y represents X, not that X hired Y (counsel may be appointed), so the
 * lawyer is RELATED_TO the client with the verb "represent"; HIRED is left to "hired", "retained".
 */
const REPRESENTS = { verb: 'represent' };
const RULE_LAWYER = 'apposition-lawyer-client';

/** A job ("accountant", "reporter") or studying ("a student at X"), read in appositions. */
const isJobOrStudy = (word: string | undefined): boolean =>
  !!word && (OCCUPATION_NOUNS.has(word) || word === 'student');

/** Country or government the person's office belongs to, by type. */
/** Words before a head's role that make it a head of a part: "regional director", "youth leader". */
const PART_OF_BODY =
  /^(regional|youth|women's|women|country|local|provincial|district|branch|state|campaign|communications|legal|research|programme|program|advocacy|media)$/;

/** "the group's regional director": an official of the body, not its head. */
function partHead(spec: RoleSpec, modifiers: readonly string[]): Predicate {
  return spec.predicate === 'LEADS' && modifiers.some((w) => PART_OF_BODY.test(w))
    ? 'OFFICIAL_OF'
    : spec.predicate;
}

function roleObject(spec: RoleSpec, type: EntityType | undefined): boolean {
  if (!type) return false;
  if (spec.predicate === 'JUDGE_OF') return type === 'Court';
  return type !== 'Person' && type !== 'Group' && type !== 'Law';
}

/**
 * Static relations stated by titles ("US District Judge X"), appositions
 * ("X, the president of Y"), possessives ("Y's Terrorism Center", "Y's
 * president X") and demonym modifiers ("the Venezuelan gang X").
 */
export interface AppositionContext {
  /** Country entity key of a person's office when no title names it (the article's home country). */
  officeCountryOf: (personKey: string) => string | undefined;
  /** The only court of the article, if there is exactly one. */
  onlyCourt?: string;
  /** Country entity key of the article's home country (its dateline's or lede's). */
  homeCountry?: string;
}

const LOWER_START = /^\p{Ll}/u;
/** Nouns for a part of a body: "the ministry's legal department", "the agency's anti-fraud unit". */
const UNIT_NOUNS =
  /^(unit|units|department|division|section|branch|bureau|desk|team|wing|office|directorate|cell)$/;

/** Lower-case modifiers from k on, ending in a unit noun ("international affairs unit"). */
function unitNounAfter(toks: readonly Token[], k: number): boolean {
  for (let j = k; j < k + 4 && j < toks.length; j++) {
    const t = toks[j]!;
    if (UNIT_NOUNS.test(t.text)) return true;
    if (!/^(ADJ|NOUN)$/.test(t.pos) || !LOWER_START.test(t.text)) return false;
  }
  return false;
}

export function appositionRelations(
  view: SentenceView,
  keyOf: KeyOf,
  ctx: AppositionContext = { officeCountryOf: () => undefined },
): RawRelation[] {
  const out: RawRelation[] = [];
  const toks = view.toks;
  const sent = view.sentence.index;
  const typeOf = (m: MentionRec | undefined): EntityType | undefined =>
    m?.key ? view.typeOf(m.key) : undefined;
  // a person or group that retains a lawyer
  const isClient = (c: MentionRec | undefined): c is MentionRec =>
    !!c?.key && /^(Person|Group)$/.test(typeOf(c) ?? '');
  const push = (
    subject: MentionRec | undefined,
    predicate: Predicate,
    object: MentionRec | undefined,
    from: number,
    to: number,
    rule: string,
    confidence: number,
    qualifiers?: Record<string, string>,
    objectKey?: string,
  ): void => {
    const s = keyOf(subject);
    const o = objectKey ?? keyOf(object);
    if (!s || !o || s === o) return;
    // "Oregon's governor, X": a state or city holds no office in the ontology, so the office
    // is the general relation, its role kept
    // ("the envoy for Central America" holds no office of the region: nothing is said)
    if (predicate === 'OFFICIAL_OF' && view.typeOf(o) === 'Place') {
      if (
        !/^(governor|senator|representative|mayor|lawmaker|legislator)$/.test(
          qualifiers?.role ?? '',
        )
      )
        return;
      predicate = 'RELATED_TO';
    }
    out.push({
      subject: s,
      predicate,
      object: o,
      sent,
      from,
      to,
      trigger: from,
      rule,
      confidence,
      static: true,
      // "X, the alleged leader of Y": the narrator only reports the office
      ...(hedged(from, to) ? { fixed: { modality: 'alleged', attributedTo: null } } : {}),
      ...(qualifiers ? { qualifiers } : {}),
    });
    // a chief justice sits on the court and heads it
    if (predicate === 'JUDGE_OF' && /^chief (justice|judge)$/.test(qualifiers?.role ?? ''))
      push(subject, 'LEADS', object, from, to, rule, confidence, qualifiers, objectKey);
  };
  // ("Police in Mombasa said": forces and authorities act somewhere, they are not sited)
  const agentPhrase = (m: MentionRec): boolean => {
    const before = toks[m.from - 1]?.lower === 'the' ? m.from - 2 : m.from - 1;
    return (
      toks[before]?.lower === 'by' ||
      /^(police|authorities|government|army|military|forces|navy|guard|administration)$/i.test(
        toks[m.to - 1]?.text ?? '',
      )
    );
  };
  const hedged = (from: number, to: number): boolean =>
    view.toks.slice(from, to).some((t) => isHedge(t.lower));
  const roleQualifiers = (spec: RoleSpec, portfolio?: string): Record<string, string> => ({
    role: spec.role,
    ...(portfolio ? { portfolio } : {}),
  });

  for (const m of view.mentions) {
    if (!m.key) continue;
    const type = typeOf(m);
    // Titles: "US District Judge X" → court; "Venezuelan Interior Minister X" → country.
    if (type === 'Person' && m.title) {
      const spec = m.title.spec;
      if (m.title.orgKey) {
        push(
          m,
          spec.predicate,
          undefined,
          m.title.from,
          m.to,
          'title-implied-court',
          0.85,
          roleQualifiers(spec),
          m.title.orgKey,
        );
      }
      if (m.title.country) {
        const countryMention = view.mentions.find(
          (x) =>
            x.from >= m.title!.from &&
            x.to <= m.title!.to &&
            x.key &&
            view.typeOf(x.key) === 'Country',
        );
        if (countryMention && roleObject(spec, 'Country'))
          push(
            m,
            spec.predicate,
            countryMention,
            m.title.from,
            m.to,
            'title-country',
            0.85,
            roleQualifiers(spec, m.title.portfolio),
          );
      } else {
        // "El Salvador's President X", "Hamas leader X"
        let j = m.title.from - 1;
        if (toks[j]?.text === "'s" || toks[j]?.text === '’s') j--;
        // "Ennahda party leader X": the kind noun after the body's name
        if (
          /^(party|movement|group|gang|union|alliance)$/.test(toks[j]?.lower ?? '') &&
          view.mentionEndingAt(j - 1)?.key &&
          !view.mentionAt(j)
        )
          j--;
        // "Coast Guard Lt. X", "Acme Corp. spokesman X": the body is named inside the title
        const inside = view.mentions.find(
          (x) =>
            x.from >= m.title!.from &&
            x.to <= m.title!.to &&
            x.key &&
            roleObject(spec, typeOf(x)) &&
            (typeOf(x) !== 'Place' || /^(mayor|governor)$/.test(spec.role)),
        );
        const org = inside ?? view.mentionAt(j);
        const of = /^(of|at)$/.test(toks[m.to]?.lower ?? '')
          ? view.mentionAt(toks[m.to + 1]?.lower === 'the' ? m.to + 2 : m.to + 1)
          : undefined;
        if (LAWYERS.has(spec.role) && org?.to === j + 1 && !inside && isClient(org)) {
          // "his lawyer X said", "Ruiz's lawyer X": the lawyer represents the client
          push(m, 'RELATED_TO', org, org.from, m.to, RULE_LAWYER, 0.7, REPRESENTS);
        } else if (org && (org === inside || org.to === j + 1) && roleObject(spec, typeOf(org))) {
          push(
            m,
            spec.predicate,
            org,
            org.from,
            m.to,
            'title-possessive',
            0.8,
            roleQualifiers(spec, m.title.portfolio),
          );
        } else if (of && roleObject(spec, typeOf(of))) {
          // "Judge X of the Fifth District Court"
          push(
            m,
            spec.predicate,
            of,
            m.title.from,
            of.to,
            'title-of',
            0.8,
            roleQualifiers(spec, m.title.portfolio),
          );
        } else if (spec.implies === 'government') {
          const country = ctx.officeCountryOf(m.key);
          if (country)
            push(
              m,
              spec.predicate,
              undefined,
              m.title.from,
              m.to,
              'title-home-country',
              0.6,
              roleQualifiers(spec, m.title.portfolio),
              country,
            );
        } else if (
          spec.predicate === 'JUDGE_OF' &&
          !m.title.orgKey &&
          ctx.onlyCourt &&
          // "Judge X of an accountability court in Islamabad": another, unnamed court
          !(
            /^(of|at)$/.test(toks[m.to]?.lower ?? '') &&
            /^(a|an)$/.test(toks[m.to + 1]?.lower ?? '')
          )
        ) {
          push(
            m,
            spec.predicate,
            undefined,
            m.title.from,
            m.to,
            'title-only-court',
            0.6,
            roleQualifiers(spec),
            ctx.onlyCourt,
          );
        }
      }
      // "Judge X in Washington": the judge's court sits there.
      if (m.title.orgKey && toks[m.to]?.lower === 'in') {
        const place = view.mentionAt(m.to + 1);
        const pt = typeOf(place);
        if (place && (pt === 'Place' || pt === 'Country'))
          push(
            { ...m, key: m.title.orgKey },
            'LOCATED_IN',
            place,
            m.title.from,
            place.to,
            'title-court-location',
            0.7,
          );
      }
    }
    // Apposition: "X, the president of Y" / "X, a spokesman for Y"
    if (type === 'Person' && toks[m.to]?.text === ',') {
      let k = m.to + 1;
      // "X, 41, a researcher at …": step over the age
      if (toks[k]?.pos === 'NUM' && toks[k + 1]?.text === ',') k += 2;
      if (/^(the|a|an)$/.test(toks[k]?.lower ?? '')) k++;
      const possessor = view.mentionAt(k);
      // "X, Ruiz's lawyer,", "X, his lawyer,"
      const pronoun = possessor?.kind === 'pronoun' && /^(his|her|their)$/.test(toks[k]!.lower);
      if (
        possessor?.key &&
        (toks[possessor.to]?.text === "'s" || toks[possessor.to]?.text === '’s' || pronoun)
      ) {
        k = pronoun ? possessor.to : possessor.to + 1;
        const modifiersFrom = k;
        // "former" is skipped, "chief" of "chief executive" is not; "finance" of "former
        // finance minister" is the portfolio
        // ("the party's national publicity secretary": "national" is no citizen here)
        const modifierRole = (j: number): boolean =>
          matchRole(view.lowers, j)?.spec.predicate === 'CITIZEN_OF' &&
          /^(NOUN|ADJ)$/.test(toks[j + 1]?.pos ?? '');
        // ("the group's Central Asia researcher": the region a role covers)
        const region = (j: number): MentionRec | undefined => {
          const r = view.mentionAt(j);
          return r?.from === j &&
            /^(Place|Country)$/.test(typeOf(r) ?? '') &&
            matchRole(view.lowers, r.to)
            ? r
            : undefined;
        };
        while (
          k < toks.length &&
          (!matchRole(view.lowers, k) || modifierRole(k)) &&
          (toks[k]!.pos === 'ADJ' ||
            (toks[k]!.pos === 'NOUN' && matchRole(view.lowers, k + 1)) ||
            !!region(k))
        )
          k = region(k)?.to ?? k + 1;
        const role = matchRole(view.lowers, k);
        // "X, Ruiz's lawyer,": the lawyer represents the client
        if (role && LAWYERS.has(role.spec.role) && isClient(possessor))
          push(m, 'RELATED_TO', possessor, m.from, k + role.length, RULE_LAWYER, 0.7, REPRESENTS);
        // "X, the party's national publicity secretary": a secretary of a body is its official
        else if (role?.spec.predicate === 'MINISTER_OF' && typeOf(possessor) === 'Organization')
          push(m, 'OFFICIAL_OF', possessor, m.from, k + role.length, 'apposition-possessive', 0.7, {
            role: role.spec.role,
          });
        else if (role && roleObject(role.spec, typeOf(possessor)))
          push(
            m,
            partHead(role.spec, view.lowers.slice(modifiersFrom, k)),
            possessor,
            m.from,
            k + role.length,
            'apposition-possessive',
            0.8,
            roleQualifiers(role.spec),
          );
        else if (
          role?.spec.implies === 'government' &&
          typeOf(possessor) === 'Person' &&
          possessor.kind !== 'pronoun' &&
          roleObject(role.spec, 'Country')
        ) {
          // "X, Ferrer's former transport minister,": a minister in the leader's government
          const country = ctx.officeCountryOf(possessor.key!) ?? ctx.homeCountry;
          if (country)
            push(
              m,
              role.spec.predicate,
              undefined,
              m.from,
              k + role.length,
              'apposition-leader-minister',
              0.65,
              roleQualifiers(role.spec),
              country,
            );
        }
        continue;
      }
      while (
        k < toks.length &&
        (toks[k]!.pos === 'ADJ' ||
          (toks[k]!.pos === 'PROPN' && !view.mentionAt(k)) ||
          // "a 52-year-old Mexican national"
          toks[k]!.text === '-' ||
          toks[k + 1]?.text === '-' ||
          (toks[k - 1]?.text === '-' && !view.mentionAt(k)) ||
          (view.mentionAt(k)?.key && view.typeOf(view.mentionAt(k)!.key!) === 'Country') ||
          (toks[k]!.pos === 'NOUN' &&
            !matchRole(view.lowers, k) &&
            (matchRole(view.lowers, k + 1) || isJobOrStudy(view.lowers[k + 1]))) ||
          // "the presiding judge", "the reputed head" (a hedge the tagger reads as a verb)
          (toks[k]!.pos === 'VERB' &&
            (/ing$/.test(toks[k]!.lower) || isHedge(toks[k]!.lower)) &&
            matchRole(view.lowers, k + 1)))
      )
        k++;
      // "X, the chief accountant at Y", "X, a reporter for Y": a job (a rank before it is no
      // office of its own) at an organisation
      const rank = matchRole(view.lowers, k);
      const jobAt = rank ? k + rank.length : k;
      const job = isJobOrStudy(view.lowers[jobAt]) && !matchRole(view.lowers, jobAt) ? jobAt : -1;
      if (job >= 0 && /^(at|for|with|in)$/.test(toks[job + 1]?.lower ?? '')) {
        let j = job + 2;
        while (j < toks.length && /^(DET|ADJ)$/.test(toks[j]!.pos) && !view.mentionAt(j)) j++;
        // ("in the French city of Lyon": the division phrase before the town's name)
        const demonym = view.mentionAt(j);
        if (
          demonym?.kind === 'demonym' &&
          DIVISION_NOUNS.test(toks[demonym.to]?.lower ?? '') &&
          toks[demonym.to + 1]?.lower === 'of'
        )
          j = demonym.to + 2;
        let employer = view.mentionAt(j);
        // "X, a history teacher in Lyon": a job in a town is where the person lives
        if (
          toks[job + 1]!.lower === 'in' &&
          employer?.from === j &&
          typeOf(employer) === 'Place' &&
          employer.kind !== 'demonym'
        )
          push(m, 'LIVES_IN', employer, m.from, employer.to, 'apposition-job-place', 0.6);
        // "a student at Islamabad's Quaid-i-Azam University": the possessed body
        if (employer && /^['’]s?$/.test(toks[employer.to]?.text ?? '')) {
          const owned = view.mentionAt(employer.to + 1);
          if (owned?.key && owned.from === employer.to + 1) {
            employer = owned;
            j = owned.from;
          }
        }
        const et = typeOf(employer);
        if (
          employer?.from === j &&
          et &&
          /^(Organization|Government|Court|CriminalOrganization)$/.test(et)
        )
          // ("a student at X" belongs to the university, works for nobody)
          push(
            m,
            view.lowers[job] === 'student' ? 'MEMBER_OF' : 'WORKS_FOR',
            employer,
            m.from,
            employer.to,
            'apposition-occupation',
            0.7,
            { role: view.lowers[job]! },
          );
      }
      const role = job >= 0 ? undefined : rank;
      if (role) {
        // "the founder and leader of X": one office, the stronger of the two
        let span = role.length;
        if (toks[k + span]?.lower === 'and') {
          const second = matchRole(view.lowers, k + span + 1);
          if (second) {
            span += 1 + second.length;
            if (second.spec.predicate === 'LEADS') role.spec = second.spec;
          }
        }
        role.length = span;
        const prep = toks[k + role.length];
        // "X, a senator from the opposition Labour Party": a member of the party
        const party =
          prep && /^(from|of|for)$/.test(prep.lower) && LEGISLATORS.test(role.spec.role)
            ? partyAfter(view, k + role.length + 1)
            : undefined;
        if (party) {
          push(
            m,
            'MEMBER_OF',
            party,
            m.from,
            party.to,
            'apposition-party-member',
            0.75,
            roleQualifiers(role.spec),
          );
        } else if (prep && /^(of|for|at|in|with)$/.test(prep.lower)) {
          let j = k + role.length + 1;
          // "leader of the opposition X", "head of the main ruling party X"
          // ("director of the pro-European group X", "owner of the construction firm X": kind
          // nouns before the name)
          const kindNoun = (at: number): boolean =>
            toks[at]!.pos === 'NOUN' &&
            startsLower(toks[at]!.text) &&
            [1, 2].some((d) => {
              const next = view.mentionAt(at + d);
              return (
                !!next?.key &&
                next.from === at + d &&
                toks.slice(at + 1, at + d).every((x) => x.pos === 'NOUN')
              );
            });
          while (
            j < toks.length &&
            (toks[j]!.pos === 'DET' ||
              toks[j]!.pos === 'ADJ' ||
              kindNoun(j) ||
              // "pro-European", "Kremlin-backed": one hyphenated token
              HYPHENATED.test(toks[j]!.text) ||
              /^(opposition|ruling|governing)$/.test(toks[j]!.lower) ||
              // "the student-led X": a hyphenated modifier
              (/^[-‐]$/.test(toks[j + 1]?.text ?? '') && toks[j + 1]!.start === toks[j]!.end) ||
              (/^[-‐]$/.test(toks[j]!.text) && toks[j]!.end === toks[j + 1]?.start) ||
              (/^[-‐]$/.test(toks[j - 1]?.text ?? '') && toks[j - 1]!.end === toks[j]!.start)) &&
            !view.mentionAt(j)
          )
            j++;
          // "a researcher at the Paris-based X": the place is a modifier
          const based = view.mentionAt(j);
          if (
            based &&
            /^[-–]$/.test(toks[based.to]?.text ?? '') &&
            toks[based.to + 1]?.lower === 'based'
          ) {
            j = based.to + 2;
            while (j < toks.length && (toks[j]!.pos === 'ADJ' || kindNoun(j)) && !view.mentionAt(j))
              j++;
          }
          let org = view.mentionAt(j);
          // "the head of the agency's international affairs unit": heads a unit, not the body
          let ofUnit = false;
          // "a former colonel in Syria's General Intelligence Directorate": the possessed body
          if (org && /^['’]s?$/.test(toks[org.to]?.text ?? '')) {
            const owned = view.mentionAt(org.to + 1);
            if (owned?.key && owned.from === org.to + 1) org = owned;
            else ofUnit = unitNounAfter(toks, org.to + 1);
          }
          // "X, a lawyer for the defendants,": a client, not an employer
          if (LAWYERS.has(role.spec.role) && prep.lower === 'for' && isClient(org)) {
            push(m, 'RELATED_TO', org, m.from, org.to, RULE_LAWYER, 0.7, REPRESENTS);
            continue;
          }
          const dem = view.mentions.find(
            (x) => x.from >= m.to + 1 && x.to <= k && x.key && view.typeOf(x.key) === 'Country',
          );
          if (org && roleObject(role.spec, typeOf(org)))
            push(
              m,
              ofUnit && role.spec.predicate === 'LEADS' ? 'OFFICIAL_OF' : role.spec.predicate,
              org,
              m.from,
              org.to,
              'apposition',
              0.85,
              roleQualifiers(role.spec),
            );
          // "X, the US special envoy for Central America": the country is the employer
          else if (dem && roleObject(role.spec, 'Country'))
            push(
              m,
              role.spec.predicate,
              dem,
              m.from,
              k + role.length,
              'apposition-demonym',
              0.75,
              roleQualifiers(role.spec),
            );
        } else {
          // "X, the Venezuelan interior minister"
          const dem = view.mentions.find(
            (x) => x.from >= m.to + 1 && x.to <= k && x.key && view.typeOf(x.key) === 'Country',
          );
          const officeCountry = ctx.officeCountryOf(m.key!) ?? ctx.homeCountry;
          if (dem && roleObject(role.spec, 'Country'))
            push(
              m,
              role.spec.predicate,
              dem,
              m.from,
              k + role.length,
              'apposition-demonym',
              0.8,
              roleQualifiers(role.spec),
            );
          // "X, a former finance minister,": a state office, in the office-holder's country
          // as titles give it, or else the article's
          else if (
            role.spec.implies === 'government' &&
            roleObject(role.spec, 'Country') &&
            officeCountry
          )
            push(
              m,
              role.spec.predicate,
              undefined,
              m.from,
              k + role.length,
              'apposition-home-country',
              0.6,
              roleQualifiers(role.spec),
              officeCountry,
            );
          // "X, the presiding judge,": the article's only court
          else if (
            role.spec.predicate === 'JUDGE_OF' &&
            ctx.onlyCourt &&
            !view.lowers.slice(m.to, k).some((w) => /^(former|retired|ex)$/.test(w))
          )
            push(
              m,
              'JUDGE_OF',
              undefined,
              m.from,
              k + role.length,
              'apposition-only-court',
              0.6,
              roleQualifiers(role.spec),
              ctx.onlyCourt,
            );
        }
      }
    }
    // Reverse apposition: "Ecuador's Interior Minister, X" / "the president of Y, X"
    // (a titled name only after "the head of the Y, General X")
    const start = Math.min(m.from, m.title?.from ?? m.from);
    if (type === 'Person' && toks[start - 1]?.text === ',' && (!m.title || start < m.from)) {
      const lower = view.lowers;
      const j = start - 2;
      const orgBefore = view.mentionAt(j);
      if (orgBefore?.key && orgBefore.to === j + 1) {
        // "... the head of the Y, X"
        let r = orgBefore.from - 1;
        while (r >= 0 && toks[r]!.pos === 'DET') r--;
        if (toks[r]?.lower === 'of' || toks[r]?.lower === 'for') {
          for (let s = r - 1; s >= Math.max(0, r - 2); s--) {
            const role = matchRole(lower, s);
            if (role && s + role.length === r && roleObject(role.spec, typeOf(orgBefore))) {
              push(
                m,
                role.spec.predicate,
                orgBefore,
                s,
                m.to,
                'apposition-reverse',
                0.8,
                roleQualifiers(role.spec),
              );
              break;
            }
          }
        }
      } else if (!m.title) {
        // "Ecuador's Interior Minister, X"; the longest role first ("chief executive", not
        // "executive"; "secretary-general", not "general")
        for (let s = Math.max(0, j - 7); s <= j; s++) {
          const role = matchRole(lower, s);
          if (!role) continue;
          // ("Ghana's Minister for the Interior, X": the portfolio after the role)
          const after =
            s + role.length === j + 1 ? undefined : portfolioAfter(toks, s + role.length, j);
          if (s + role.length !== j + 1 && !after) continue;
          let q = s - 1;
          // ("His Portuguese lawyer", "his Seoul-based lawyer": a demonym or an "X-based"
          // modifier before the role)
          const modifier = (x: number): boolean =>
            toks[x]!.pos === 'ADJ' ||
            toks[x]!.pos === 'NOUN' ||
            (startsUpper(toks[x]!.text) &&
              (!view.mentionAt(x) || view.mentionAt(x)!.kind === 'demonym')) ||
            (toks[x]!.lower === 'based' && toks[x - 1]?.text === '-') ||
            (toks[x]!.text === '-' && toks[x + 1]?.lower === 'based') ||
            (toks[x + 1]?.text === '-' && toks[x + 2]?.lower === 'based') ||
            // ("his lead counsel": a bare verb form the tagger reads in a compound)
            (x === s - 1 && toks[x]!.pos === 'VERB' && toks[x]!.lower === toks[x]!.lemma);
          while (q >= 0 && modifier(q)) q--;
          // "Her foreign minister, X": the office of whoever "her" is.
          const owner = view.mentionAt(q);
          let org = /^['’]s?$/.test(toks[q]?.text ?? '') ? view.mentionAt(q - 1) : undefined;
          let orgKey = org?.key;
          // "Ruiz's lawyer, X", "His lawyer, X": the lawyer represents the client
          const client = org ?? (owner?.kind === 'pronoun' ? owner : undefined);
          if (LAWYERS.has(role.spec.role) && isClient(client)) {
            push(m, 'RELATED_TO', client, client.from, m.to, RULE_LAWYER, 0.7, REPRESENTS);
            break;
          }
          if (!org && owner?.kind === 'pronoun' && owner.key && typeOf(owner) === 'Person') {
            orgKey = ctx.officeCountryOf(owner.key);
            org = orgKey ? owner : undefined;
          } else if (
            !org &&
            owner?.kind === 'pronoun' &&
            owner.key &&
            /^(its|their)$/.test(toks[q]!.lower) &&
            /^(Organization|Government|Court|CriminalOrganization|Prison|Country)$/.test(
              typeOf(owner) ?? '',
            )
          ) {
            // "Its director, X": the office of the institution "its" stands for
            org = owner;
            orgKey = owner.key;
          }
          if (org && orgKey) {
            const orgType = orgKey === org.key ? typeOf(org) : 'Country';
            if (roleObject(role.spec, orgType)) {
              const portfolio =
                q + 1 < s
                  ? toks
                      .slice(q + 1, s)
                      .map((t) => t.lower)
                      .join(' ')
                  : undefined;
              push(
                m,
                partHead(
                  role.spec,
                  toks.slice(q + 1, s).map((t) => t.lower),
                ),
                org,
                org.from,
                m.to,
                'apposition-reverse-possessive',
                0.8,
                roleQualifiers(
                  role.spec,
                  role.spec.predicate === 'MINISTER_OF' ? (portfolio ?? after) : undefined,
                ),
                orgKey,
              );
            }
          }
          break;
        }
      }
    }
    // Possessive location: "Peru's Northern Detention Center"
    if (
      (type === 'Country' || type === 'Place') &&
      (toks[m.to]?.text === "'s" || toks[m.to]?.text === '’s')
    ) {
      // ("the country's largest prison": a description takes the "'s" into its own span; only
      // a prison's or a court's, since "Ecuador's prison agency" is the state's own body)
      const next = view.mentionAt(m.to + 1);
      const described = view.mentionAt(m.to);
      const owned =
        next?.from === m.to + 1
          ? next
          : described?.from === m.to &&
              described.kind === 'description' &&
              /^(Prison|Court)$/.test(typeOf(described) ?? '')
            ? described
            : undefined;
      const ot = typeOf(owned);
      if (
        owned &&
        ot &&
        LOCATABLE.has(ot) &&
        ot !== 'Government' &&
        !isJudiciary(owned.name) &&
        owned.kind !== 'pronoun' &&
        // "Ecuador's Pacific ports": a modifier, not the thing located; but "China's Great
        // Wall firm": the noun is the cue that typed the name
        (toks[owned.to]?.pos !== 'NOUN' ||
          (ot !== 'Place' && typeFromContextNoun(toks[owned.to]!.lemma) === ot))
      ) {
        push(owned, 'LOCATED_IN', m, m.from, owned.to, 'possessive-location', 0.8);
      }
    }
    // Demonym modifier: "the Venezuelan gang X", "a Venezuelan X gang"
    if (
      m.kind === 'demonym' &&
      type === 'Country' &&
      !view.mentions.some(
        (x) => x.kind === 'title-name' && x.title && x.title.from <= m.from && x.title.to >= m.to,
      )
    ) {
      let k = m.to;
      while (k < toks.length && toks[k]!.pos === 'ADJ') k++;
      let cue = false;
      if (toks[k]?.pos === 'NOUN' && typeFromContextNoun(toks[k]!.lemma)) {
        cue = true;
        k++;
      }
      const named = view.mentionAt(k);
      const nt = typeOf(named);
      if (
        named &&
        named.key &&
        nt &&
        /^(CriminalOrganization|Organization|Prison|Court)$/.test(nt) &&
        !isJudiciary(named.name) &&
        (cue || named.kind === 'name')
      ) {
        push(named, 'LOCATED_IN', m, m.from, named.to, 'demonym-location', 0.65);
      }
    }
    // "Marbella businessman X", "X, the Madrid lawyer": a town before a person noun is where
    // the person lives or works from
    if (
      type === 'Place' &&
      m.kind !== 'demonym' &&
      PERSON_NOUNS.has(toks[m.to]?.lower ?? '') &&
      startsLower(toks[m.to]?.text ?? '')
    ) {
      const after = view.mentionAt(m.to + 1);
      const before =
        /^(a|an|the)$/.test(toks[m.from - 1]?.lower ?? '') && toks[m.from - 2]?.text === ','
          ? view.mentionEndingAt(m.from - 3)
          : undefined;
      const person = after?.from === m.to + 1 ? after : before;
      if (person?.key && typeOf(person) === 'Person')
        push(
          person,
          'LIVES_IN',
          m,
          Math.min(person.from, m.from),
          Math.max(person.to, m.to + 1),
          'place-person-noun',
          0.6,
        );
    }
    // Dateline: "Morgan City, La.", "Aiken, S.C.", "Lahore, Pakistan"
    if (type === 'Place' && toks[m.to]?.text === ',') {
      const outer = view.mentionAt(m.to + 1);
      const ot = typeOf(outer);
      if (
        outer &&
        outer.from === m.to + 1 &&
        (ot === 'Place' || ot === 'Country') &&
        outer.kind !== 'demonym'
      ) {
        if (closesQualifiedPlace(toks, outer.to))
          push(m, 'LOCATED_IN', outer, m.from, outer.to, 'dateline-location', 0.7);
      }
    }
    // "Brian Michaud of Millinocket", "Marie Ferraro, 50, of Bethany", "Wang Ziqiang at the Institute of Mechanics"
    if (type === 'Person' && !m.title && m.kind !== 'pronoun' && m.kind !== 'description') {
      let k = m.to;
      if (toks[k]?.text === ',' && toks[k + 1]?.pos === 'NUM' && toks[k + 2]?.text === ',') k += 3;
      const prep = toks[k]?.lower;
      if (prep === 'of' || prep === 'at') {
        let j = k + 1;
        if (toks[j]?.lower === 'the') j++;
        const where = view.mentionAt(j);
        const wt = typeOf(where);
        if (where && where.from === j && where.kind !== 'demonym') {
          if ((wt === 'Place' || wt === 'Country') && prep === 'of')
            push(m, 'LIVES_IN', where, m.from, where.to, 'person-of-place', 0.6);
          if (wt === 'Organization' || wt === 'Government')
            push(m, 'WORKS_FOR', where, m.from, where.to, 'person-of-organization', 0.55);
        }
      }
    }
    // "Sen. X of Oregon", "Gov. X of Idaho": the office is held in that place
    if (
      type === 'Person' &&
      m.kind === 'title-name' &&
      m.title &&
      !m.title.country &&
      m.title.spec.predicate !== 'CITIZEN_OF' &&
      toks[m.to]?.lower === 'of'
    ) {
      const where = view.mentionAt(m.to + 1);
      const wt = typeOf(where);
      const closer = where ? toks[where.to] : undefined;
      if (
        where &&
        where.from === m.to + 1 &&
        where.kind !== 'demonym' &&
        (wt === 'Place' || wt === 'Country') &&
        (!closer || closer.pos !== 'PROPN')
      ) {
        // a state or city has no office of its own in the ontology; its elected
        // officials (governors, senators, mayors, representatives) live there
        if (
          wt === 'Place' &&
          /^(governor|senator|representative|mayor|lawmaker|legislator)$/.test(m.title.spec.role)
        )
          push(m, 'LIVES_IN', where, m.title.from, where.to, 'title-name-of-place', 0.6);
        else if (roleObject(m.title.spec, wt))
          push(
            m,
            m.title.spec.predicate,
            where,
            m.title.from,
            where.to,
            'title-name-of-place',
            0.7,
            roleQualifiers(m.title.spec),
          );
      }
    }
    // "X, a sprawling prison complex in the port city of Y": the apposition places X.
    if (
      type &&
      /^(Organization|CriminalOrganization|Prison|Court|Place)$/.test(type) &&
      m.kind !== 'description' &&
      toks[m.to]?.text === ',' &&
      /^(a|an|the|in)$/.test(toks[m.to + 1]?.lower ?? '')
    ) {
      // "X, a … complex in the port city of Y", "X, the capital of Y", "X, in the northeastern state of Y"
      const direct = toks[m.to + 1]!.lower === 'in';
      let k = direct ? m.to + 1 : m.to + 2;
      while (
        !direct &&
        k < toks.length &&
        (/^(ADJ|NOUN|NUM)$/.test(toks[k]!.pos) ||
          (toks[k]!.pos === 'VERB' && /(ing|ed)$/.test(toks[k]!.lower))) &&
        (!view.mentionAt(k) || view.mentionAt(k)!.kind === 'description')
      )
        k++;
      // "a legal aid group based in Santiago"
      if (
        !direct &&
        /^(based|located|headquartered|situated)$/.test(toks[k]?.lower ?? '') &&
        toks[k + 1]?.lower === 'in'
      )
        k++;
      const capitalOf =
        !direct &&
        toks[k]?.lower === 'of' &&
        (/^(capital|seat)$/.test(toks[k - 1]?.lower ?? '') ||
          DIVISION_NOUNS.test(toks[k - 1]?.lower ?? '')) &&
        type === 'Place';
      if (
        (direct || k > m.to + 2) &&
        (/^(in|near|outside)$/.test(toks[k]?.lower ?? '') || capitalOf)
      ) {
        let j = k + 1;
        if (toks[j]?.lower === 'the') j++;
        const modifierMention = (x: number): boolean =>
          !!view.mentionAt(x) &&
          /^(NOUN|ADJ)$/.test(toks[view.mentionAt(x)!.to]?.pos ?? '') &&
          (typeFromContextNoun(toks[view.mentionAt(x)!.to]!.lemma) !== 'Place' ||
            toks[view.mentionAt(x)!.to + 1]?.lower === 'of');
        // "the Andean town of X": "Andean" only modifies "town"
        while (
          j < toks.length &&
          /^(ADJ|NOUN|PROPN)$/.test(toks[j]!.pos) &&
          (!view.mentionAt(j) || modifierMention(j))
        )
          j++;
        if (toks[j]?.lower === 'of' && j > k + 1) j++;
        const place = view.mentionAt(j);
        const pt = typeOf(place);
        if (
          place &&
          place.from === j &&
          (pt === 'Place' || pt === 'Country') &&
          place.kind !== 'demonym'
        )
          push(m, 'LOCATED_IN', place, m.from, place.to, 'apposition-location', 0.65);
      }
    }
    // "X, a Hong Kong construction firm": an organisation placed by its apposition
    if (
      type &&
      /^(Organization|CriminalOrganization|Prison|Court)$/.test(type) &&
      toks[m.to]?.text === ',' &&
      /^(a|an|the)$/.test(toks[m.to + 1]?.lower ?? '')
    ) {
      const place = view.mentionAt(m.to + 2);
      const pt = typeOf(place);
      if (
        place &&
        place.from === m.to + 2 &&
        (pt === 'Place' || pt === 'Country') &&
        (place.kind !== 'demonym' || typeFromContextNoun(toks[place.to]?.lemma ?? '') === type) &&
        toks[place.to]?.pos === 'NOUN'
      ) {
        push(m, 'LOCATED_IN', place, m.from, place.to + 1, 'apposition-place-modifier', 0.6);
      }
    }
    // "Memoria Viva, Chile's largest rights group", "X Prison, the country's largest
    // prison": an apposition owned by a place, headed by a noun of the name's own kind
    if (
      type &&
      /^(Organization|CriminalOrganization|Prison|Court)$/.test(type) &&
      m.kind === 'name' &&
      toks[m.to]?.text === ','
    ) {
      let k = m.to + 1;
      if (toks[k]?.lower === 'the') k++;
      const owner = view.mentionAt(k);
      const ot = typeOf(owner);
      if (
        owner?.key &&
        owner.kind !== 'demonym' &&
        (ot === 'Place' || ot === 'Country') &&
        /^['’]s?$/.test(toks[owner.to]?.text ?? '')
      ) {
        let h = owner.to + 1;
        const named = (x: number): boolean =>
          !!view.mentionAt(x)?.key && view.mentionAt(x)!.kind !== 'description';
        while (h < toks.length && /^(ADJ|NOUN)$/.test(toks[h]!.pos) && !named(h)) h++;
        const head = toks[h - 1];
        const closes = !toks[h] || /^[,.;:)]$/.test(toks[h]!.text);
        if (h > owner.to + 1 && closes && head && typeFromContextNoun(head.lemma) === type)
          push(m, 'LOCATED_IN', owner, m.from, h, 'apposition-owner-location', 0.65);
      }
    }
    // "the northern Chilean cities of Arica and Iquique"
    if (m.kind === 'demonym' && type === 'Country') {
      const k = m.to;
      if (
        /^(city|cities|town|towns|port|ports|province|provinces|state|states|region|regions)$/.test(
          toks[k]?.lower ?? '',
        ) &&
        toks[k + 1]?.lower === 'of'
      ) {
        for (let j = k + 2; j < Math.min(toks.length, k + 10); j++) {
          const place = view.mentionAt(j);
          if (place?.key && typeOf(place) === 'Place') {
            push(place, 'LOCATED_IN', m, m.from, place.to, 'demonym-places', 0.65);
            j = place.to - 1;
            continue;
          }
          if (!/^(and|,|or)$/.test(toks[j]!.lower)) break;
        }
      }
    }
    // "X in Y" for named places, prisons, courts and organisations, and for a state body in
    // a town ("the US embassy in Quito"; a body is not placed in its own country)
    if (
      type &&
      /^(Prison|Court|Place|Organization|CriminalOrganization|Government)$/.test(type) &&
      m.kind !== 'pronoun' &&
      // ("a prison in Santiago", "outside the court in Brasilia": a description of a prison or
      // court with a place says where that one is)
      (m.kind !== 'description' || /^(Prison|Court)$/.test(type)) &&
      /^(in|near)$/.test(toks[m.to]?.lower ?? '')
    ) {
      // "in northeast England", "in rural Kansas": compass and setting words before the place
      let at = m.to + 1;
      while (at < m.to + 3 && COMPASS_WORDS.test(toks[at]?.lower ?? '') && !view.mentionAt(at))
        at++;
      // "in the garrison city of Rawalpindi", "in the Russian republic of Mordovia"
      if (toks[at]?.lower === 'the') {
        let d = at + 1;
        const modifier = (x: number): boolean =>
          view.mentionAt(x)?.kind === 'demonym' ||
          (/^(ADJ|NOUN)$/.test(toks[x]?.pos ?? '') && !view.mentionAt(x)?.key);
        while (d < at + 4 && modifier(d)) d++;
        if (d > at + 1 && DIVISION_NOUNS.test(toks[d - 1]!.lower) && toks[d]?.lower === 'of')
          at = d + 1;
      }
      let place = view.mentionAt(at);
      // "Turbat in Pakistan's southwestern Balochistan province": the province, not Pakistan
      if (place?.key && /^['’]s?$/.test(toks[place.to]?.text ?? '')) {
        let d = place.to + 1;
        while (d < place.to + 3 && toks[d]?.pos === 'ADJ' && !view.mentionAt(d)) d++;
        const owned = view.mentionAt(d);
        if (owned?.key && owned.from === d && typeOf(owned) === 'Place') {
          place = owned;
          at = d;
        }
      }
      const pt = typeOf(place);
      if (
        place &&
        place.from === at &&
        place.kind !== 'demonym' &&
        (pt === 'Place' || (pt === 'Country' && type !== 'Government')) &&
        // ("arrested by the FBI in Miami": where the agent acted, not where it sits)
        !(type === 'Government' && agentPhrase(m))
      )
        push(m, 'LOCATED_IN', place, m.from, place.to, 'located-in-phrase', 0.6);
    }
  }
  return out;
}

/**
 * "of Justice", "for the Interior", "of Foreign Affairs and Trade" from k to j: the
 * capitalised portfolio after a role ("Minister for the Interior"), in lower case; else undefined.
 */
function portfolioAfter(toks: readonly Token[], k: number, j: number): string | undefined {
  if (!/^(of|for)$/.test(toks[k]?.lower ?? '')) return undefined;
  let from = k + 1;
  if (toks[from]?.lower === 'the') from++;
  if (from > j) return undefined;
  const words = toks.slice(from, j + 1);
  if (!words.every((t) => startsUpper(t.text) || /^(and|&)$/.test(t.lower))) return undefined;
  return words.map((t) => t.lower).join(' ');
}
