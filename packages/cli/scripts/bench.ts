/**
 * `pnpm bench`: every benchmark, one table. The package benchmarks (bench:extract,
 * bench:load, bench:viz, whichever exist in the root package.json) run as child
 * processes and their output is collected; then the end-to-end corpus build
 * (bench-build.ts). Results also go to test-artifacts/bench.json.
 *
 *   pnpm bench [--only extract,load,viz,build] [--articles 120] [--skip-serial] [--no-neo4j] [--doc]
 *
 * --doc also rewrites the figures section of docs/BENCHMARKS.md; --doc-only does only
 * that, from the last run's test-artifacts/bench.json.
 *
 * The build benchmark also runs extraction on one thread to measure the parallel
 * speed-up, unless --skip-serial.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import Table from 'cli-table3';
import { repoRoot } from '@news-kg/neo4j';
import { benchBuild } from './bench-build';

export interface BenchFigure {
  name: string;
  value: string;
}

export interface BenchResult {
  bench: string;
  command: string;
  ok: boolean;
  wallS: number;
  figures: BenchFigure[];
  error?: string;
}

/** The package benchmarks, and the arguments that make them print JSON where they can. */
const PACKAGE_BENCHES: Array<{ name: string; args: string[] }> = [
  { name: 'extract', args: [] },
  { name: 'load', args: [] },
  { name: 'viz', args: ['--json'] },
];

/**
 * Figures from a benchmark's output: JSON object lines (flattened, numbers and short
 * strings), else `key: value` / `key = value` / `key | value` lines, else the last lines.
 */
export function parseFigures(stdout: string): BenchFigure[] {
  // eslint-disable-next-line no-control-regex
  const ansi = /\x1b\[[0-9;]*m/g;
  const lines = stdout.split('\n').map((l) => l.replace(ansi, '').trimEnd());
  const figures: BenchFigure[] = [];
  // Pretty-printed JSON at the end of the output (e.g. `--json`): from the last line
  // that opens a document to the end.
  for (let i = lines.length - 1; i >= 0; i--) {
    const t = lines[i]!.trim();
    if (t !== '[' && t !== '{') continue;
    try {
      addJson(JSON.parse(lines.slice(i).join('\n')), figures);
      return figures;
    } catch {
      // an inner `{` of the document: keep looking upwards
    }
  }
  for (const line of lines) {
    const t = line.trim();
    if (!t.startsWith('{') && !t.startsWith('[')) continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(t);
    } catch {
      continue; // not JSON
    }
    addJson(parsed, figures);
  }
  if (figures.length) return figures;
  for (const line of lines) {
    const m = /^\s*[│|]?\s*([A-Za-z][^:=│|]{1,60}?)\s*(?::|=|│|\|)\s*([^│|]+?)\s*[│|]?\s*$/.exec(
      line,
    );
    if (m && /\d/.test(m[2]!)) figures.push({ name: m[1]!.trim(), value: m[2]!.trim() });
  }
  if (figures.length) return figures;
  return lines
    .filter((l) => l.trim())
    .slice(-3)
    .map((l) => ({ name: 'output', value: l.trim() }));
}

function addJson(parsed: unknown, figures: BenchFigure[]): void {
  if (Array.isArray(parsed) && parsed.every((r) => r && typeof r === 'object')) {
    for (const row of parsed as Record<string, unknown>[]) figures.push(rowFigure(row));
  } else flatten(parsed, '', figures);
}

/** Keys that name a row rather than measure it. */
const ROW_KEYS = new Set(['size', 'n', 'name', 'case', 'articles', 'nodes', 'edges', 'relations']);

/** A result row `{size, loader, seconds, relPerSecond}` → "10000 batched loader" = "seconds 1.2, relPerSecond 9000". */
function rowFigure(row: Record<string, unknown>): BenchFigure {
  const name: string[] = [];
  const value: string[] = [];
  for (const [k, v] of Object.entries(row)) {
    if (typeof v === 'string' || (ROW_KEYS.has(k) && typeof v === 'number')) name.push(String(v));
    else if (typeof v === 'number') value.push(`${k} ${Number.isInteger(v) ? v : v.toFixed(2)}`);
    else if (typeof v === 'boolean') value.push(`${k} ${v}`);
  }
  return { name: name.join(' · ') || 'row', value: value.join(', ') };
}

function flatten(value: unknown, prefix: string, out: BenchFigure[]): void {
  if (value === null || value === undefined) return;
  if (typeof value === 'number' || typeof value === 'boolean') {
    out.push({ name: prefix, value: String(value) });
  } else if (typeof value === 'string') {
    if (value.length <= 60) out.push({ name: prefix, value });
  } else if (Array.isArray(value)) {
    if (value.length <= 6) value.forEach((v, i) => flatten(v, `${prefix}[${i}]`, out));
  } else if (typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  }
}

function runScript(
  script: string,
  args: string[] = [],
): Promise<{ code: number; stdout: string; stderr: string; wallS: number }> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn('pnpm', ['-s', 'run', script, ...args], {
      cwd: repoRoot(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => {
      stdout += d;
    });
    child.stderr.on('data', (d: Buffer) => {
      stderr += d;
      process.stderr.write(d);
    });
    child.on('close', (code) =>
      resolve({ code: code ?? 1, stdout, stderr, wallS: (performance.now() - started) / 1000 }),
    );
  });
}

const BEGIN = '<!-- bench:begin (written by `pnpm bench --doc`) -->';
const END = '<!-- bench:end -->';

/** The figures as markdown: the machine line and one table. */
export function figuresMarkdown(
  m: ReturnType<typeof machine>,
  results: BenchResult[],
  at: Date,
): string {
  const esc = (t: string): string => t.replace(/\|/g, '\\|');
  const rows = [
    `Measured ${at.toISOString().slice(0, 16).replace('T', ' ')} UTC on ${m.cores} cores (\`nproc\`), ${m.memoryGiB} GiB, ${m.cpu}, Node ${m.node}.`,
    '',
    '| benchmark | command | figure | value |',
    '| --- | --- | --- | --- |',
  ];
  for (const r of results) {
    rows.push(
      `| ${r.bench} | \`${r.command}\` | wall time (s) | ${r.ok ? r.wallS : `FAILED: ${esc(r.error ?? '')}`} |`,
    );
    for (const f of r.figures) rows.push(`| | | ${esc(f.name)} | ${esc(f.value)} |`);
  }
  return rows.join('\n');
}

/** Replaces the figures between the markers of docs/BENCHMARKS.md (appends them if absent). */
export function writeDocFigures(
  file: string,
  m: ReturnType<typeof machine>,
  results: BenchResult[],
  at = new Date(),
): void {
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
  const block = `${BEGIN}\n${figuresMarkdown(m, results, at)}\n${END}`;
  const start = text.indexOf(BEGIN);
  const end = text.indexOf(END);
  const next =
    start >= 0 && end > start
      ? text.slice(0, start) + block + text.slice(end + END.length)
      : `${text.trimEnd()}\n\n${block}\n`;
  writeFileSync(file, next);
}

/** The line of a failed run's stderr that says what went wrong. */
export function errorLine(stderr: string): string {
  const lines = stderr
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !/^Node\.js v\d/.test(l));
  const telling = lines.find(
    (l) =>
      /error|timeout|exceeded|failed|cannot/i.test(l) &&
      !/^(at |node:internal|triggerUncaughtException|name:)/.test(l),
  );
  return telling ?? lines.pop() ?? '';
}

export function machine(): { cores: number; memoryGiB: number; cpu: string; node: string } {
  return {
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 1024 ** 3),
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    node: process.version,
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      only: { type: 'string' },
      articles: { type: 'string' },
      'skip-serial': { type: 'boolean', default: false },
      'no-neo4j': { type: 'boolean', default: false },
      doc: { type: 'boolean', default: false },
      'doc-only': { type: 'boolean', default: false },
    },
  });
  if (values['doc-only']) {
    // Rewrite docs/BENCHMARKS.md from the last run's test-artifacts/bench.json.
    const last = JSON.parse(
      readFileSync(join(repoRoot(), 'test-artifacts', 'bench.json'), 'utf8'),
    ) as {
      machine: ReturnType<typeof machine>;
      at: string;
      results: BenchResult[];
    };
    writeDocFigures(
      join(repoRoot(), 'docs', 'BENCHMARKS.md'),
      last.machine,
      last.results,
      new Date(last.at),
    );
    process.stdout.write(
      'rewrote the figures of docs/BENCHMARKS.md from test-artifacts/bench.json\n',
    );
    return;
  }
  const only = values.only ? new Set(values.only.split(',')) : undefined;
  const scripts =
    (
      JSON.parse(readFileSync(join(repoRoot(), 'package.json'), 'utf8')) as {
        scripts?: Record<string, string>;
      }
    ).scripts ?? {};
  const results: BenchResult[] = [];

  for (const { name, args } of PACKAGE_BENCHES) {
    if (only && !only.has(name)) continue;
    const script = `bench:${name}`;
    if (!scripts[script]) {
      results.push({
        bench: name,
        command: `pnpm ${script}`,
        ok: false,
        wallS: 0,
        figures: [],
        error: 'no such script yet',
      });
      continue;
    }
    const command = `pnpm ${script}${args.length ? ` ${args.join(' ')}` : ''}`;
    process.stderr.write(`\n== ${command}\n`);
    const r = await runScript(script, args);
    results.push({
      bench: name,
      command,
      ok: r.code === 0,
      wallS: +r.wallS.toFixed(1),
      figures: parseFigures(r.stdout),
      ...(r.code === 0 ? {} : { error: `exit ${r.code}: ${errorLine(r.stderr)}` }),
    });
  }

  if (!only || only.has('build')) {
    process.stderr.write('\n== pnpm bench:build\n');
    const started = performance.now();
    try {
      const b = await benchBuild({
        ...(values.articles ? { articles: Number(values.articles) } : {}),
        serial: !values['skip-serial'],
        neo4j: !values['no-neo4j'],
      });
      results.push({
        bench: 'build',
        command: `pnpm bench:build${values['skip-serial'] ? '' : ' --serial'}`,
        ok: true,
        wallS: +((performance.now() - started) / 1000).toFixed(1),
        figures: Object.entries(b.metrics).map(([name, value]) => ({ name, value: String(value) })),
      });
    } catch (error) {
      results.push({
        bench: 'build',
        command: 'pnpm bench:build',
        ok: false,
        wallS: +((performance.now() - started) / 1000).toFixed(1),
        figures: [],
        error: (error as Error).message.split('\n')[0],
      });
    }
  }

  const m = machine();
  const table = new Table({ head: ['benchmark', 'figure', 'value'], style: { head: [] } });
  for (const r of results) {
    table.push([
      {
        rowSpan: Math.max(1, r.figures.length + 1),
        content: `${r.bench}\n${r.ok ? 'ok' : 'FAILED'}`,
      },
      'wall time (s)',
      String(r.wallS),
    ]);
    if (!r.ok) table.push(['error', r.error ?? '']);
    for (const f of r.figures) table.push([f.name, f.value]);
  }
  process.stdout.write(
    `\nMachine: ${m.cores} cores, ${m.memoryGiB} GiB, ${m.cpu}, Node ${m.node}\n`,
  );
  process.stdout.write(`${table.toString()}\n`);
  const dir = join(repoRoot(), 'test-artifacts');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'bench.json'),
    `${JSON.stringify({ machine: m, at: new Date().toISOString(), results }, null, 2)}\n`,
  );
  process.stdout.write('(also written to test-artifacts/bench.json)\n');
  if (values.doc) {
    writeDocFigures(join(repoRoot(), 'docs', 'BENCHMARKS.md'), m, results);
    process.stdout.write('(and to the figures section of docs/BENCHMARKS.md)\n');
  }
  if (results.some((r) => !r.ok && r.error !== 'no such script yet')) process.exitCode = 1;
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
