import type { MentionRec } from '../model';
import { subjectOf } from './clauses';
import type { SentenceView } from './sentence-view';
import type { KeyOf } from './svo';
import type { RawRelation } from './types';

/** Nouns for a prosecution. */
const CHARGE_NOUNS = /^(charges?|indictment|indictments|case|cases|prosecution)$/;
/** Participles that say who brought it: "charges brought / filed / laid by X". */
const BRINGING = new Set(['bring', 'file', 'lay', 'press', 'lodge', 'level']);
/** Who can prosecute. */
const PROSECUTORS = new Set(['Government', 'Country', 'Court', 'Person', 'Organization']);

/**
 * "X was convicted on charges brought by Y", "X faces charges filed by Y", "the case against X
 * brought by Y": Y CHARGED X, and Y INVOKED the law the charges were brought under (even when
 * the accused is not named: "both men were convicted on charges brought by Y under the Z Act").
 */
export function chargeRelations(view: SentenceView, keyOf: KeyOf): RawRelation[] {
  const out: RawRelation[] = [];
  const toks = view.toks;
  const sent = view.sentence.index;
  for (let n = 0; n < toks.length; n++) {
    if (toks[n]!.pos !== 'NOUN' || !CHARGE_NOUNS.test(toks[n]!.lower)) continue;
    // "charges against X brought by Y"
    let k = n + 1;
    let against: MentionRec | undefined;
    if (toks[k]?.lower === 'against') {
      against = view.keyed.find((m) => m.from > k && m.from <= k + 2);
      if (!against) continue;
      k = against.to;
    }
    const participle = toks[k];
    if (!participle || participle.pos !== 'VERB' || !BRINGING.has(participle.lemma)) continue;
    if (toks[k + 1]?.lower !== 'by') continue;
    const agent = view.keyed.find((m) => m.from > k + 1 && m.from <= k + 3);
    const ak = keyOf(agent);
    if (!agent || !ak || !PROSECUTORS.has(view.typeOf(ak) ?? '')) continue;
    const patient = against ?? subjectOf(view, n).mention;
    const pk = keyOf(patient);
    const rel = (predicate: 'CHARGED' | 'INVOKED', object: string, to: number): RawRelation => ({
      subject: ak,
      predicate,
      object,
      sent,
      from: Math.min(patient?.from ?? n, n),
      to,
      trigger: k,
      rule: 'charges-brought-by',
      confidence: 0.65,
      event: true,
      qualifiers: { verb: participle.lemma },
    });
    if (pk && pk !== ak) out.push(rel('CHARGED', pk, agent.to));
    // "… brought by Y (ABC) under the X Act and the Z Code"
    let u = agent.to;
    if (toks[u]?.text === '(' && toks[u + 2]?.text === ')') u += 3;
    if (toks[u]?.lower !== 'under') continue;
    for (let j = u + 1; j < Math.min(toks.length, u + 14); j++) {
      const law = view.mentionAt(j);
      const lk = keyOf(law);
      if (law && lk && view.typeOf(lk) === 'Law') {
        out.push(rel('INVOKED', lk, law.to));
        j = law.to - 1;
        continue;
      }
      if (!/^(the|and|,|of)$/.test(toks[j]!.lower)) break;
    }
  }
  return out;
}
