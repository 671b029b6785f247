import type { MentionRec } from '../model';
import type { Sentence } from '../nlp/types';

/**
 * "Park has denied wrongdoing", "Young, 41, was arrested …": a sentence that opens with a word the
 * tagger reads as a common noun ("Park", "Young", "Hope") names a person when someone of that
 * family name was named in full earlier in the article and a verb or an apposition follows.
 * Recognition reads one sentence at a time and cannot know the earlier name, so the mention is
 * added here, before coreference resolves it to the full name.
 */
export function addInitialSurnames(sentences: readonly Sentence[], mentions: MentionRec[][]): void {
  const surnames = new Set<string>();
  sentences.forEach((s, si) => {
    const list = mentions[si] ?? [];
    const k = s.tokens[0] && /^["“‘']$/.test(s.tokens[0].text) ? 1 : 0;
    const t = s.tokens[k];
    const next = s.tokens[k + 1];
    if (
      t &&
      next &&
      surnames.has(t.text) &&
      !list.some((m) => m.from <= k && m.to > k) &&
      (/^(AUX|VERB)$/.test(next.pos) || next.text === ',')
    ) {
      list.push({
        sent: si,
        from: k,
        to: k + 1,
        type: 'Person',
        name: t.text,
        kind: 'name',
        rule: 'initial-surname',
        confidence: 0.6,
      });
      list.sort((a, b) => a.from - b.from || b.to - a.to);
      mentions[si] = list;
    }
    // (family names come first in some names, "Park Jae-hyun", and last in others)
    for (const m of list) {
      if (m.type !== 'Person' || m.kind !== 'name') continue;
      const words = m.name.split(' ');
      if (words.length < 2) continue;
      surnames.add(words[0]!);
      surnames.add(words.at(-1)!);
    }
  });
}
