import type { SentenceView } from '../relations/sentence-view';
import type { RawRelation } from '../relations/types';

/**
 * Irrealis: stretches of a sentence that describe an event someone offers, proposes, plans,
 * wants, asks for, threatens or refuses, or one that only might or would happen. The sentence
 * does not say that such an event took place ("X has offered to take in prisoners in return for
 * payment from Y" states an offer, not a payment), so no relation found inside is a fact.
 */
export interface IrrealisFrame {
  /** Token index of the cue (verb, noun, adjective, modal or conjunction). */
  at: number;
  /** The complement the cue governs: tokens [from, to). */
  from: number;
  to: number;
  /** What kind of unrealised event the complement describes. */
  mood: 'proposed' | 'intended' | 'requested' | 'refused' | 'possible' | 'conditional';
}

type Mood = IrrealisFrame['mood'];

/** Verbs whose "to"-infinitive complement, with or without an object before it, has not happened. */
const VERB_CUES: ReadonlyMap<string, Mood> = new Map<string, Mood>([
  // offers and proposals: "offered to take in", "proposed to pay"
  ['offer', 'proposed'],
  ['propose', 'proposed'],
  ['suggest', 'proposed'],
  // plans, wishes, attempts and commitments: "plans to deport", "wants to", "tried to"
  ['plan', 'intended'],
  ['plot', 'intended'],
  ['intend', 'intended'],
  ['mean', 'intended'],
  ['aim', 'intended'],
  ['want', 'intended'],
  ['wish', 'intended'],
  ['hope', 'intended'],
  ['seek', 'intended'],
  ['try', 'intended'],
  ['attempt', 'intended'],
  ['strive', 'intended'],
  ['prepare', 'intended'],
  ['expect', 'intended'],
  ['promise', 'intended'],
  ['pledge', 'intended'],
  ['vow', 'intended'],
  ['swear', 'intended'],
  ['threaten', 'intended'],
  ['agree', 'intended'],
  ['need', 'intended'],
  // requests, orders and permissions: "asked the court to send", "allowed X to be expelled"
  ['ask', 'requested'],
  ['request', 'requested'],
  ['urge', 'requested'],
  ['demand', 'requested'],
  ['beg', 'requested'],
  ['implore', 'requested'],
  ['call', 'requested'],
  ['press', 'requested'],
  ['pressure', 'requested'],
  ['push', 'requested'],
  ['encourage', 'requested'],
  ['invite', 'requested'],
  ['advise', 'requested'],
  ['tell', 'requested'],
  ['order', 'requested'],
  ['instruct', 'requested'],
  ['direct', 'requested'],
  ['require', 'requested'],
  ['allow', 'requested'],
  ['permit', 'requested'],
  ['authorize', 'requested'],
  ['authorise', 'requested'],
  // refusals and failures: the event did not happen
  ['refuse', 'refused'],
  ['decline', 'refused'],
  ['fail', 'refused'],
]);

/** Nouns whose "to"-infinitive states what is offered, planned or asked ("an offer to pay"). */
const NOUN_CUES: ReadonlyMap<string, Mood> = new Map<string, Mood>([
  ['offer', 'proposed'],
  ['proposal', 'proposed'],
  ['plan', 'intended'],
  ['plot', 'intended'],
  ['scheme', 'intended'],
  ['intention', 'intended'],
  ['intent', 'intended'],
  ['bid', 'intended'],
  ['attempt', 'intended'],
  ['effort', 'intended'],
  ['threat', 'intended'],
  ['promise', 'intended'],
  ['pledge', 'intended'],
  ['vow', 'intended'],
  ['wish', 'intended'],
  ['desire', 'intended'],
  ['readiness', 'intended'],
  ['willingness', 'intended'],
  ['request', 'requested'],
  ['demand', 'requested'],
  ['call', 'requested'],
  ['push', 'requested'],
  ['refusal', 'refused'],
  ['failure', 'refused'],
  // "a likely successor to lead the party", "the right to appeal": a prospect, not an event
  ['successor', 'possible'],
  ['candidate', 'possible'],
  ['favourite', 'possible'],
  ['favorite', 'possible'],
  ['chance', 'possible'],
  ['opportunity', 'possible'],
  ['right', 'possible'],
  ['power', 'possible'],
]);

/** Adjectives before "to" that state a readiness or likelihood, not an event ("ready to pay"). */
const ADJECTIVE_CUES: ReadonlyMap<string, Mood> = new Map<string, Mood>([
  ['willing', 'intended'],
  ['unwilling', 'refused'],
  ['ready', 'intended'],
  ['prepared', 'intended'],
  ['eager', 'intended'],
  ['keen', 'intended'],
  ['determined', 'intended'],
  ['poised', 'intended'],
  ['set', 'intended'],
  ['likely', 'possible'],
  ['unlikely', 'possible'],
  ['reluctant', 'refused'],
  ['unable', 'refused'],
]);

/**
 * Modal auxiliaries: "would pay", "could be sent", "might have paid", "can challenge", "must
 * pay", and the future ("will prosecute"): what is announced or required has not happened yet.
 */
const MODALS = new Set([
  'must',
  'would',
  'could',
  'might',
  'may',
  'should',
  "'d",
  'can',
  'will',
  "'ll",
  'shall',
]);

/** Cue verbs that take their object after a particle: "called on X to", "pushed for X to". */
const PARTICLE_VERBS: ReadonlyMap<string, RegExp> = new Map([
  ['call', /^(on|upon|for)$/],
  ['push', /^(for)$/],
]);

/** Conjunctions that open a condition or an open question: "if X pays Y", "whether X paid Y". */
const CONDITIONALS = new Set(['if', 'unless', 'whether']);

/** Conjunctions that end a complement and begin another clause. */
const CLAUSE_LINKS = new Set([
  'but',
  'yet',
  'so',
  'because',
  'while',
  'whereas',
  'although',
  'though',
  'until',
  'when',
  'whenever',
  'where',
  'whether',
  // an embedded wh-clause states what is so ("the myths about why X killed Y")
  'why',
  'how',
  'what',
  'whom',
  'whose',
]);

/** Irrealis frames of a sentence, in text order. */
export function irrealisFrames(view: SentenceView): IrrealisFrame[] {
  const toks = view.toks;
  const out: IrrealisFrame[] = [];
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    if (MODALS.has(t.lower) && (t.pos === 'AUX' || t.pos === 'VERB')) {
      out.push({ at: k, from: k + 1, to: complementEnd(view, k + 1), mood: 'possible' });
      continue;
    }
    if (CONDITIONALS.has(t.lower) && !view.mentionAt(k)) {
      out.push({ at: k, from: k + 1, to: complementEnd(view, k + 1), mood: 'conditional' });
      continue;
    }
    const mood =
      t.pos === 'VERB'
        ? VERB_CUES.get(t.lemma)
        : t.pos === 'NOUN'
          ? NOUN_CUES.get(t.lemma)
          : t.pos === 'ADJ'
            ? ADJECTIVE_CUES.get(t.lower)
            : undefined;
    if (!mood) continue;
    // Verbs may have an object before "to" ("asked the court to send"); nouns and adjectives not.
    const particle = t.pos === 'VERB' ? PARTICLE_VERBS.get(t.lemma) : undefined;
    if (particle && !particle.test(toks[k + 1]?.lower ?? '')) continue;
    const start = particle ? k + 1 : k;
    const to = infinitiveAfter(view, start, t.pos === 'VERB' ? 6 : 1);
    if (to < 0) continue;
    out.push({ at: k, from: to, to: complementEnd(view, to + 1), mood });
  }
  return out;
}

/** The frame whose complement holds the relation's trigger, if any. */
export function irrealisOf(rel: RawRelation, frames: IrrealisFrame[]): IrrealisFrame | undefined {
  return frames.find(
    (f) =>
      rel.trigger >= f.from &&
      rel.trigger < f.to &&
      f.at !== rel.trigger &&
      // a relative or reduced clause inside says what is already so ("the men held in X")
      (rel.clauseFrom === undefined || f.at > rel.clauseFrom),
  );
}

/**
 * Index of the "to" of an infinitive ("to pay", "to swiftly deport", "to be sent") within
 * `reach` tokens after the cue, with nothing between but an object noun phrase (no verb,
 * preposition or clause boundary: "the use of the law to deport" is a purpose); -1 if none.
 */
function infinitiveAfter(view: SentenceView, k: number, reach: number): number {
  const toks = view.toks;
  for (let j = k + 1; j <= Math.min(toks.length - 1, k + reach); j++) {
    const t = toks[j]!;
    if (t.lower === 'to') {
      let v = j + 1;
      while (toks[v]?.pos === 'ADV' || toks[v]?.lower === 'not') v++;
      const verb = toks[v];
      return verb && (verb.pos === 'VERB' || verb.pos === 'AUX') ? j : -1;
    }
    if (
      t.pos === 'VERB' ||
      t.pos === 'AUX' ||
      t.pos === 'ADP' ||
      t.pos === 'SCONJ' ||
      t.text === ',' ||
      view.isBoundary(j)
    )
      return -1;
  }
  return -1;
}

/**
 * End (exclusive) of the complement that starts at `from`: the end of its clause, at a clause
 * boundary, a comma, a linking conjunction, or "and"/"or" that begins a new clause with its own
 * subject and verb ("offered to pay, and the US agreed").
 */
function complementEnd(view: SentenceView, from: number): number {
  const toks = view.toks;
  for (let j = from; j < toks.length; j++) {
    const t = toks[j]!;
    if (view.isBoundary(j) || t.text === ',' || CLAUSE_LINKS.has(t.lower)) return j;
    if ((t.lower === 'and' || t.lower === 'or') && startsClause(view, j + 1)) return j;
  }
  return toks.length;
}

/** Does a clause with its own subject start at k ("the US paid", "he has agreed")? */
function startsClause(view: SentenceView, k: number): boolean {
  const toks = view.toks;
  let j = k;
  while (j < toks.length && j < k + 6 && /^(DET|ADJ|NUM|NOUN|PROPN|PRON)$/.test(toks[j]!.pos)) j++;
  if (j === k) return false;
  const next = toks[j];
  return !!next && (next.pos === 'AUX' || next.pos === 'VERB') && next.lower !== 'to';
}
