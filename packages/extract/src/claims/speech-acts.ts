import { judgedAfterBe, NEGATIVE_EVALUATIONS, POSITIVE_EVALUATIONS } from './evaluations';
import type { EntityType, Predicate } from '@news-kg/schema';
import type { MentionRec, RelationCandidate } from '../model';
import { sharedSubject, subjectOf } from '../relations/clauses';
import type { SentenceView } from '../relations/sentence-view';
import type { RawRelation } from '../relations/types';
import type { SpeechFrame } from './modality';
import { isSpeechLemma, negatedVerb } from './cues';
import { type CriticismPhrase, criticismPhrase, drawnCritics } from './criticism-phrases';

/**
 * Speech acts that answer an earlier act of the story: a denial answers the
 * accusation or charge it denies ("X denied any wrongdoing" → X DENIED the
 * accuser), and praise or condemnation of an act ("welcomed the arrest",
 * "condemned the sanctions") is aimed at whoever did it. A sentence only shows
 * the answer; the party it answers is found among the relations of the article
 * so far (`resolveSpeechActs`), the most recent one that fits.
 */
export interface SpeechActCue {
  kind: 'deny' | 'support' | 'criticize';
  subject: string;
  sent: number;
  from: number;
  to: number;
  trigger: number;
  /** Predicates of the answered act, in order of preference. */
  answers: readonly Predicate[];
  /** The patient named with the act ("the arrest of Y"). */
  patient?: string;
  /** The act was named in this sentence just before ("…, a charge that X rejected"). */
  sameSentence?: boolean;
  /** "rejected the accusation": a definite noun that points back at the latest such act. */
  pointsBack?: boolean;
  /** "denied that X had …": the parties the denied clause names. */
  about?: readonly string[];
  /** "denied that the arrest was politically motivated": the acts whose judgement is denied. */
  judgedActs?: readonly Predicate[];
  /**
   * Whose accusation a denial answers, when not the denier's own: the client of the speaking
   * lawyer ("my client never …"), the speaker or the client ("he had nothing to do with …"),
   * or a named party (which must be one of the two).
   */
  accused?: 'client' | 'self-or-client' | string;
  verb: string;
}

const DENY = new Set(['deny', 'reject', 'dismiss', 'refute', 'rebuff', 'dispute', 'contest']);
const SUPPORT = new Set(['welcome', 'praise', 'hail', 'applaud', 'laud', 'defend', 'endorse']);
const CRITICIZE = new Set([
  'condemn',
  'criticize',
  'criticise',
  'denounce',
  'slam',
  'blast',
  'decry',
  'lambast',
  'deplore',
]);
const EVALUATING = new Set(['call', 'describe', 'brand', 'label', 'term']);
/** Verbs that deny a charge with "innocence": "maintained his innocence", "protests her innocence". */
const INNOCENCE_VERBS = new Set(['maintain', 'protest', 'proclaim', 'assert', 'insist']);

/** End of "(on) his/her/their innocence" after an innocence verb at v, or -1. */
function innocenceAfter(toks: readonly { lower: string }[], v: number): number {
  let k = v + 1;
  if (toks[k]?.lower === 'on') k++;
  if (/^(his|her|their|its)$/.test(toks[k]?.lower ?? '')) k++;
  return toks[k]?.lower === 'innocence' ? k + 1 : -1;
}

export const ACCUSING: readonly Predicate[] = [
  'ACCUSED_OF',
  'CHARGED',
  'SANCTIONED',
  'ISSUED_ORDER_AGAINST',
  'CRITICIZED',
];
const CHARGING: readonly Predicate[] = ['CHARGED', 'ACCUSED_OF', 'ISSUED_ORDER_AGAINST'];
/** Nouns for what a denial denies, and the acts they answer. */
const ACCUSATION_NOUNS = new Map<string, readonly Predicate[]>([
  ['wrongdoing', ACCUSING],
  ['accusation', ACCUSING],
  ['accusations', ACCUSING],
  ['allegation', ACCUSING],
  ['allegations', ACCUSING],
  ['involvement', ACCUSING],
  ['link', ACCUSING],
  ['links', ACCUSING],
  ['ties', ACCUSING],
  ['guilt', CHARGING],
  ['charge', CHARGING],
  ['charges', CHARGING],
  ['criticism', ['CRITICIZED']],
  ['criticisms', ['CRITICIZED']],
  ['claim', ACCUSING],
  ['claims', ACCUSING],
  ['complaint', ACCUSING],
  ['complaints', ACCUSING],
  ['suggestion', ACCUSING],
  ['suggestions', ACCUSING],
]);
const COURT_ACTS: readonly Predicate[] = ['RULED_AGAINST', 'SENTENCED', 'ISSUED_ORDER_AGAINST'];
/** Nouns for acts, and the predicates whose subject did them. */
const ACT_NOUNS = new Map<string, readonly Predicate[]>([
  ['arrest', ['ARRESTED']],
  ['arrests', ['ARRESTED']],
  ['detention', ['ARRESTED']],
  ['capture', ['ARRESTED']],
  ['extradition', ['EXTRADITED']],
  ['sanctions', ['SANCTIONED']],
  ['sanction', ['SANCTIONED']],
  ['deportation', ['DEPORTED']],
  ['deportations', ['DEPORTED']],
  ['expulsion', ['DEPORTED']],
  ['expulsions', ['DEPORTED']],
  ['indictment', ['CHARGED']],
  ['charge', ['CHARGED']],
  ['charges', ['CHARGED']],
  ['prosecution', ['CHARGED']],
  ['case', ['CHARGED']],
  ['trial', [...COURT_ACTS, 'CHARGED']],
  ['sentence', ['SENTENCED']],
  ['sentences', ['SENTENCED']],
  ['ruling', COURT_ACTS],
  ['verdict', COURT_ACTS],
  ['judgment', COURT_ACTS],
  ['judgement', COURT_ACTS],
  ['conviction', ['SENTENCED']],
]);
/** Acts whose possessor is their doer ("the minister's decision", not "Y's arrest"). */
const AGENT_POSSESSED = new Set([
  'decision',
  'ruling',
  'verdict',
  'judgment',
  'judgement',
  'remarks',
  'comments',
  'statement',
  'claim',
  'claims',
  'accusation',
  'accusations',
  'allegation',
  'allegations',
  'criticism',
  'move',
  'sanctions',
  'order',
  'handling',
  'treatment',
  'crackdown',
  'response',
  'policy',
  'policies',
  'conduct',
]);
const PLACES = new Set(['Place', 'Prison', 'Law']);
/** Types that can make an accusation. */
const SPEAKERS = new Set(['Person', 'Organization', 'Government', 'Country', 'Court', 'Group']);
const MODIFIER = /^(DET|ADJ|NOUN|PROPN|NUM|ADV)$/;

type KeyOf = (m: MentionRec | undefined) => string | undefined;

/** Speech acts of one sentence: relations it states outright, and cues to resolve later. */
export function speechActs(
  view: SentenceView,
  keyOf: KeyOf,
): { relations: RawRelation[]; cues: SpeechActCue[] } {
  const relations: RawRelation[] = [];
  const cues: SpeechActCue[] = [];
  const toks = view.toks;
  const sent = view.sentence.index;
  for (let v = 0; v < toks.length; v++) {
    const t = toks[v]!;
    const phrase = criticismPhrase(view, v, (type) => !PLACES.has(type));
    if (t.pos !== 'VERB' && !phrase) continue;
    const kind = phrase
      ? 'criticize'
      : DENY.has(t.lemma)
        ? 'deny'
        : SUPPORT.has(t.lemma)
          ? 'support'
          : CRITICIZE.has(t.lemma)
            ? 'criticize'
            : EVALUATING.has(t.lemma)
              ? 'evaluate'
              : t.lemma === 'plead' || INNOCENCE_VERBS.has(t.lemma)
                ? 'plead'
                : t.lemma === 'thank'
                  ? 'thank'
                  : undefined;
    if (!kind || (!phrase && negatedVerb(view.toks, v))) continue;
    // "a motion criticising the arrest": a participle after a noun has no subject of its own
    if (!phrase && /ing$/.test(t.lower) && !/^(AUX|PRON)$/.test(toks[v - 1]?.pos ?? '')) continue;
    // "Reporters Without Borders, the Paris-based watchdog, called …": places do not speak
    // ("critics of the law say …": a critic noun names its own critic or none)
    const subject =
      phrase?.subject ??
      (phrase && /^critics?$/.test(t.lower)
        ? undefined
        : sharedSubject(view, v, (type) => !PLACES.has(type)));
    const sk = keyOf(subject);
    if (phrase) {
      if (sk) relations.push(...phraseObjects(view, keyOf, phrase, sk, subject!));
      const named = namedAt(view, skipDeterminers(toks, phrase.object));
      if (!sk || phrase.possessor || (named && !view.isPossessor(named))) continue;
    }
    // "X has pleaded not guilty", "X has maintained his innocence throughout"
    if (kind === 'plead') {
      const end =
        t.lemma === 'plead'
          ? toks[v + 1]?.lower === 'not' && toks[v + 2]?.lower === 'guilty'
            ? v + 3
            : -1
          : innocenceAfter(toks, v);
      if (!sk || end < 0) continue;
      cues.push(cue('deny', sk, subject!, v, end, CHARGING, t.lemma));
      continue;
    }
    // the object: a run of modifiers ending in a noun
    let k = phrase ? phrase.object : v + 1;
    while (k < toks.length && (toks[k]!.pos === 'ADV' || toks[k]!.pos === 'PART')) k++;
    const start = k;
    if (kind === 'thank') {
      while (toks[k]?.pos === 'DET') k++;
      const m = view.keyed.find((x) => x.from === k);
      const mk = keyOf(m);
      if (sk && mk && sk !== mk)
        relations.push(direct(sk, 'SUPPORTED', mk, sent, subject!, v, m!.to, t.lemma));
      continue;
    }
    // "denied leading the syndicate", "denied receiving any money"
    // ("denied steering the contract": a gerund with an object, whatever the tagger calls it)
    const gerund =
      /ing$/.test(toks[k]?.lower ?? '') &&
      (toks[k]!.pos === 'VERB' ||
        (toks[k]!.pos === 'NOUN' && /^(DET|PRON|NUM)$/.test(toks[k + 1]?.pos ?? '')));
    if (kind === 'deny' && sk && gerund) {
      cues.push(cue('deny', sk, subject!, v, k + 1, ACCUSING, t.lemma));
      continue;
    }
    // "denied that officers had used force": the clause says what the accuser claimed
    if (kind === 'deny' && toks[k]?.lower === 'that' && view.isBoundary(k)) {
      if (sk) {
        let end = k + 1;
        while (end < toks.length && !view.isBoundary(end)) end++;
        const about = clauseMentions(view, k + 1, sk, keyOf);
        cues.push({ ...cue('deny', sk, subject!, v, end, ACCUSING, t.lemma), about });
      }
      continue;
    }
    let noun = -1;
    for (; k < toks.length && k < start + 5 && !view.isBoundary(k); k++) {
      const w = toks[k]!;
      if (w.text === "'s" || w.text === '’s') continue;
      // ("the government's handling of …": a gerund after a possessive is a noun)
      const gerundNoun = /ing$/.test(w.lower) && /^['’]s$/.test(toks[k - 1]?.text ?? '');
      if (!MODIFIER.test(w.pos) && w.pos !== 'PRON' && !gerundNoun) break;
      const lower = w.lower;
      if (
        (kind === 'deny' && ACCUSATION_NOUNS.has(lower)) ||
        (kind !== 'deny' && (ACT_NOUNS.has(lower) || AGENT_POSSESSED.has(lower)))
      ) {
        noun = k;
        break;
      }
    }
    if (kind === 'deny' && noun < 0 && sk) {
      // "…, a charge that X has consistently rejected", "an allegation the government denied"
      const relative = relativeAccusation(view, v);
      if (relative) {
        for (const m of relative.subjects) {
          const mk = keyOf(m);
          if (mk)
            cues.push({
              ...cue('deny', mk, m, v, v + 1, relative.answers, t.lemma),
              sameSentence: true,
            });
        }
      }
      continue;
    }
    if (noun < 0 && phrase) continue;
    // "…, a verdict that the ministry called arbitrary", "…, a ruling her party denounced":
    // the act named just before, criticised or praised by the relative clause's subject
    if (noun < 0 && kind !== 'deny') {
      const negative =
        kind !== 'evaluate' ||
        toks.slice(v + 1, v + 8).some((x) => NEGATIVE_EVALUATIONS.has(x.lower));
      const positive =
        kind === 'evaluate' &&
        toks.slice(v + 1, v + 8).some((x) => POSITIVE_EVALUATIONS.has(x.lower));
      const relative = negative || positive ? relativeAct(view, v) : undefined;
      const finalKind = kind === 'evaluate' ? (negative ? 'criticize' : 'support') : kind;
      for (const m of relative?.subjects ?? []) {
        const mk = keyOf(m);
        if (mk)
          cues.push({
            ...cue(finalKind, mk, m, v, v + 1, relative!.answers, t.lemma),
            sameSentence: true,
          });
      }
      continue;
    }
    if (noun < 0 || !sk) continue;
    const nounLower = toks[noun]!.lower;
    const nounMention = view.mentionAt(noun);
    if (nounMention?.key) continue; // "welcomed the ruling" resolved to the court: a verb rule has it
    const finalKind =
      kind === 'evaluate' ? (isNegative(view, noun) ? 'criticize' : undefined) : kind;
    if (!finalKind) continue;
    // "the minister's remarks": the possessor made them
    const possessor = view.keyed.find(
      (m) => m.from >= start && m.to < noun && view.isPossessor(m) && m.to + 1 <= noun,
    );
    const pk = keyOf(possessor);
    if (possessor && pk && AGENT_POSSESSED.has(nounLower) && pk !== sk) {
      const predicate =
        finalKind === 'deny' ? 'DENIED' : finalKind === 'support' ? 'SUPPORTED' : 'CRITICIZED';
      relations.push(direct(sk, predicate, pk, sent, subject!, v, noun + 1, t.lemma));
      continue;
    }
    if (possessor) continue;
    const answers =
      finalKind === 'deny' ? ACCUSATION_NOUNS.get(nounLower) : ACT_NOUNS.get(nounLower);
    if (!answers) continue;
    // "the arrest of Y"
    const patientMention =
      toks[noun + 1]?.lower === 'of' ? view.keyed.find((m) => m.from === noun + 2) : undefined;
    const c = cue(finalKind, sk, subject!, v, noun + 1, answers, t.lemma);
    const patient = keyOf(patientMention);
    // "rejected the accusation", "dismissed these allegations": whoever made the last one
    const pointsBack =
      finalKind === 'deny' &&
      /^(accusations?|allegations?|criticisms?|claims?|complaints?|suggestions?)$/.test(
        nounLower,
      ) &&
      toks.slice(start, noun).some((x) => /^(the|this|these|those|that)$/.test(x.lower));
    // "rejected claims that guards had beaten anyone": the clause names what was claimed
    const about =
      finalKind === 'deny' && toks[noun + 1]?.lower === 'that'
        ? clauseMentions(view, noun + 2, sk, keyOf)
        : undefined;
    cues.push({
      ...c,
      ...(patient ? { patient } : {}),
      ...(pointsBack ? { pointsBack } : {}),
      ...(about ? { about } : {}),
    });
  }
  // "The arrest drew criticism from X", "the law has drawn condemnation from X and Y"
  for (let v = 1; v < toks.length - 3; v++) {
    const critics = drawnCritics(view, v);
    if (!critics.length) continue;
    const target = subjectOf(view, v).mention;
    const tk = keyOf(target);
    const act = tk ? -1 : actNounBefore(view, v);
    for (const c of critics) {
      const ck = keyOf(c)!;
      if (tk && tk !== ck) relations.push(direct(ck, 'CRITICIZED', tk, sent, c, v, c.to, 'draw'));
      if (act < 0) continue;
      const patient = toks[act + 1]?.lower === 'of' ? keyOf(view.mentionAt(act + 2)) : undefined;
      const answers = ACT_NOUNS.get(toks[act]!.lower)!;
      cues.push({
        ...cue('criticize', ck, c, act, c.to, answers, 'draw'),
        from: act,
        ...(patient ? { patient } : {}),
      });
    }
  }
  // "X said the arrest was politically motivated", "said the verdict raised serious concerns":
  // the speaker judges an act the story told before, and so whoever did it
  for (let k = 2; k < toks.length - 2; k++) {
    const answers = ACT_NOUNS.get(toks[k]!.lower);
    if (!answers || toks[k]!.pos !== 'NOUN') continue;
    if (!/^(the|this|that|his|her|their|its)$/.test(toks[k - 1]!.lower)) continue;
    const judged = judgement(view, k + 1);
    // ("the verdict was unfair" with the verdict read as its court is the evaluation rule's)
    const own = view.mentionAt(k);
    if (!judged || (own?.key && toks[k + 1]?.lemma === 'be')) continue;
    let s = k - 2;
    if (toks[s]?.lower === 'that') s--;
    while (s >= 0 && toks[s]!.pos === 'ADV') s--;
    const verb = toks[s];
    if (!verb || verb.pos !== 'VERB' || !isSpeechLemma(verb.lemma) || negatedVerb(toks, s))
      continue;
    const speaker = subjectOf(view, s, (type) => !PLACES.has(type)).mention;
    const sk = keyOf(speaker);
    if (!sk) continue;
    // "denied that the arrest was politically motivated" answers whoever said it was
    if (DENY.has(verb.lemma)) {
      if (judged === 'criticize')
        cues.push({ ...cue('deny', sk, speaker!, s, k + 1, [], verb.lemma), judgedActs: answers });
      continue;
    }
    // "the verdict", read as the court that gave it, is the one judged
    const ok = keyOf(own);
    if (ok && ok !== sk) {
      const predicate = judged === 'criticize' ? 'CRITICIZED' : 'SUPPORTED';
      relations.push(direct(sk, predicate, ok, sent, speaker!, s, k + 1, verb.lemma));
    } else if (!ok) cues.push(cue(judged, sk, speaker!, s, k + 1, answers, verb.lemma));
  }
  return { relations, cues };

  function cue(
    kind: SpeechActCue['kind'],
    subject: string,
    m: MentionRec,
    v: number,
    to: number,
    answers: readonly Predicate[],
    verb: string,
  ): SpeechActCue {
    return { kind, subject, sent, from: Math.min(m.from, v), to, trigger: v, answers, verb };
  }
}

/** The act noun heading the clause that ends at v ("The arrests of X have …"), or -1. */
function actNounBefore(view: SentenceView, v: number): number {
  for (let k = view.clauseStart(v); k < v; k++)
    if (ACT_NOUNS.has(view.toks[k]!.lower) && view.toks[k]!.pos === 'NOUN') return k;
  return -1;
}

/** The parties a clause from k to its end names, other than `self`. */
function clauseMentions(view: SentenceView, k: number, self: string, keyOf: KeyOf): string[] {
  let end = k;
  while (end < view.toks.length && !view.isBoundary(end)) end++;
  return view
    .mentionsIn(k, end)
    .map((m) => keyOf(m))
    .filter((x): x is string => !!x && x !== self);
}

/** Past "the", "a", "its" to the first word of a noun phrase. */
function skipDeterminers(toks: readonly { pos: string }[], k: number): number {
  while (toks[k]?.pos === 'DET') k++;
  return k;
}

/** The keyed mention a noun phrase at k names, past a capitalised title ("President X"). */
function namedAt(view: SentenceView, k: number): MentionRec | undefined {
  for (let j = k; j < k + 3; j++) {
    const m = view.mentionAt(j);
    if (m?.key) return m;
    if (!/^[A-Z]/.test(view.toks[j]?.text ?? '') || !/^(NOUN|PROPN)$/.test(view.toks[j]!.pos))
      return undefined;
  }
  return undefined;
}

/**
 * "critical of X and Y", "the government's critics": the named parties a criticism phrase is
 * aimed at. An act noun in their place ("concerned by the arrest") is resolved like any cue.
 */
function phraseObjects(
  view: SentenceView,
  keyOf: KeyOf,
  phrase: CriticismPhrase,
  sk: string,
  subject: MentionRec,
): RawRelation[] {
  const sent = view.sentence.index;
  const verb = view.toks[phrase.trigger]!.lower;
  const objects: MentionRec[] = [];
  if (phrase.possessor) objects.push(phrase.possessor);
  else {
    let k = skipDeterminers(view.toks, phrase.object);
    for (let m = namedAt(view, k); m && !view.isPossessor(m); m = namedAt(view, k)) {
      objects.push(m);
      k = m.to;
      if (!/^(,|and|or)$/.test(view.toks[k]?.lower ?? '')) break;
      k = skipDeterminers(view.toks, k + (view.toks[k + 1]?.lower === 'and' ? 2 : 1));
    }
  }
  return objects
    .filter((m) => keyOf(m) && keyOf(m) !== sk)
    .map((m) => direct(sk, 'CRITICIZED', keyOf(m)!, sent, subject, phrase.trigger, m.to, verb));
}

/** Where accusations come from: "The allegations were first raised … by X". */
export interface AllegationSource {
  accuser: string;
  sent: number;
  from: number;
  to: number;
}

const RAISING = /^(raise|make|level|bring|file|lodge|voice)$/;

/**
 * "The allegations were first raised in Parliament by X", "the accusations, made by X, …": the
 * accuser of a denial told before, when the story names the source only after the denial.
 */
export function allegationSources(view: SentenceView, keyOf: KeyOf): AllegationSource[] {
  const out: AllegationSource[] = [];
  const toks = view.toks;
  for (let k = 0; k < toks.length - 3; k++) {
    if (!/^(allegations?|accusations?|claims|complaints?)$/.test(toks[k]!.lower)) continue;
    // the passive raising verb, then "by" and the accuser within a few words
    let v = k + 1;
    while (v < k + 5 && toks[v] && /^(AUX|ADV)$/.test(toks[v]!.pos)) v++;
    if (!toks[v] || toks[v]!.pos !== 'VERB' || !RAISING.test(toks[v]!.lemma) || v === k + 1)
      continue;
    for (let b = v + 1; b < Math.min(toks.length, v + 10); b++) {
      if (toks[b]!.lower !== 'by') continue;
      const accuser = view.keyed.find(
        (m) =>
          m.from > b &&
          m.from <= b + 4 &&
          /^(Person|Organization|Government)$/.test(view.typeOf(m.key!) ?? ''),
      );
      const ak = keyOf(accuser);
      if (accuser && ak)
        out.push({ accuser: ak, sent: view.sentence.index, from: k, to: accuser.to });
      break;
    }
  }
  return out;
}

/**
 * Judgements inside a quotation or reported clause that name the act judged but no verb of
 * saying in the same clause: '"This is a political trial," Banda said', '"The verdict was
 * written in advance. The verdict is a disgrace."' The speaker of the frame judges whoever did
 * the act (resolved like any other cue).
 */
export function quotedJudgements(
  view: SentenceView,
  frames: readonly SpeechFrame[],
): SpeechActCue[] {
  const out: SpeechActCue[] = [];
  const toks = view.toks;
  const sent = view.sentence.index;
  for (const f of frames) {
    if (f.modality !== 'claimed' || !f.speaker) continue;
    for (let k = f.from; k < f.to - 2; k++) {
      // "this is a political trial", "it was a sham trial"
      if (!/^(this|it|that)$/.test(toks[k]!.lower) || toks[k + 1]?.lemma !== 'be') continue;
      if (/^(not|n't|never)$/.test(toks[k + 2]?.lower ?? '')) continue;
      for (let j = k + 2; j < Math.min(f.to, k + 8); j++) {
        const answers = ACT_NOUNS.get(toks[j]!.lower);
        if (!answers || toks[j]!.pos !== 'NOUN') continue;
        const said = toks.slice(k + 2, j + 1);
        if (said.some((x) => NEGATIVE_EVALUATIONS.has(x.lower)))
          out.push({
            kind: 'criticize',
            subject: f.speaker,
            sent,
            from: k,
            to: j + 1,
            trigger: k + 1,
            answers,
            verb: 'say',
          });
        break;
      }
    }
  }
  return out;
}

/** "… was politically motivated", "… is historic", "… raised serious concerns" after an act noun. */
function judgement(view: SentenceView, k: number): 'criticize' | 'support' | undefined {
  const toks = view.toks;
  if (toks[k]?.lemma === 'be') return judgedAfterBe(view, k);
  if (
    /^(raise|prompt|spark|fuel)$/.test(toks[k]?.lemma ?? '') &&
    toks.slice(k + 1, k + 4).some((x) => /^(concerns?|alarm|fears?|questions)$/.test(x.lower))
  )
    return 'criticize';
  return undefined;
}

function direct(
  subject: string,
  predicate: Predicate,
  object: string,
  sent: number,
  m: MentionRec,
  v: number,
  to: number,
  verb: string,
): RawRelation {
  return {
    subject,
    predicate,
    object,
    sent,
    from: Math.min(m.from, v),
    to,
    trigger: v,
    rule: 'speech-act',
    confidence: 0.6,
    event: true,
    static: true,
    qualifiers: { verb },
  };
}

/** "called the arrest a 'kidnapping'", "described the sanctions as an attack". */
function isNegative(view: SentenceView, noun: number): boolean {
  for (let k = noun + 1; k < Math.min(view.toks.length, noun + 10); k++) {
    const t = view.toks[k]!;
    if (NEGATIVE_EVALUATIONS.has(t.lower)) return true;
    if (t.pos === 'VERB' || t.text === ';') return false;
  }
  return false;
}

/**
 * "…, a charge that A, B and C have rejected": the deniers of an accusation noun that
 * heads a relative clause ending in the denial verb at v.
 */
function relativeAccusation(
  view: SentenceView,
  v: number,
): { subjects: MentionRec[]; answers: readonly Predicate[] } | undefined {
  return relativeHead(view, v, ACCUSATION_NOUNS);
}

/** "…, a verdict that X called arbitrary", "…, a ruling her party denounced". */
function relativeAct(
  view: SentenceView,
  v: number,
): { subjects: MentionRec[]; answers: readonly Predicate[] } | undefined {
  return relativeHead(view, v, ACT_NOUNS);
}

/** The subjects of a relative clause ending at v, and the acts its head noun answers. */
function relativeHead(
  view: SentenceView,
  v: number,
  nouns: ReadonlyMap<string, readonly Predicate[]>,
): { subjects: MentionRec[]; answers: readonly Predicate[] } | undefined {
  const after = view.toks[v + 1];
  if (after && /^(NOUN|PROPN|DET|PRON|NUM)$/.test(after.pos)) return undefined;
  for (let k = v - 1; k >= Math.max(0, v - 16); k--) {
    const t = view.toks[k]!;
    const answers = nouns.get(t.lower);
    if (!answers) continue;
    // ("the detention order, which he called …": "detention" only modifies the head)
    if (view.toks[k + 1]?.pos === 'NOUN') return undefined;
    if (view.mentionAt(k)?.key) return undefined;
    const inner = view.mentionsIn(k + 1, v).filter((m) => !view.inPP(m) && !view.isPossessor(m));
    const outermost = inner.filter(
      (m) => !inner.some((o) => o !== m && o.from <= m.from && o.to >= m.to),
    );
    if (!outermost.length) return undefined;
    // only names, commas, "and", "that"/"which" and auxiliaries between noun and verb
    for (let j = k + 1; j < v; j++) {
      const u = view.toks[j]!;
      if (view.mentionAt(j)?.key) continue;
      if (!/^(AUX|ADV|PART|CCONJ|SCONJ|PRON|DET|NOUN|ADJ|PROPN)$/.test(u.pos) && u.text !== ',')
        return undefined;
      if (u.pos === 'PRON' && !/^(that|which)$/.test(u.lower)) return undefined;
    }
    return { subjects: outermost, answers };
  }
  return undefined;
}

/**
 * Document step: each cue's answered party is the subject of the most recent earlier
 * relation of the answered kind (for a denial: against the one who denies, or a claim
 * about them attributed to someone else).
 */
/** The party whose accusers a denial answers: the denier, or the client a lawyer speaks for. */
function accusedOf(q: SpeechActCue, known: readonly RelationCandidate[]): string | undefined {
  if (!q.accused) return q.subject;
  const client = known.find(
    (c) =>
      c.predicate === 'RELATED_TO' && c.subject === q.subject && c.qualifiers?.verb === 'represent',
  )?.object;
  if (q.accused === 'client') return client;
  if (q.accused === 'self-or-client') return client ?? q.subject;
  return q.accused === client || q.accused === q.subject ? q.accused : undefined;
}

export function resolveSpeechActs(
  cues: readonly SpeechActCue[],
  candidates: readonly RelationCandidate[],
  typeOf: (key: string) => EntityType | undefined = () => undefined,
  sources: readonly AllegationSource[] = [],
): RelationCandidate[] {
  const out: RelationCandidate[] = [];
  const before = (c: RelationCandidate, q: SpeechActCue): boolean =>
    c.sent < q.sent || (c.sent === q.sent && c.from < q.trigger);
  const latest = (xs: RelationCandidate[]): RelationCandidate | undefined =>
    xs.reduce<RelationCandidate | undefined>(
      (best, c) =>
        !best || c.sent > best.sent || (c.sent === best.sent && c.from > best.from) ? c : best,
      undefined,
    );
  // answered acts include the speech acts resolved so far ("Y denied that the arrest was
  // politically motivated" answers X, who criticised it in the sentence before)
  const known = [...candidates];
  for (const q of cues) {
    let party: string | undefined;
    const prior = known.filter((c) => before(c, q) && c.modality !== 'denied');
    // (within the last three sentences)
    const recent = (c: RelationCandidate, back = 3): boolean => c.sent >= q.sent - back;
    if (q.judgedActs) {
      const doer = latest(prior.filter((c) => q.judgedActs!.includes(c.predicate)))?.subject;
      party = latest(
        prior.filter(
          (c) =>
            recent(c) &&
            c.predicate === 'CRITICIZED' &&
            c.object === doer &&
            c.subject !== q.subject,
        ),
      )?.subject;
    } else if (q.kind === 'deny') {
      const accused = accusedOf(q, known);
      if (!accused) continue;
      if (q.sameSentence) {
        const here = prior.filter(
          (c) => c.sent === q.sent && q.answers.includes(c.predicate) && c.subject !== q.subject,
        );
        party = latest(here)?.subject;
      }
      for (const p of q.answers) {
        if (party) break;
        party = latest(
          prior.filter(
            (c) => c.predicate === p && c.object === accused && c.modality === 'asserted',
          ),
        )?.subject;
      }
      party ??=
        latest(
          prior.filter(
            (c) =>
              (c.modality === 'alleged' || c.modality === 'claimed') &&
              c.attributedTo &&
              c.attributedTo !== q.subject &&
              (c.subject === accused || c.object === accused),
          ),
        )?.attributedTo ?? undefined;
      // "denied that the police had used force": whoever recently claimed it of those named,
      // or accused or criticised them
      if (!party && q.about?.length) {
        const named = (k: string | null | undefined): boolean => !!k && q.about!.includes(k);
        party =
          latest(
            prior.filter(
              (c) =>
                recent(c) &&
                (c.modality === 'alleged' || c.modality === 'claimed') &&
                c.attributedTo &&
                c.attributedTo !== q.subject &&
                (named(c.subject) || named(c.object)),
            ),
          )?.attributedTo ??
          latest(
            prior.filter(
              (c) =>
                recent(c) &&
                (c.predicate === 'ACCUSED_OF' || c.predicate === 'CRITICIZED') &&
                c.modality === 'asserted' &&
                named(c.object) &&
                c.subject !== q.subject,
            ),
          )?.subject ??
          undefined;
      }
      // a spokesman rejecting "the accusation" need not be its target: whoever made the
      // latest claim or accusation, within the last two sentences
      if (!party && q.pointsBack) {
        const lately = prior.filter((c) => recent(c, 2));
        const speaker = (k: string | null | undefined): k is string =>
          !!k && k !== q.subject && SPEAKERS.has(typeOf(k) ?? '');
        party =
          latest(
            lately.filter(
              (c) =>
                (c.modality === 'claimed' || c.modality === 'alleged') && speaker(c.attributedTo),
            ),
          )?.attributedTo ??
          latest(
            lately.filter(
              (c) =>
                q.answers.includes(c.predicate) && c.modality === 'asserted' && speaker(c.subject),
            ),
          )?.subject;
      }
    } else {
      for (const p of q.answers) {
        if (party) break;
        const acts = prior.filter((c) => c.predicate === p && c.modality !== 'alleged');
        const onPatient = q.patient ? acts.filter((c) => c.object === q.patient) : [];
        party = latest(q.patient ? onPatient : acts)?.subject;
        // "a political trial", "the verdict": a judge's act is judged as the court's
        if (party && COURT_ACTS.includes(p) && typeOf(party) === 'Person')
          party =
            known.find((c) => c.predicate === 'JUDGE_OF' && c.subject === party)?.object ?? party;
      }
    }
    // "X denied steering the contract … The allegations were first raised by Y": the source
    // named after the denial, within the next three sentences, accused X
    const source =
      !party && q.kind === 'deny'
        ? sources.find((a) => a.sent >= q.sent && a.sent <= q.sent + 3 && a.accuser !== q.subject)
        : undefined;
    if (source) {
      party = source.accuser;
      out.push({
        subject: source.accuser,
        predicate: 'ACCUSED_OF',
        object: q.subject,
        modality: 'asserted',
        attributedTo: null,
        date: null,
        sent: source.sent,
        from: source.from,
        to: source.to,
        rule: 'allegation-source',
        confidence: 0.5,
      });
    }
    if (!party || party === q.subject) continue;
    const resolved: RelationCandidate = {
      subject: q.subject,
      predicate: q.kind === 'deny' ? 'DENIED' : q.kind === 'support' ? 'SUPPORTED' : 'CRITICIZED',
      object: party,
      modality: 'asserted',
      attributedTo: null,
      date: null,
      sent: q.sent,
      from: q.from,
      to: q.to,
      rule: `speech-act-${q.kind}`,
      confidence: 0.55,
      qualifiers: { verb: q.verb },
    };
    out.push(resolved);
    known.push(resolved);
  }
  return out;
}
