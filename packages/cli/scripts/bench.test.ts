import { describe, expect, it } from 'vitest';
import { parseFigures } from './bench';
import { detokenize } from './bench-corpus';

describe('parseFigures', () => {
  it('reads a final JSON array of result rows', () => {
    const out =
      'some text\n\n[{"size":10000,"loader":"batched","seconds":1.234,"relPerSecond":8100}]\n';
    expect(parseFigures(out)).toEqual([
      { name: '10000 · batched', value: 'seconds 1.23, relPerSecond 8100' },
    ]);
  });

  it('flattens a JSON object line', () => {
    expect(parseFigures('{"articles":5,"perArticle":{"ms":12.5}}')).toEqual([
      { name: 'articles', value: '5' },
      { name: 'perArticle.ms', value: '12.5' },
    ]);
  });

  it('falls back to key: value lines, then to the last lines', () => {
    expect(parseFigures('articles/s: 3.5\nnoise\n')).toEqual([
      { name: 'articles/s', value: '3.5' },
    ]);
    expect(parseFigures('done\nall good\n')).toEqual([
      { name: 'output', value: 'done' },
      { name: 'output', value: 'all good' },
    ]);
  });
});

describe('detokenize', () => {
  it('puts CoNLL tokens back into readable text', () => {
    expect(
      detokenize(['Kevin', 'O', "'Brien", ',', 'a', 'spokesman', '(', 'he', 'said', ')', '.']),
    ).toBe("Kevin O'Brien, a spokesman (he said).");
    expect(detokenize(['It', 'is', "n't", '``', 'fine', "''", '.'])).toBe('It isn\'t "fine".');
  });
});

describe('parseFigures on pretty-printed JSON', () => {
  it('reads a JSON document that spans the last lines', () => {
    const out =
      'header\n[\n  {\n    "nodes": 1000,\n    "edges": 5000,\n    "layoutMs": 812.5\n  }\n]\n';
    expect(parseFigures(out)).toEqual([{ name: '1000 · 5000', value: 'layoutMs 812.50' }]);
  });
});

describe('writeDocFigures', () => {
  it('replaces only the figures between the markers', async () => {
    const { mkdtempSync, readFileSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const { writeDocFigures } = await import('./bench');
    const file = join(mkdtempSync(join(tmpdir(), 'kg-benchdoc-')), 'B.md');
    writeFileSync(file, '# B\n\nintro\n');
    const m = { cores: 2, memoryGiB: 24, cpu: 'X', node: 'v20' };
    const r = [
      {
        bench: 'build',
        command: 'pnpm bench:build',
        ok: true,
        wallS: 5,
        figures: [{ name: 'a|b', value: '1' }],
      },
    ];
    writeDocFigures(file, m, r, new Date('2026-01-01T10:00:00Z'));
    writeDocFigures(file, m, [{ ...r[0]!, wallS: 7 }], new Date('2026-01-01T10:00:00Z'));
    const text = readFileSync(file, 'utf8');
    expect(text.startsWith('# B\n\nintro\n\n<!-- bench:begin')).toBe(true);
    expect(text.match(/bench:begin/g)).toHaveLength(1);
    expect(text).toContain('| build | `pnpm bench:build` | wall time (s) | 7 |');
    expect(text).toContain('| | | a\\|b | 1 |');
    expect(text).toContain('2026-01-01 10:00 UTC on 2 cores');
  });
});

describe('errorLine', () => {
  it('finds the error in a crashed benchmark’s stderr', async () => {
    const { errorLine } = await import('./bench');
    const stderr =
      "node:internal/modules/run_main:123\n    triggerUncaughtException(\n    ^\n\npage.waitForFunction: Timeout 120000ms exceeded.\n    at x (a.ts:93:18) {\n  name: 'TimeoutError'\n}\n\nNode.js v20.20.2\n";
    expect(errorLine(stderr)).toBe('page.waitForFunction: Timeout 120000ms exceeded.');
    expect(errorLine('boom\nNode.js v20.1.0\n')).toBe('boom');
  });
});
