import type { MentionRec } from '../model';
import { isKnownPlace, townPopulation } from '../lexicon/places';
import type { SentenceView } from './sentence-view';
import type { KeyOf } from './svo';
import type { RawRelation } from './types';

/**
 * Nouns for a part of a country or a city. A place named as one of them, with
 * the country or city that owns it, lies in that country or city.
 */
export const DIVISION_NOUNS =
  /^(capital|city|town|village|district|province|state|region|department|county|municipality|republic|prefecture|governorate|oblast|suburb|neighbourhood|neighborhood|island|commune|canton|territory|enclave|borough|township)$/;

const POSSESSIVE = /^['’]s?$/;

/**
 * LOCATED_IN between places stated through a division noun:
 * - "the Peruvian capital, Lima", "Haiti's capital, Port-au-Prince",
 *   "the Russian republic of Mordovia", "Colombia's southern department of Caquetá";
 * - "Abuja's Maitama district", "Guatemala's western Huehuetenango department",
 *   "the Lekki district of Lagos";
 * - "Lima, the Peruvian capital", "Kano, Nigeria's second city".
 * ("X, the capital of Y" is an apposition, read by the apposition rules.)
 */
export function divisionRelations(view: SentenceView, keyOf: KeyOf): RawRelation[] {
  const out: RawRelation[] = [];
  const toks = view.toks;
  const isPlace = (m: MentionRec | undefined, demonymOk = false): m is MentionRec =>
    !!m?.key &&
    (m.kind !== 'demonym' || demonymOk) &&
    m.kind !== 'pronoun' &&
    /^(Place|Country)$/.test(view.typeOf(m.key) ?? '');
  const push = (
    inner: MentionRec,
    outer: MentionRec,
    from: number,
    to: number,
    trigger: number,
  ) => {
    const s = keyOf(inner);
    const o = keyOf(outer);
    if (!s || !o || s === o || view.typeOf(s) !== 'Place') return;
    out.push({
      subject: s,
      predicate: 'LOCATED_IN',
      object: o,
      sent: view.sentence.index,
      from,
      to,
      trigger,
      rule: 'division-location',
      confidence: 0.75,
      static: true,
    });
  };
  // a description mention over the division noun ("Nigeria's second city") is no name
  const named = (k: number): boolean => {
    const m = view.mentionAt(k);
    return !!m && m.kind !== 'description';
  };
  /** The owner whose possessive or demonym ends right before k: "Haiti's", "the Peruvian". */
  const ownerBefore = (k: number): MentionRec | undefined => {
    if (POSSESSIVE.test(toks[k - 1]?.text ?? '')) {
      const m = view.mentionEndingAt(k - 2);
      return isPlace(m) ? m : undefined;
    }
    const m = view.mentionEndingAt(k - 1);
    return isPlace(m, true) &&
      m.kind === 'demonym' &&
      /^(a|an|the)$/.test(toks[m.from - 1]?.lower ?? '')
      ? m
      : undefined;
  };
  for (let k = 0; k < toks.length; k++) {
    if (!DIVISION_NOUNS.test(toks[k]!.lower) || toks[k]!.pos !== 'NOUN') continue;
    let a = k;
    while (a > 0 && toks[a - 1]!.pos === 'ADJ' && !named(a - 1)) a--;
    const owner = ownerBefore(a);
    if (owner) {
      // "the Peruvian capital, Lima", "the Russian republic of Mordovia"
      const j = toks[k + 1]?.text === ',' || toks[k + 1]?.lower === 'of' ? k + 2 : -1;
      const inner = j > 0 ? view.mentionAt(j) : undefined;
      if (isPlace(inner) && inner.from === j) push(inner, owner, owner.from, inner.to, k);
      // "Lima, the Peruvian capital": the apposition closes the phrase
      const start = owner.kind === 'demonym' ? owner.from - 1 : owner.from;
      const before = toks[start - 1]?.text === ',' ? view.mentionEndingAt(start - 2) : undefined;
      const closer = toks[k + 1];
      if (isPlace(before) && (!closer || /^[,.;:)—–]$/.test(closer.text)))
        push(before, owner, before.from, k + 1, k);
      // "in the Belgian capital", "Haiti's capital remains …": the capital the phrase
      // stands for (coreference found it) lies in its country
      const capital = view.mentionAt(k);
      if (toks[k]!.lower === 'capital' && a === k && capital?.kind === 'description')
        push(capital, owner, owner.from, k + 1, k);
    }
    // "Abuja's Maitama district", "Guatemala's western Huehuetenango department"
    const inner = view.mentionEndingAt(k - 1);
    if (isPlace(inner) && inner.kind !== 'demonym') {
      let b = inner.from;
      while (b > 0 && toks[b - 1]!.pos === 'ADJ' && !named(b - 1)) b--;
      const possessor = POSSESSIVE.test(toks[b - 1]?.text ?? '')
        ? view.mentionEndingAt(b - 2)
        : undefined;
      if (isPlace(possessor)) push(inner, possessor, possessor.from, k + 1, k);
      // "the Lekki district of Lagos", "the Lima district of Miraflores": the larger town
      // holds the other; "the Stockholm suburb of Solna", "the Copperbelt city of Kitwe": the
      // place after "of" lies in the one before (not "the Andean town of X", where the word
      // before the noun only describes the town)
      const of = toks[k + 1]?.lower === 'of' ? view.mentionAt(k + 2) : undefined;
      if (isPlace(of) && of.from === k + 2 && /^(the|a)$/.test(toks[b - 1]?.lower ?? '')) {
        const noun = toks[k]!.lower;
        if (/^(district|borough|township)$/.test(noun)) {
          const size = (m: MentionRec): number => townPopulation(m.name) ?? 0;
          if (size(inner) > size(of)) push(of, inner, inner.from, of.to, k);
          else push(inner, of, inner.from, of.to, k);
        } else if (
          /^(suburb|neighbourhood|neighborhood|city|town|village)s?$/.test(noun) &&
          // ("the Black Sea city of X", "the Andean town of X": a sea or a landscape describes
          // where the town is, it does not hold it)
          (isKnownPlace(inner.name) || view.typeOf(inner.key!) === 'Country')
        )
          push(of, inner, inner.from, of.to, k);
      }
    }
  }
  return out;
}
