import type { MentionRec } from '../model';
import { subjectOf } from '../relations/clauses';
import type { SentenceView } from '../relations/sentence-view';
import { isNegator } from './cues';

/**
 * Criticism said with an adjective or a noun instead of a verb: "X has been critical of Y",
 * "X, a vocal critic of Y,", "X said it was deeply concerned by the arrest", "X raised
 * concerns over the law". News reports reactions this way as often as with "criticised".
 */
export interface CriticismPhrase {
  /** The word that carries the criticism ("critical", "critic", "concerned", "concerns"). */
  trigger: number;
  /** Where what is criticised begins ("of Y": Y). */
  object: number;
  /** The one who criticises, when the phrase's own grammar names it. */
  subject?: MentionRec;
  /** "the government's critics": the criticised one stands before the noun. */
  possessor?: MentionRec;
}

/** Every word a criticism phrase can hang on (checked first: this runs on every token). */
const TRIGGERS =
  /^(critical|critics?|concerns?|dismayed|concerned|alarmed|appalled|disappointed|troubled|shocked|outraged|saddened|disturbed)$/;
/** Reactions that condemn what caused them: "deeply dismayed by the sentence". */
const REACTION =
  /^(dismayed|concerned|alarmed|appalled|disappointed|troubled|shocked|outraged|saddened|disturbed)$/;
const RAISING = /^(raise|express|voice|share|reiterate|register|flag)$/;
const CONCERN_PREPS = /^(about|over|at|regarding)$/;
const CRITIC = /^(critics?)$/;
const GRADING = /^(ADJ|ADV)$/;

/** A criticism phrase whose trigger is at k, or undefined. */
export function criticismPhrase(
  view: SentenceView,
  k: number,
  fits: (type: string) => boolean,
): CriticismPhrase | undefined {
  const toks = view.toks;
  const t = toks[k]!;
  const next = toks[k + 1]?.lower ?? '';
  if (!TRIGGERS.test(t.lower) || notBefore(view, k)) return undefined;
  // "has been (highly) critical of Y"
  if (t.lower === 'critical' && next === 'of') return { trigger: k, object: k + 2 };
  // "said it was deeply concerned by …", 'was "deeply dismayed" by the sentence'
  if (REACTION.test(t.lower)) {
    const by = /^["”’']$/.test(toks[k + 1]?.text ?? '') ? k + 2 : k + 1;
    if (!/^(by|at|over|about)$/.test(toks[by]?.lower ?? '')) return undefined;
    // (the subject is found from before an opening quote: 'she was "deeply dismayed"')
    let at = k;
    while (at > 0 && /^(ADV|PUNCT)$/.test(toks[at - 1]!.pos) && toks[at - 1]!.text !== ',') at--;
    const subject = subjectOf(view, at, fits).mention;
    return { trigger: k, object: by + 1, ...(subject ? { subject } : {}) };
  }
  // "raised (serious) concerns about …", "expressed concern over …"
  if (/^concerns?$/.test(t.lower) && CONCERN_PREPS.test(next)) {
    let v = k - 1;
    while (v >= 0 && GRADING.test(toks[v]!.pos)) v--;
    if (toks[v]?.pos !== 'VERB' || !RAISING.test(toks[v]!.lemma)) return undefined;
    const subject = subjectOf(view, v, fits).mention;
    return { trigger: k, object: k + 2, ...(subject ? { subject } : {}) };
  }
  if (!CRITIC.test(t.lower)) return undefined;
  // "the government's fiercest critics"
  let b = k - 1;
  while (b >= 0 && GRADING.test(toks[b]!.pos)) b--;
  if (/^['’]s$/.test(toks[b]?.text ?? '')) {
    const possessor = view.mentionEndingAt(b - 1);
    if (!possessor?.key) return undefined;
    return { trigger: k, object: k + 1, possessor, ...apposed(view, possessor.from - 1) };
  }
  if (next !== 'of') return undefined;
  // "X, a vocal critic of Y," names X just before the apposition
  return { trigger: k, object: k + 2, ...apposed(view, b) };
}

/**
 * "X, a (vocal) critic …", "X, one of the government's critics": the name before the comma
 * that opens the apposition; "X is a critic …": the copula's subject.
 */
function apposed(view: SentenceView, b: number): { subject?: MentionRec } {
  const toks = view.toks;
  let c = b;
  while (
    c >= 0 &&
    (/^(DET|ADJ|ADV|NUM)$/.test(toks[c]!.pos) ||
      /^(one|long-time|longtime)$/.test(toks[c]!.lower) ||
      (toks[c]!.lower === 'of' && toks[c - 1]?.lower === 'one'))
  )
    c--;
  const subject =
    toks[c]?.text === ','
      ? view.mentionEndingAt(c - 1)
      : toks[c]?.pos === 'AUX' || /^(be|become|remain)$/.test(toks[c]?.lemma ?? '')
        ? subjectOf(view, c).mention
        : undefined;
  return subject?.key ? { subject } : {};
}

/** "not critical of", "no concerns about", "never a critic of". */
function notBefore(view: SentenceView, k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 4); j--) {
    const w = view.toks[j]!;
    if (isNegator(w.lower) || w.lower === 'no') return true;
    if (!/^(ADV|ADJ|DET|AUX|PART)$/.test(w.pos)) return false;
  }
  return false;
}

const DRAWING = /^(draw|attract|prompt|spark|provoke|earn|trigger)$/;
const CRITICISM = /^(criticism|condemnation|rebuke|censure|outrage|protests?)$/;

/**
 * "The arrest drew (sharp) criticism from X and Y": the critics named after "from". The
 * act or party criticised is the clause's subject, which the caller resolves.
 */
export function drawnCritics(view: SentenceView, v: number): MentionRec[] {
  const toks = view.toks;
  if (toks[v]!.pos !== 'VERB' || !DRAWING.test(toks[v]!.lemma)) return [];
  let k = v + 1;
  while (k < v + 4 && GRADING.test(toks[k]?.pos ?? '')) k++;
  if (!CRITICISM.test(toks[k]?.lower ?? '') || toks[k + 1]?.lower !== 'from') return [];
  const critics: MentionRec[] = [];
  for (let j = k + 2; j < toks.length && !view.isBoundary(j);) {
    while (toks[j]?.pos === 'DET') j++;
    const m = view.mentionAt(j);
    if (!m?.key || view.isPossessor(m)) break;
    critics.push(m);
    j = m.to;
    if (!/^(,|and)$/.test(toks[j]?.lower ?? '')) break;
    j += toks[j + 1]?.lower === 'and' ? 2 : 1;
  }
  return critics;
}
