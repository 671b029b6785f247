import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alternatives, FRAME_TRIGGERS } from './frames';

describe('frame trigger words', () => {
  it('hold every word the frame loop tests', () => {
    const source = readFileSync(new URL('./frames.ts', import.meta.url), 'utf8');
    const loop = source.slice(source.indexOf('if (!FRAME_TRIGGERS.has(w)'));
    const words = new Set<string>();
    for (const m of loop.matchAll(/\/(\^[^/]*\$)\/\.test\(w\)/g))
      for (const w of alternatives(new RegExp(m[1]!))) words.add(w);
    for (const m of loop.matchAll(/\bw === '([^']+)'/g)) words.add(m[1]!);
    for (const m of loop.matchAll(/\b([A-Z_]+)\.test\(w\)/g)) words.add(`<${m[1]}>`);
    expect(words.size).toBeGreaterThan(40);
    const missing = [...words].filter((w) => !w.startsWith('<') && !FRAME_TRIGGERS.has(w));
    expect(missing).toEqual([]);
    const lists = [...words].filter((w) => w.startsWith('<')).sort();
    expect(lists).toEqual(['<DETAINED_HEADS>', '<MEMBER_NOUNS>', '<STAFF_NOUNS>', '<SUIT_NOUNS>']);
  });
});
