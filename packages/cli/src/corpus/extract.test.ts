// Corpus extraction with the real extractor in real worker threads.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { mergeDocuments, validateDocument } from '@news-kg/schema';
import { extractCorpus } from './extract';
import { expandInputs } from './inputs';
import type { ItemStatus } from './progress';

const ARTICLES = fileURLToPath(new URL('../../../../data/articles/', import.meta.url));
const DW = join(ARTICLES, 'dw-2025-03-21-venezuela-rejects-us-gang-accusations.txt');
const CHILE = join(ARTICLES, '2025-04-09-chile-supreme-court-strikes-down-expulsion-decree.txt');

describe('extractCorpus', () => {
  it('extracts on this thread and a worker, skips a bad article, keeps input order, reports each one', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kg-corpus-'));
    const bad = join(dir, 'bad.txt');
    await writeFile(bad, Buffer.from([0, 1, 2, 3]));
    const inputs = await expandInputs([DW, bad, CHILE]);
    const ticks: Array<[string, ItemStatus]> = [];
    const result = await extractCorpus(inputs, {
      jobs: 2,
      eagerWorkers: true, // the worker takes the first article before this thread starts
      progress: { tick: (item, status) => void ticks.push([item, status]), log() {}, stop() {} },
    });
    expect(result.workers).toBe(1);
    expect(result.extracted.map((e) => e.input.spec)).toEqual([DW, CHILE]);
    expect(result.failed).toHaveLength(1);
    expect(result.failed[0]!.input.spec).toBe(bad);
    expect(result.failed[0]!.error).toMatchObject({
      user: true,
      message: expect.stringMatching(/binary/),
    });
    expect(ticks.map(([, s]) => s).sort()).toEqual(['failed', 'ok', 'ok']);
    for (const e of result.extracted) expect(validateDocument(e.doc).ok).toBe(true);

    // The same corpus in one thread gives the same documents (extraction is deterministic).
    const serial = await extractCorpus(inputs, { jobs: 1 });
    expect(serial.workers).toBe(0);
    expect(serial.extracted.map((e) => e.doc)).toEqual(result.extracted.map((e) => e.doc));

    // Shared entities merge into one node with both articles' mentions.
    const merged = mergeDocuments(result.extracted.map((e) => e.doc));
    expect(validateDocument(merged).ok).toBe(true);
    expect(merged.documents).toHaveLength(2);
    const [a, b] = result.extracted.map((e) => new Set(e.doc.entities.map((x) => x.id)));
    const shared = [...a!].filter((id) => b!.has(id));
    expect(merged.entities).toHaveLength(new Set([...a!, ...b!]).size);
    expect(shared.length).toBeGreaterThan(0);
    for (const id of shared) {
      const entity = merged.entities.find((e) => e.id === id)!;
      expect(new Set(entity.mentions.map((m) => m.documentId)).size).toBe(2);
    }
  });

  it('reports articles whose content hash is loaded as unchanged, unless forced', async () => {
    const inputs = await expandInputs([DW]);
    const first = await extractCorpus(inputs, { jobs: 1 });
    const article = first.extracted[0]!.doc.documents[0]!;
    const loaded = new Map([[article.sha256, article.id]]);
    const again = await extractCorpus(inputs, { jobs: 1, loadedHashes: loaded });
    expect(again.extracted).toHaveLength(0);
    expect(again.unchanged).toEqual([
      { input: inputs[0], articleId: article.id, sha256: article.sha256 },
    ]);
    const forced = await extractCorpus(inputs, { jobs: 1, loadedHashes: loaded, force: true });
    expect(forced.extracted).toHaveLength(1);
    expect(forced.unchanged).toHaveLength(0);
  });
});

describe('workersPay', () => {
  it('starts workers only when the bytes left would take longer than a worker takes to start', async () => {
    const { workersPay, WORKER_STARTUP_MS } = await import('./extract');
    // 10 ms per KiB measured; 200 KiB left → 2 s: not worth a 3 s start-up.
    expect(workersPay(100, 10 * 1024, 200 * 1024, 3000)).toBe(false);
    // 2 MiB left → 20 s: worth it.
    expect(workersPay(100, 10 * 1024, 2 * 1024 * 1024, 3000)).toBe(true);
    expect(workersPay(100, 0, 1e9)).toBe(false);
    expect(WORKER_STARTUP_MS).toBeGreaterThan(1000);
  });
});
