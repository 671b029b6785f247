/**
 * Corpus mode through the real CLI, without Neo4j: a folder with good and bad
 * articles builds what it can, names what it skipped, and exits 3.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { BuildSummary } from '@news-kg/cli';
import type { KgDocument } from '@news-kg/schema';
import { DW_FILE, kg, ROOT } from './kg';

const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

describe('kg build on a folder (no Neo4j)', () => {
  it('skips the bad articles, keeps the good ones, merges shared entities and exits 3', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kg-corpus-cli-'));
    dirs.push(dir);
    const corpus = join(dir, 'corpus');
    mkdirSync(corpus);
    copyFileSync(DW_FILE, join(corpus, 'a-dw.txt'));
    copyFileSync(
      join(ROOT, 'data/articles/2025-04-09-chile-supreme-court-strikes-down-expulsion-decree.txt'),
      join(corpus, 'b-chile.txt'),
    );
    writeFileSync(join(corpus, 'c-binary.txt'), Buffer.from([0, 159, 146, 150]));
    writeFileSync(join(corpus, 'd-empty.txt'), '   \n');
    const run = await kg(['build', corpus, '--no-neo4j', '--out', join(dir, 'out'), '--json']);
    expect(run.code, run.stderr).toBe(3);
    const summary = JSON.parse(run.stdout) as BuildSummary;
    expect(summary.name).toBe('corpus');
    expect(summary.articles.extracted).toBe(2);
    expect(summary.articles.failed.map((f) => f.input.split('/').pop())).toEqual([
      'c-binary.txt',
      'd-empty.txt',
    ]);
    expect(summary.exitCode).toBe(3);
    expect(summary.counts.entities.shared).toBeGreaterThanOrEqual(1);
    // Plain progress lines (stdout is not a terminal): one per article with rate and ETA.
    const lines = run.stderr.split('\n').filter((l) => /^\[\d\/4\]/.test(l));
    expect(lines).toHaveLength(4);
    for (const l of lines) expect(l).toMatch(/articles\/s, ETA/);
    const doc = JSON.parse(readFileSync(summary.files.json, 'utf8')) as KgDocument;
    expect(doc.documents).toHaveLength(2);
    const ids = doc.entities.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    const tda = doc.entities.find((e) => e.name === 'Tren de Aragua')!;
    expect(new Set(tda.mentions.map((m) => m.documentId)).size).toBe(2);
  }, 120_000);

  it('exits 1 with one line when nothing can be read', async () => {
    const run = await kg(['build', '/nonexistent/article.txt', '--no-neo4j', '--out', tmpdir()]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^error: \/nonexistent\/article\.txt: .*\(.*\)$/m);
    expect(run.stderr).not.toMatch(/at .*\.ts:\d+/);
  }, 60_000);

  it('an unreachable Neo4j ends the build with one line naming the fix and --no-neo4j', async () => {
    const run = await kg(['build', DW_FILE, '--out', tmpdir()], {
      ...process.env,
      NEO4J_URI: 'bolt://127.0.0.1:1',
    });
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n').pop()).toBe(
      'error: cannot reach Neo4j at bolt://127.0.0.1:1 (check NEO4J_URI and that the server is running; or build without Neo4j: --no-neo4j)',
    );
  }, 60_000);

  it('builds an article from an http URL, named after its last path segment', async () => {
    const html = `<!doctype html><html><head><title>Venezuela rejects US crime gang accusations as slur</title></head><body><article>${readFileSync(
      DW_FILE,
      'utf8',
    )
      .split('\n')
      .map((l) => `<p>${l.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`)
      .join('')}</article></body></html>`;
    const server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const port = (server.address() as AddressInfo).port;
      const dir = await mkdtemp(join(tmpdir(), 'kg-url-'));
      dirs.push(dir);
      const run = await kg([
        'build',
        `http://127.0.0.1:${port}/en/venezuela-story/a-72000000`,
        '--no-neo4j',
        '--out',
        dir,
        '--json',
      ]);
      expect(run.code, run.stderr).toBe(0);
      const summary = JSON.parse(run.stdout) as BuildSummary;
      expect(summary.name).toBe('a-72000000');
      expect(summary.counts.entities.byType.Person).toBeGreaterThanOrEqual(4);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  }, 60_000);

  it('has --help with the exit codes and examples', async () => {
    const run = await kg(['build', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('--no-neo4j');
    expect(run.stdout).toContain('Exit codes: 0 all built, 3');
  }, 60_000);
});
