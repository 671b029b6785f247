import type { SentenceView } from './sentence-view';
import type { KeyOf } from './svo';
import type { RawRelation } from './types';

const SUPPORTER_NOUNS = /^(supporters|followers|loyalists)$/;
const POSSESSIVE = /^['’]s?$/;

/**
 * A group named as someone's supporters supports them: "his supporters", "Petrov's supporters",
 * "the party's supporters" (coreference found the owner: `ownerOf`), "supporters of the Civic
 * Union Party". (A group named only by a modifier, "NDA supporters", is left alone: the
 * modifier may be a place or a cause.)
 */
export function supporterRelations(
  view: SentenceView,
  keyOf: KeyOf,
  ownerOf: (group: string) => string | undefined,
): RawRelation[] {
  const out: RawRelation[] = [];
  const toks = view.toks;
  for (let k = 0; k < toks.length; k++) {
    if (!SUPPORTER_NOUNS.test(toks[k]!.lower)) continue;
    const group = view.mentionAt(k);
    const gk = keyOf(group);
    if (!group || !gk || view.typeOf(gk) !== 'Group') continue;
    let owner = ownerOf(gk);
    let from = group.from;
    let to = group.to;
    if (!owner && toks[k + 1]?.lower === 'of') {
      const at = toks[k + 2]?.lower === 'the' ? k + 3 : k + 2;
      const m = view.mentionAt(at);
      if (m?.from === at) {
        owner = keyOf(m);
        to = m.to;
      }
    } else if (POSSESSIVE.test(toks[group.from - 1]?.text ?? '')) {
      from = view.mentionEndingAt(group.from - 2)?.from ?? from;
    }
    if (!owner || owner === gk || !/^(Person|Organization)$/.test(view.typeOf(owner) ?? ''))
      continue;
    out.push({
      subject: gk,
      predicate: 'SUPPORTED',
      object: owner,
      sent: view.sentence.index,
      from,
      to,
      trigger: k,
      rule: 'supporters-of',
      confidence: 0.65,
      static: true,
    });
  }
  return out;
}
