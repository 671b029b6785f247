import type { Modality } from '@news-kg/schema';
import type { MentionRec } from '../model';
import { subjectOf } from '../relations/clauses';
import type { SentenceView } from '../relations/sentence-view';
import type { RawRelation } from '../relations/types';
import {
  CLAIM_NOUNS,
  isAllegationLemma,
  isDenialLemma,
  isHedge,
  isNegator,
  isSpeechLemma,
} from './cues';
import { irrealisFrames, irrealisOf, type IrrealisFrame } from './irrealis';
import { MONTHS, WEEKDAYS } from '../lexicon/calendar';

/** A stretch of a sentence that reports what a speaker says, claims or denies. */
export interface SpeechFrame {
  /** Null when the speaker is not a resolved entity ("the agency alleges that …"). */
  speaker: string | null;
  /** Token index of the speech verb or claim noun. */
  at: number;
  from: number;
  to: number;
  modality: Exclude<Modality, 'asserted'>;
  rule: string;
}

const REJECT = new Set([
  'deny',
  'reject',
  'dismiss',
  'refute',
  'slam',
  'condemn',
  'criticize',
  'criticise',
  'denounce',
  'blast',
  'decry',
  'lambast',
  'rebuff',
  'dispute',
]);

/**
 * Speech frames of a sentence: "S said (that) …", '"…," S said', "according
 * to S, …", and "S's claim that …". A claim that someone else rejects gives a
 * second, denied frame for the one who rejects it.
 */
export function speechFrames(
  view: SentenceView,
  keyOf: (m: MentionRec | undefined) => string | undefined,
  previousClaimant?: string,
): { frames: SpeechFrame[]; rejections: RawRelation[] } {
  const toks = view.toks;
  const frames: SpeechFrame[] = [];
  const rejections: RawRelation[] = [];
  const n = toks.length;
  for (let k = 0; k < n; k++) {
    const t = toks[k]!;
    if (t.pos === 'VERB' && isSpeechLemma(t.lemma) && !view.mentionAt(k)) {
      // '"…," said Javiera Contreras': the speaker follows the verb.
      const inverted = view.mentionAt(k + 1);
      const subject = subjectOf(view, k).mention;
      const speaker =
        keyOf(subject) ??
        (inverted && view.toks[k - 1] && /^[,"”]$/.test(view.toks[k - 1]!.text)
          ? keyOf(inverted)
          : undefined) ??
        // "The agency alleges that …": still reported, by a speaker the text leaves unnamed
        (subject || unnamedSpeaker(view, k) ? null : undefined);
      if (speaker === undefined) continue;
      const modality = isDenialLemma(t.lemma)
        ? 'denied'
        : isAllegationLemma(t.lemma)
          ? 'alleged'
          : 'claimed';
      // Quote before the verb: '"…," Rivera said'
      // ('… held her at Kira prison," Lee said.': the quotation opened a sentence before)
      const quoteEnd = lastQuoteBefore(view, k);
      const opened =
        toks[0]!.text === '"' ||
        toks[0]!.text === '“' ||
        !toks.slice(0, quoteEnd).some((x) => /^["“”]$/.test(x.text));
      if (quoteEnd > 0 && opened) {
        frames.push({ speaker, at: k, from: 0, to: quoteEnd, modality, rule: 'quote-speaker' });
      }
      const next = toks[k + 1];
      if (next && next.pos !== 'PUNCT') {
        frames.push({
          speaker,
          at: k,
          from: k + 1,
          to: relativeClauseEnd(view, k) ?? n,
          modality,
          rule: 'reported-speech',
        });
      }
    }
    if (t.lower === 'according' && toks[k + 1]?.lower === 'to') {
      const m = view.mentionAt(k + 2) ?? view.mentionAt(k + 3);
      const speaker = keyOf(m);
      if (speaker)
        frames.push({ speaker, at: k, from: 0, to: n, modality: 'claimed', rule: 'according-to' });
    }
    if (CLAIM_NOUNS.has(t.lower) && t.pos === 'NOUN') {
      // "a US claim that …", "Venezuela rejects US crime gang accusations"
      let claimant: MentionRec | undefined;
      for (let j = k - 1; j >= Math.max(0, k - 4); j--) {
        const m = view.mentionAt(j);
        if (m?.key) {
          claimant = m;
          break;
        }
        if (toks[j]!.pos === 'VERB' || view.isBoundary(j)) break;
      }
      // "The RDM rejects that claim": the claim made just before.
      const anaphoric = !claimant && /^(that|this|these|those)$/.test(toks[k - 1]?.lower ?? '');
      const claimantKey = keyOf(claimant) ?? (anaphoric ? previousClaimant : undefined);
      if (!claimantKey) {
        // "X denied accusations that he had taken money": X denies the content, whoever claimed it
        const thatAt = toks[k + 1]?.lower === 'that' ? k + 2 : -1;
        let v = k - 1;
        while (v >= 0 && toks[v]!.pos !== 'VERB' && !view.isBoundary(v) && k - v < 4) v--;
        if (thatAt > 0 && v >= 0 && toks[v]!.pos === 'VERB' && REJECT.has(toks[v]!.lemma)) {
          const rk = keyOf(subjectOf(view, v).mention);
          if (rk)
            frames.push({
              speaker: rk,
              at: v,
              from: thatAt,
              to: n,
              modality: 'denied',
              rule: 'rejected-claim',
            });
        }
        continue;
      }
      const thatAt = toks[k + 1]?.lower === 'that' ? k + 2 : -1;
      if (thatAt > 0)
        frames.push({
          speaker: claimantKey,
          at: k,
          from: thatAt,
          to: n,
          modality: 'claimed',
          rule: 'claim-noun',
        });
      // Who rejects it: the subject of the verb that takes the claim as its object.
      for (let v = (claimant?.from ?? k) - 1; v >= 0; v--) {
        const verb = toks[v]!;
        if (verb.pos !== 'VERB') {
          if (view.isBoundary(v)) break;
          continue;
        }
        if (!REJECT.has(verb.lemma)) break;
        const rejecter = subjectOf(view, v).mention;
        const rk = keyOf(rejecter);
        if (!rk || rk === claimantKey) break;
        if (thatAt > 0)
          frames.push({
            speaker: rk,
            at: v,
            from: thatAt,
            to: n,
            modality: 'denied',
            rule: 'rejected-claim',
          });
        rejections.push({
          subject: rk,
          predicate: 'DENIED',
          object: claimantKey,
          sent: view.sentence.index,
          from: Math.min(rejecter!.from, v),
          to: k + 1,
          trigger: v,
          rule: anaphoric ? 'rejected-previous-claim' : 'rejected-claim',
          confidence: 0.75,
          event: true,
          qualifiers: { verb: verb.lemma },
        });
        break;
      }
    }
  }
  return { frames, rejections };
}

function lastQuoteBefore(view: SentenceView, k: number): number {
  for (let j = k - 1; j > 0; j--) if (/^["”]$/.test(view.toks[j]!.text)) return j;
  return -1;
}

const irrealisCache = new WeakMap<SentenceView, IrrealisFrame[]>();
function irrealisFramesOf(view: SentenceView): IrrealisFrame[] {
  let frames = irrealisCache.get(view);
  if (!frames) {
    frames = irrealisFrames(view);
    irrealisCache.set(view, frames);
  }
  return frames;
}

export interface Stance {
  modality: Modality;
  attributedTo: string | null;
}

/**
 * Modality of a relation: the innermost speech frame that covers its trigger
 * (unless the relation sits in a relative clause the frame does not reach),
 * then negation ("none of", "not", "never" → denied) and hedges ("allegedly"
 * → alleged). A negated statement never comes out asserted. A relation inside the complement
 * of an offer, plan, request, refusal, modal or condition (claims/irrealis) gives no stance at
 * all: the sentence does not say that it happened, and no modality says "only proposed".
 */
export function stanceOf(view: SentenceView, rel: RawRelation, frames: SpeechFrame[]): Stance[] {
  // "X offered to take in prisoners in return for payment from Y": an offer, not a payment.
  if (!rel.static && irrealisOf(rel, irrealisFramesOf(view))) return [];
  if (rel.fixed) return [rel.fixed];
  if (rel.static) return [{ modality: 'asserted', attributedTo: null }];
  const covering = frames.filter(
    (f) =>
      rel.trigger >= f.from &&
      rel.trigger < f.to &&
      f.at !== rel.trigger &&
      (rel.clauseFrom === undefined || f.at > rel.clauseFrom) &&
      // ("X said … and defended the government's plan": a speaker's own stance is no claim)
      !(f.speaker === rel.subject && STANCES.has(rel.predicate)),
  );
  const negated = !rel.static && isNegated(view, rel);
  const hedged = !rel.static && isHedged(view, rel);
  if (!covering.length) {
    if (negated) return [{ modality: 'denied', attributedTo: null }];
    if (hedged) return [{ modality: 'alleged', attributedTo: null }];
    return [{ modality: 'asserted', attributedTo: null }];
  }
  // Each frame over the same span gives its own stance ("a US claim that …" rejected by Venezuela).
  const innermost = Math.max(...covering.map((f) => f.from));
  return covering
    .filter((f) => f.from === innermost)
    .map((f) => ({ modality: negated ? 'denied' : f.modality, attributedTo: f.speaker }));
}

/** Predicates that record a speaker's own act of speech. */
const STANCES = new Set(['SUPPORTED', 'CRITICIZED', 'DENIED', 'ACCUSED_OF']);

function isNegated(view: SentenceView, rel: RawRelation): boolean {
  const start =
    rel.negFrom ?? Math.max(view.clauseStart(rel.trigger), rel.clauseFrom ?? 0, rel.from - 3);
  // A negator before a subordinate clause negates the clause it is in, not the subordinate one
  // ("not surprising since both were born in X"; but "none of them since May belong to Y").
  let negated = false;
  for (let k = start; k < rel.trigger; k++) {
    const t = view.toks[k]!;
    // "X, who says he never joined the gang, is held …": the relative clause's negator is its own
    if (t.text === ',' && /^(who|which)$/.test(view.toks[k + 1]?.lower ?? '')) {
      let close = k + 2;
      while (close < rel.trigger && view.toks[close]!.text !== ',') close++;
      if (close >= rel.trigger) close = -1;
      if (close > 0) {
        k = close;
        continue;
      }
    }
    if (isNegator(t.lower) && t.lower !== 'without') negated = true;
    else if (t.pos === 'SCONJ' && t.lower !== 'that' && opensClause(view, k, rel.trigger))
      negated = false;
  }
  if (negated) return true;
  // "not" right after an auxiliary that follows the trigger's subject
  const after = view.toks[rel.trigger + 1];
  return (
    !!after &&
    (after.lower === 'not' || after.lower === "n't") &&
    view.toks[rel.trigger]!.pos === 'AUX'
  );
}

/** Time words after "since"/"after"/"before" that make it a preposition ("since May"). */
const TIME_WORDS = new Set<string>([...MONTHS, ...WEEKDAYS, 'then', 'last', 'early', 'late']);

/**
 * Does the conjunction at k open a clause of its own, with a verb up to the trigger ("since
 * both were born"), rather than govern a time phrase ("since February", "since 2019")?
 */
function opensClause(view: SentenceView, k: number, trigger: number): boolean {
  const next = view.toks[k + 1];
  if (!next || next.pos === 'NUM' || TIME_WORDS.has(next.lower)) return false;
  for (let j = k + 2; j <= trigger; j++) {
    const pos = view.toks[j]!.pos;
    if (pos === 'AUX' || pos === 'VERB') return true;
  }
  return false;
}

function isHedged(view: SentenceView, rel: RawRelation): boolean {
  for (let k = Math.max(0, rel.from - 2); k <= rel.trigger; k++) {
    if (isHedge(view.toks[k]!.lower)) return true;
  }
  return false;
}

/** A noun phrase right before the speech verb at k: "the agency alleges", "officials say". */
function unnamedSpeaker(view: SentenceView, k: number): boolean {
  let j = k - 1;
  while (j >= 0 && /^(AUX|ADV|PART)$/.test(view.toks[j]!.pos)) j--;
  const head = view.toks[j];
  return (
    !!head && head.pos === 'NOUN' && /^(DET|ADJ|NOUN|PUNCT)$/.test(view.toks[j - 1]?.pos ?? 'PUNCT')
  );
}

/**
 * "X, who denies the charge, is held at Y": a speech verb inside a relative clause between
 * commas speaks only to the end of that clause. The closing comma's index, if any.
 */
function relativeClauseEnd(view: SentenceView, k: number): number | undefined {
  const toks = view.toks;
  let j = k - 1;
  while (j >= 0 && !/^(who|which)$/.test(toks[j]!.lower) && toks[j]!.text !== ',') j--;
  if (j < 1 || !/^(who|which)$/.test(toks[j]!.lower) || toks[j - 1]!.text !== ',') return undefined;
  for (let e = k + 1; e < toks.length; e++) {
    if (toks[e]!.text === ',') return e;
    // a quote or a that-clause carries the speech on: "who said that …, …"
    if (/^(that|["“])$/.test(toks[e]!.lower)) return undefined;
  }
  return undefined;
}
