import type { EntityType } from '@news-kg/schema';
import type { RelationCandidate } from '../model';

/**
 * "X was taken to Y Prison", "police drove him to Y jail": a person moved into a prison is held
 * there from then on, so the transfer also states HELD_IN, with the same stance and evidence.
 * Only for a person moved by a verb: "the transfer of 340 prisoners to Y" names a plan as often
 * as a fact, and a group moved may be spread over several prisons.
 */
export function heldAfterTransfer(
  candidates: readonly RelationCandidate[],
  typeOf: (key: string) => EntityType | undefined,
): RelationCandidate[] {
  return candidates
    .filter(
      (c) =>
        c.predicate === 'TRANSFERRED_TO' &&
        c.rule !== 'frame-deportation-of' &&
        typeOf(c.subject) === 'Person' &&
        typeOf(c.object) === 'Prison',
    )
    .map((c) => ({ ...c, predicate: 'HELD_IN', rule: 'held-after-transfer', date: null }));
}
