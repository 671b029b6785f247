import type { MentionRec } from '../model';
import type { Sentence } from '../nlp/types';
import type { Token } from '../nlp/types';
import type { EntityRegistry } from './registry';

/**
 * Whether the qualifier of "Lyon, France" ends at `end`: punctuation or the sentence's end
 * follows, and it is not a list ("in Marbella, Estepona, and Madrid").
 */
export function closesQualifiedPlace(toks: readonly Token[], end: number): boolean {
  const closer = toks[end];
  if (!closer) return true;
  if (!/^[,.;:()_—–-]$/.test(closer.text)) return false;
  return !(closer.text === ',' && /^(and|or)$/.test(toks[end + 1]?.lower ?? ''));
}

/**
 * "Tupelo, Miss.", "Lyon, France", "Orange County, Virginia": a place qualified by the state,
 * region or country after a comma is one name of that place. The qualified form becomes an
 * alias of the inner place (which keeps its own canonical name); the LOCATED_IN edge between
 * the two comes from the dateline rule in relations/appositions. Likewise a court qualified by
 * its seat ("the Regional Court in Warsaw") is known by that name too.
 */
export function addQualifiedPlaceAliases(
  sentences: readonly Sentence[],
  mentions: readonly MentionRec[][],
  registry: EntityRegistry,
  text: string,
): void {
  for (const s of sentences) {
    const ms = mentions[s.index];
    if (!ms || ms.length < 2) continue;
    const toks = s.tokens;
    for (const m of ms) {
      if (m.type !== 'Place' || !m.key || m.kind === 'demonym' || m.kind === 'pronoun') continue;
      if (toks[m.to]?.text !== ',') continue;
      const outer = ms.find((o) => o.from === m.to + 1);
      if (
        !outer ||
        outer.kind === 'demonym' ||
        (outer.type !== 'Place' && outer.type !== 'Country')
      )
        continue;
      if (!closesQualifiedPlace(toks, outer.to)) continue;
      const rec = registry.get(m.key);
      if (!rec) continue;
      const surface = text.slice(toks[m.from]!.start, toks[outer.to - 1]!.end);
      if (surface !== rec.name) rec.aliases.add(surface);
    }
    // "the Regional Court in Warsaw": a court named with its seat is also known by that longer name
    for (const m of ms) {
      if (m.type !== 'Court' || m.kind !== 'name' || !m.key || toks[m.to]?.lower !== 'in') continue;
      const seat = ms.find(
        (o) => o.from === m.to + 1 && o.type === 'Place' && o.kind !== 'demonym',
      );
      const rec = seat && registry.get(m.key);
      if (!seat || !rec) continue;
      rec.aliases.add(
        `${rec.name} in ${text.slice(toks[seat.from]!.start, toks[seat.to - 1]!.end)}`,
      );
    }
  }
}
