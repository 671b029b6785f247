import type { MentionRec } from '../model';
import type { SentenceView } from './sentence-view';
import type { KeyOf } from './svo';
import type { RawRelation } from './types';

/** Nouns for a relative. The ontology has no family predicate, so kin are RELATED_TO. */
const KIN =
  /^(wife|husband|son|daughter|father|mother|brother|sister|uncle|aunt|nephew|niece|cousin|grandson|granddaughter|grandfather|grandmother|widow|widower|stepson|stepdaughter|stepfather|stepmother|fiancé|fiancée|fiance|fiancee)$/;

/**
 * Relatives named through a kin noun, read as RELATED_TO from the relative to the person
 * whose relative they are, with the noun kept as `relation`:
 * - "His wife, Ana Ruiz, …", "Lee's mother, Ana Ruiz, …", "her husband Tomas Rek";
 * - "Ana Ruiz, his wife, …", "Ana Ruiz, Lee's mother, …";
 * - "Ana Ruiz, the mother of Ian Lee, …".
 */
export function kinshipRelations(
  view: SentenceView,
  keyOf: KeyOf,
  /** Another person of the article who shares the person's family name, if exactly one. */
  namesake: (person: string) => string | undefined = () => undefined,
): RawRelation[] {
  const out: RawRelation[] = [];
  const toks = view.toks;
  // (most sentences name no relative: leave before the helpers are built)
  if (!toks.some((t) => t.pos === 'NOUN' && KIN.test(t.lower))) return out;
  const person = (m: MentionRec | undefined): m is MentionRec =>
    !!m?.key && view.typeOf(m.key) === 'Person';
  const push = (relative: MentionRec, anchor: MentionRec, k: number): void => {
    const s = keyOf(relative);
    // "His wife, Ana Ruiz": "his" may be taken for the wrong man; a relative who shares a
    // family name with one person of the article is that person's
    const o = (anchor.kind === 'pronoun' && s ? namesake(s) : undefined) ?? keyOf(anchor);
    if (!s || !o || s === o) return;
    out.push({
      subject: s,
      predicate: 'RELATED_TO',
      object: o,
      sent: view.sentence.index,
      from: Math.min(relative.from, anchor.from),
      to: Math.max(relative.to, anchor.to, k + 1),
      trigger: k,
      rule: 'kinship',
      confidence: 0.75,
      static: true,
      qualifiers: { relation: toks[k]!.lower },
    });
  };
  for (let k = 0; k < toks.length; k++) {
    if (toks[k]!.pos !== 'NOUN' || !KIN.test(toks[k]!.lower)) continue;
    const owned = view.ownerOfNoun(k);
    if (owned && person(owned.owner)) {
      // "His wife, Ana Ruiz," / "her husband Tomas Rek"
      const at = toks[k + 1]?.text === ',' ? k + 2 : k + 1;
      const named = view.mentionAt(at);
      if (person(named) && named.from === at && named.kind !== 'pronoun') {
        push(named, owned.owner, k);
        continue;
      }
      // "Ana Ruiz, his wife,": the name before the apposition
      const before =
        toks[owned.from - 1]?.text === ',' ? view.mentionEndingAt(owned.from - 2) : undefined;
      if (person(before) && before.kind !== 'pronoun') push(before, owned.owner, k);
      continue;
    }
    // "Ana Ruiz, the mother of Ian Lee,"
    if (toks[k + 1]?.lower === 'of' && /^(the|a)$/.test(toks[k - 1]?.lower ?? '')) {
      const anchor = view.mentionAt(toks[k + 2]?.pos === 'DET' ? k + 3 : k + 2);
      const named = toks[k - 2]?.text === ',' ? view.mentionEndingAt(k - 3) : undefined;
      if (person(anchor) && person(named) && named.kind !== 'pronoun') push(named, anchor, k);
    }
  }
  return out;
}
