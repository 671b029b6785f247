import type { MentionRec } from '../model';
import type { Sentence, Token } from '../nlp/types';
import type { EntityRegistry } from './registry';

/**
 * Longer names the text gives an entity around its mention, kept as aliases (the entity keeps its
 * canonical name):
 * - a place with its kind noun: "the Galle district", "Macuata province";
 * - a place qualified by its state, region or country after a comma: "Tupelo, Miss.", "Lyon,
 *   France" (the LOCATED_IN edge between the two comes from the dateline rule in
 *   relations/appositions);
 * - a court named with its seat: "the Regional Court in Warsaw";
 * - a group named with whose members or supporters it is: "16 suspected members of Los Cuervos",
 *   "300 NDA activists" (the group's mention stops at its head noun, since the body has a mention
 *   of its own).
 */
export function addLongerNameAliases(
  sentences: readonly Sentence[],
  mentions: readonly MentionRec[][],
  registry: EntityRegistry,
  text: string,
): void {
  for (const s of sentences) {
    const ms = mentions[s.index];
    if (!ms || ms.length < 2) continue;
    const toks = s.tokens;
    const span = (from: number, to: number): string =>
      text.slice(toks[from]!.start, toks[to - 1]!.end);
    for (const m of ms) {
      const rec = m.key ? registry.get(m.key) : undefined;
      if (!rec) continue;
      for (const alias of longerNames(m, rec.name, ms, toks, span))
        if (alias !== rec.name) rec.aliases.add(alias);
    }
  }
}

function longerNames(
  m: MentionRec,
  name: string,
  ms: readonly MentionRec[],
  toks: readonly Token[],
  span: (from: number, to: number) => string,
): string[] {
  if (m.type === 'Place' && m.kind !== 'demonym' && m.kind !== 'pronoun') {
    // "the southern Galle district", "Macuata province": the place with its kind noun
    const kind = toks[m.to];
    if (kind?.pos === 'NOUN' && PLACE_KINDS.test(kind.lower) && toks[m.to + 1]?.lower !== 'of')
      return [span(m.from, m.to + 1)];
    if (toks[m.to]?.text !== ',') return [];
    const outer = ms.find((o) => o.from === m.to + 1);
    if (!outer || outer.kind === 'demonym' || (outer.type !== 'Place' && outer.type !== 'Country'))
      return [];
    return closesQualifiedPlace(toks, outer.to) ? [span(m.from, outer.to)] : [];
  }
  if (m.type === 'Court' && m.kind === 'name' && toks[m.to]?.lower === 'in') {
    const seat = ms.find((o) => o.from === m.to + 1 && o.type === 'Place' && o.kind !== 'demonym');
    return seat ? [`${name} in ${span(seat.from, seat.to)}`] : [];
  }
  if (m.type === 'Group' && m.kind === 'group') {
    const out: string[] = [];
    // "300 NDA members", "Unity Party supporters": the body named before the noun, and a number
    // before that
    const body = ms.find((o) => o.to === m.from && o.kind === 'name' && o.type !== 'Country');
    if (body && m.to - m.from === 1)
      out.push(span(toks[body.from - 1]?.pos === 'NUM' ? body.from - 1 : body.from, m.to));
    if (toks[m.to]?.lower === 'of') {
      const j = toks[m.to + 1]?.lower === 'the' ? m.to + 2 : m.to + 1;
      const owner = ms.find((o) => o.from === j && o.kind === 'name');
      // ("… of the Red Hand gang": the kind noun after the name belongs to the phrase; the
      // phrase is also given without its count, "supporters of the X Party")
      if (owner) {
        const end = GROUP_KINDS.test(toks[owner.to]?.lower ?? '') ? owner.to + 1 : owner.to;
        out.push(span(m.from, end));
        if (m.to - 1 > m.from) out.push(span(m.to - 1, end));
      }
    }
    return out;
  }
  return [];
}

const PLACE_KINDS =
  /^(district|province|region|state|county|department|municipality|prefecture|governorate|delta|island|islands|valley|river|waterway|peninsula|coast|desert|mountains|neighbourhood|neighborhood|suburb|township|borough)$/;
const GROUP_KINDS = /^(gang|cartel|clan|party|movement|group|militia|network)$/;

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
