import type { Token } from '../nlp/types';
/** Cue words for reported speech, negation and hedging. */

/** Verbs that report what someone says; their complement is that speaker's claim. */
const SPEECH = new Set([
  'say',
  'claim',
  'insist',
  'argue',
  'tell',
  'add',
  'state',
  'declare',
  'announce',
  'warn',
  'assert',
  'maintain',
  'contend',
  'note',
  'underline',
  'stress',
  'emphasise',
  'emphasize',
  'explain',
  'write',
  'tweet',
  'post',
  'report',
  'suggest',
  'believe',
  'think',
  'acknowledge',
  'admit',
  'confirm',
  'reiterate',
  'recall',
  'testify',
  'charge',
  'allege',
  'deny',
  'reject',
  'dismiss',
  'refute',
  'complain',
  'indicate',
  'reveal',
  'disclose',
  'repeat',
  'agree',
  'estimate',
]);
/** Speech verbs whose complement the speaker disputes. */
const DENIAL = new Set(['deny', 'reject', 'dismiss', 'refute', 'dispute', 'contest', 'rebut']);
/** Speech verbs whose complement is an accusation, not yet established. */
const ALLEGATION = new Set(['allege', 'accuse', 'charge']);

/** Nouns for statements: "a US claim that …", "accusations that …". */
export const CLAIM_NOUNS = new Set([
  'claim',
  'claims',
  'allegation',
  'allegations',
  'accusation',
  'accusations',
  'assertion',
  'assertions',
  'charge',
  'charges',
  'statement',
  'report',
  'reports',
  'suggestion',
  'suggestions',
]);

const NEGATORS = new Set([
  'not',
  "n't",
  'never',
  'no',
  'none',
  'nobody',
  'nothing',
  'neither',
  'nor',
  'without',
]);
const HEDGES = new Set([
  'allegedly',
  'alleged',
  'reportedly',
  'purportedly',
  'purported',
  'suspected',
  'reputed',
  'presumed',
  'supposedly',
  'apparently',
]);

export function isSpeechLemma(lemma: string): boolean {
  return SPEECH.has(lemma);
}
export function isDenialLemma(lemma: string): boolean {
  return DENIAL.has(lemma);
}
export function isAllegationLemma(lemma: string): boolean {
  return ALLEGATION.has(lemma);
}
/** A negator among the auxiliaries and adverbs right before the verb at v ("did not deny"). */
export function negatedVerb(toks: readonly Token[], v: number): boolean {
  for (let k = v - 1; k >= Math.max(0, v - 4); k--) {
    const t = toks[k]!;
    if (isNegator(t.lower)) return true;
    if (!/^(AUX|ADV|PART)$/.test(t.pos)) return false;
  }
  return false;
}

export function isNegator(lower: string): boolean {
  return NEGATORS.has(lower);
}
export function isHedge(lower: string): boolean {
  return HEDGES.has(lower);
}
