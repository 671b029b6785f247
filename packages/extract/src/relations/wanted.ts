import { subjectOf } from './clauses';
import type { SentenceView } from './sentence-view';
import type { KeyOf } from './svo';
import type { RawRelation } from './types';

/**
 * "X, who is wanted on drug charges in the United States", "Y, a businessman wanted in Germany
 * on fraud charges": the state that wants someone on charges has CHARGED them.
 */
export function wantedRelations(view: SentenceView, keyOf: KeyOf): RawRelation[] {
  const out: RawRelation[] = [];
  const toks = view.toks;
  for (let w = 0; w < toks.length; w++) {
    if (toks[w]!.lower !== 'wanted' || toks[w - 1]?.lower === 'had') continue;
    let state: ReturnType<SentenceView['mentionAt']>;
    let charges = false;
    for (let j = w + 1; j < Math.min(toks.length, w + 10); j++) {
      if (view.isBoundary(j) || (toks[j]!.pos === 'VERB' && j > w + 1)) break;
      if (/^charges?$/.test(toks[j]!.lower)) charges = true;
      if (/^(in|by)$/.test(toks[j]!.lower) && !state) {
        const m = view.keyed.find((x) => x.from > j && x.from <= j + 2);
        if (m && /^(Country|Government)$/.test(view.typeOf(m.key!) ?? '')) state = m;
      }
    }
    if (!state || !charges) continue;
    const patient = appositionHead(view, w) ?? subjectOf(view, w).mention;
    const pk = keyOf(patient);
    const sk = keyOf(state);
    if (!patient || !pk || !sk || pk === sk || view.typeOf(pk) !== 'Person') continue;
    out.push({
      subject: sk,
      predicate: 'CHARGED',
      object: pk,
      sent: view.sentence.index,
      from: Math.min(patient.from, w),
      to: state.to,
      trigger: w,
      rule: 'wanted-on-charges',
      confidence: 0.6,
      static: true,
      qualifiers: { verb: 'want' },
    });
  }
  return out;
}

/** "Y, a businessman wanted in …": the person an apposition before the participle describes. */
function appositionHead(view: SentenceView, w: number): ReturnType<SentenceView['mentionAt']> {
  let k = w - 1;
  while (k >= 0 && /^(NOUN|ADJ|DET|NUM)$/.test(view.toks[k]!.pos) && w - k < 6) k--;
  if (k === w - 1 || view.toks[k]?.text !== ',') return undefined;
  const m = view.mentionEndingAt(k - 1);
  return m?.key && view.typeOf(m.key) === 'Person' ? m : undefined;
}
