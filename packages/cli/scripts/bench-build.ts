/**
 * End-to-end build benchmark: `kg build` on a corpus of 100+ articles (data/articles/ plus
 * CoNLL04 pseudo-articles), run as the user runs it, in a child process.
 *
 *   pnpm bench:build [--articles 120] [--group 10] [--jobs N] [--no-neo4j] [--serial] [--keep] [--json]
 *
 * Runs: (1) a cold build with --force (extract on all cores, load, export, render);
 * (2) the same build again, when every article is already loaded (the skip path);
 * (3) with --serial, extraction on one thread (--no-neo4j) for the parallel speed-up.
 * Afterwards the benchmark's articles are unloaded from Neo4j (unless --keep).
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { openDriver, repoRoot, resolveConnection, unloadArticles } from '@news-kg/neo4j';
import type { KgDocument } from '@news-kg/schema';
import type { BuildSummary } from '../src/commands/build';
import { writeBenchCorpus, type CorpusInfo } from './bench-corpus';

const run = promisify(execFile);

export interface BuildRun {
  label: string;
  wallMs: number;
  exitCode: number;
  summary: BuildSummary;
}

export interface BuildBenchResult {
  name: 'build';
  corpus: Omit<CorpusInfo, 'dir'>;
  cores: number;
  runs: BuildRun[];
  metrics: Record<string, number | string>;
}

async function kgBuild(
  args: string[],
): Promise<{ wallMs: number; exitCode: number; summary: BuildSummary }> {
  const started = performance.now();
  const tsx = join(repoRoot(), 'node_modules', '.bin', 'tsx');
  try {
    const { stdout } = await run(
      tsx,
      [join(repoRoot(), 'packages/cli/src/main.ts'), 'build', ...args, '--json'],
      {
        cwd: repoRoot(),
        maxBuffer: 256 * 1024 * 1024,
        env: process.env,
      },
    );
    return {
      wallMs: performance.now() - started,
      exitCode: 0,
      summary: JSON.parse(stdout) as BuildSummary,
    };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    // Exit 3 (some articles skipped) still prints the summary.
    if (e.code === 3 && e.stdout) {
      return {
        wallMs: performance.now() - started,
        exitCode: 3,
        summary: JSON.parse(e.stdout) as BuildSummary,
      };
    }
    throw new Error(
      `kg build failed (exit ${e.code}): ${e.stderr?.split('\n').slice(-5).join('\n')}`,
      { cause: error },
    );
  }
}

async function loadedArticleIds(): Promise<Set<string>> {
  const conn = resolveConnection();
  const driver = await openDriver(conn);
  try {
    const res = await driver.executeQuery(
      'MATCH (a:Article) RETURN a.id AS id',
      {},
      {
        database: conn.database,
      },
    );
    return new Set(res.records.map((r) => r.get('id') as string));
  } finally {
    await driver.close();
  }
}

export async function benchBuild(options: {
  articles?: number;
  group?: number;
  jobs?: number;
  neo4j?: boolean;
  serial?: boolean;
  keep?: boolean;
  log?: (line: string) => void;
}): Promise<BuildBenchResult> {
  const log = options.log ?? ((line: string) => void process.stderr.write(`${line}\n`));
  const work = await mkdtemp(join(tmpdir(), 'kg-bench-build-'));
  const neo4j = options.neo4j ?? true;
  try {
    const corpus = await writeBenchCorpus(repoRoot(), join(work, 'corpus'), {
      target: options.articles ?? 120,
      group: options.group ?? 10,
    });
    log(
      `corpus: ${corpus.articles} articles (${corpus.realArticles} real, ${corpus.pseudoArticles} CoNLL04 pseudo-articles of ${options.group ?? 10} sentences), ${(corpus.bytes / 1024).toFixed(0)} KiB`,
    );
    const base = [corpus.dir, '--out', join(work, 'out'), '--name', 'bench'];
    if (options.jobs) base.push('--jobs', String(options.jobs));
    if (!neo4j) base.push('--no-neo4j');
    const runs: BuildRun[] = [];
    // Articles a person had loaded before stay loaded afterwards.
    const before = neo4j ? await loadedArticleIds() : new Set<string>();

    log('run 1: cold build (--force)…');
    runs.push({
      label: neo4j ? 'cold build (--force)' : 'build (--no-neo4j)',
      ...(await kgBuild([...base, '--force'])),
    });
    if (neo4j) {
      log('run 2: rebuild, everything already loaded…');
      runs.push({ label: 'rebuild, all loaded', ...(await kgBuild(base)) });
    }
    if (options.serial) {
      log('run 3: one extraction thread (--jobs 1 --no-neo4j)…');
      runs.push({
        label: 'one thread (--no-neo4j)',
        ...(await kgBuild([
          corpus.dir,
          '--out',
          join(work, 'out'),
          '--name',
          'serial',
          '--jobs',
          '1',
          '--no-neo4j',
        ])),
      });
    }

    const cold = runs[0]!;
    const s = cold.summary;
    const metrics: Record<string, number | string> = {
      articles: corpus.articles,
      'articles failed': s.articles.failed.length,
      entities: s.counts.entities.total,
      relations: s.counts.relations.total,
      workers: s.workers,
      'cold build wall s': +(cold.wallMs / 1000).toFixed(1),
      'extract s': +(s.timings.extractMs / 1000).toFixed(1),
      'extract articles/s': +(corpus.articles / (s.timings.extractMs / 1000)).toFixed(2),
      'load s': +(s.timings.loadMs / 1000).toFixed(1),
      'export s': +(s.timings.exportMs / 1000).toFixed(1),
      'render s': +(s.timings.renderMs / 1000).toFixed(1),
    };
    const warm = runs.find((r) => r.label.startsWith('rebuild'));
    if (warm) {
      metrics['rebuild wall s'] = +(warm.wallMs / 1000).toFixed(1);
      const w = warm.summary.timings;
      metrics['rebuild extract / load / export / render s'] = [
        w.extractMs,
        w.loadMs,
        w.exportMs,
        w.renderMs,
      ]
        .map((ms) => (ms / 1000).toFixed(1))
        .join(' / ');
      metrics['rebuild skipped as loaded'] = warm.summary.articles.unchanged;
    }
    const serial = runs.find((r) => r.label.startsWith('one thread'));
    if (serial) {
      metrics['1-thread extract s'] = +(serial.summary.timings.extractMs / 1000).toFixed(1);
      // With `workers` 0 both runs used one thread and this ratio is only noise.
      metrics['extract time, --jobs 1 / default'] = +(
        serial.summary.timings.extractMs / s.timings.extractMs
      ).toFixed(2);
    }

    if (neo4j && !options.keep) {
      const doc = JSON.parse(readFileSync(s.files.json, 'utf8')) as KgDocument;
      const conn = resolveConnection();
      const driver = await openDriver(conn);
      try {
        const ids = doc.documents.map((d) => d.id).filter((id) => !before.has(id));
        const stats = await unloadArticles(driver, ids, { database: conn.database });
        log(
          `unloaded the ${stats.removed.length} benchmark articles from Neo4j (${doc.documents.length - ids.length} were loaded before and stay)`,
        );
      } finally {
        await driver.close();
      }
    }
    const { dir: _dir, ...corpusInfo } = corpus;
    return { name: 'build', corpus: corpusInfo, cores: availableParallelism(), runs, metrics };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string' },
      group: { type: 'string' },
      jobs: { type: 'string' },
      'no-neo4j': { type: 'boolean', default: false },
      serial: { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    },
  });
  const result = await benchBuild({
    ...(values.articles ? { articles: Number(values.articles) } : {}),
    ...(values.group ? { group: Number(values.group) } : {}),
    ...(values.jobs ? { jobs: Number(values.jobs) } : {}),
    neo4j: !values['no-neo4j'],
    serial: values.serial,
    keep: values.keep,
  });
  if (values.json) process.stdout.write(`${JSON.stringify(result)}\n`);
  else {
    const width = Math.max(...Object.keys(result.metrics).map((k) => k.length));
    for (const [k, v] of Object.entries(result.metrics))
      process.stdout.write(`${k.padEnd(width)}  ${v}\n`);
  }
}
