import type { MentionRec } from '../model';
import type { Sentence } from '../nlp/types';
import type { EntityRegistry } from './registry';

/**
 * "16 suspected members of Los Cuervos", "300 NDA members": a group is also known by its noun
 * phrase with the body that says whose members or supporters they are. The group's mention stops at
 * its head noun (the body after "of" has a mention of its own), so the longer form is added as an
 * alias of the group here.
 */
export function addGroupOfAliases(
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
      if (m.type !== 'Group' || m.kind !== 'group' || !m.key) continue;
      // "300 NDA members", "Unity Party supporters": the body named before the noun, and a number
      // before that
      const body = ms.find((o) => o.to === m.from && o.kind === 'name' && o.type !== 'Country');
      if (body && m.to - m.from === 1) {
        const from = toks[body.from - 1]?.pos === 'NUM' ? body.from - 1 : body.from;
        registry.get(m.key)?.aliases.add(text.slice(toks[from]!.start, toks[m.to - 1]!.end));
      }
      if (toks[m.to]?.lower !== 'of') continue;
      let j = m.to + 1;
      if (toks[j]?.lower === 'the') j++;
      const owner = ms.find((o) => o.from === j && o.kind === 'name');
      const rec = owner && registry.get(m.key);
      if (!owner || !rec) continue;
      // ("… of the Red Hand gang": the kind noun after the name belongs to the phrase)
      const end = /^(gang|cartel|clan|party|movement|group|militia|network)$/.test(
        toks[owner.to]?.lower ?? '',
      )
        ? owner.to + 1
        : owner.to;
      rec.aliases.add(text.slice(toks[m.from]!.start, toks[end - 1]!.end));
    }
  }
}
