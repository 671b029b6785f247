/**
 * `kg build <file|dir|url>…`: extract → load into Neo4j → export → render, in one command.
 * Output: out/<name>/graph.json (the graph as exported from Neo4j, or as extracted with
 * --no-neo4j) and out/<name>/graph.html (the standalone graph page), then a summary.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { relative, resolve, join } from 'node:path';
import type { Command } from 'commander';
import pc from 'picocolors';
import {
  formatIssues,
  KgUserError,
  mergeDocuments,
  validateDocument,
  type KgDocument,
} from '@news-kg/schema';
import {
  exportDocument,
  loadValidDocuments,
  localNeo4jStatus,
  openDriver,
  resolveConnection,
  startLocalNeo4j,
  LOCAL_BROWSER_URL,
  type LoadStats,
  type Neo4jConnection,
} from '@news-kg/neo4j';
import { buildGraph, layoutGraph, renderStandaloneHtml } from '@news-kg/viz';
import { EXIT } from '../exit-codes';
import {
  createProgress,
  defaultPoolSize,
  describeTaskError,
  expandInputs,
  extractCorpus,
  outputName,
  type CorpusExtraction,
} from '../corpus';
import {
  countGraph,
  exampleQueries,
  formatCounts,
  type ExampleQuery,
  type GraphCounts,
} from '../corpus/summary';
import {
  EXPORT_FORMATS,
  exportPathIn,
  parseExportFormat,
  writeExport,
  type ExportFormat,
} from '../formats';
import type { RegisterCommand } from './index';

export interface BuildOptions {
  out: string;
  name?: string;
  neo4j: boolean;
  force?: boolean;
  jobs?: number;
  format?: ExportFormat[];
  json?: boolean;
  /** Progress bar instead of plain lines (default: when stdout and stderr are terminals). */
  tty?: boolean;
}

export interface BuildSummary {
  name: string;
  outDir: string;
  files: { json: string; html: string; exports: string[] };
  articles: {
    inputs: number;
    extracted: number;
    unchanged: number;
    failed: Array<{ input: string; error: string }>;
  };
  counts: GraphCounts;
  neo4j:
    | { used: false }
    | {
        used: true;
        uri: string;
        browserUrl: string;
        user: string;
        /** Local server only: the file holding the generated password. */
        passwordFile: string | null;
        local: boolean;
        /** True when this build started the local server (it is left running). */
        startedNow: boolean;
        stopCommand: string | null;
        load: Pick<LoadStats, 'created' | 'replaced' | 'unchanged'> | null;
      };
  queries: ExampleQuery[];
  timings: {
    extractMs: number;
    loadMs: number;
    exportMs: number;
    renderMs: number;
    totalMs: number;
  };
  workers: number;
  exitCode: number;
}

export const registerBuild: RegisterCommand = (program: Command) => {
  program
    .command('build')
    .description(
      'Extract articles, load them into Neo4j, export the graph and render the graph page (out/<name>/graph.json and graph.html)',
    )
    .argument('<inputs...>', 'article files (.txt, .html), folders of them, or http(s) URLs')
    .option('-o, --out <dir>', 'root folder for the output', 'out')
    .option(
      '-n, --name <name>',
      'output folder under --out (default: the file or folder name, or "corpus")',
    )
    .option('--no-neo4j', 'skip Neo4j: render straight from the extracted graph (no server needed)')
    .option('-f, --force', 'reload articles even when the same content is already loaded')
    .option(
      '-j, --jobs <n>',
      'extraction threads in all (default: CPU cores; 1 = no worker threads)',
      parsePositiveInt,
    )
    .option(
      '--format <formats>',
      `also export the graph: comma-separated ${EXPORT_FORMATS.join(', ')}`,
      (value: string) => value.split(',').filter(Boolean).map(parseExportFormat),
    )
    .option('--json', 'print the summary as JSON on stdout')
    .addHelpText(
      'after',
      `
Without NEO4J_URI the project's local Neo4j is started (and left running; stop it
with \`pnpm kg neo4j stop\`). With NEO4J_URI (+ NEO4J_USER, NEO4J_PASSWORD) that server is used.
Articles whose content is already loaded are skipped unless --force.

Exit codes: 0 all built, 3 built but some articles were skipped as unreadable,
1 nothing could be built (bad input, Neo4j unreachable).

Examples:
  pnpm kg build data/articles/dw-2025-03-21-venezuela-rejects-us-gang-accusations.txt
  pnpm kg build data/articles/ --name news --format gexf,csv
  pnpm kg build article.html --no-neo4j --json`,
    )
    .action(async (inputs: string[], options: BuildOptions) => {
      const summary = await runBuild(inputs, {
        ...options,
        force: options.force ?? false,
        json: options.json ?? false,
        format: options.format ?? [],
      });
      if (options.json) process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
      else process.stdout.write(formatSummary(summary));
      process.exitCode = summary.exitCode;
    });
};

function parsePositiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) {
    throw new KgUserError(`--jobs must be a positive whole number, not "${value}"`);
  }
  return n;
}

/** The whole pipeline; prints progress on stderr and returns the summary. */
export async function runBuild(args: string[], options: BuildOptions): Promise<BuildSummary> {
  const started = performance.now();
  const log = (line: string): void => void process.stderr.write(`${line}\n`);
  const inputs = await expandInputs(args);
  const name = options.name ?? outputName(args);
  if (!/^[A-Za-z0-9._-]+$/.test(name) || name === '.' || name === '..') {
    throw new KgUserError(`--name "${name}" is not a plain folder name`, {
      hint: 'use letters, digits, dot, dash or underscore',
    });
  }
  const outDir = resolve(options.out, name);
  const timings = { extractMs: 0, loadMs: 0, exportMs: 0, renderMs: 0, totalMs: 0 };

  let conn: Neo4jConnection | undefined;
  let startedNow = false;
  if (options.neo4j) {
    conn = resolveConnection();
    if (conn.local && !localNeo4jStatus().running) {
      log(
        `No NEO4J_URI set: starting the project's local Neo4j (it keeps running after this build; stop it with \`pnpm kg neo4j stop\`)…`,
      );
      await withoutNeo4jHint(
        startLocalNeo4j({ quietBuild: true, onProgress: (line) => log(`  ${line}`) }),
      );
      startedNow = true;
      conn = resolveConnection();
    }
  }

  const driver = conn ? await withoutNeo4jHint(openDriver(conn)) : undefined;
  let doc: KgDocument;
  let extraction: CorpusExtraction;
  let load: LoadStats | null = null;
  try {
    const loadedHashes = driver ? await readLoadedHashes(driver, conn!) : undefined;
    const jobs = Math.max(1, Math.min(options.jobs ?? defaultPoolSize(), inputs.length));
    log(
      `Extracting ${inputs.length} article${inputs.length === 1 ? '' : 's'}${jobs > 1 ? ` (up to ${jobs} threads)` : ''}…`,
    );
    const progress = createProgress({
      total: inputs.length,
      ...(options.tty !== undefined ? { tty: options.tty } : {}),
    });
    try {
      extraction = await extractCorpus(inputs, {
        jobs,
        ...(loadedHashes ? { loadedHashes } : {}),
        force: options.force ?? false,
        progress,
      });
    } finally {
      progress.stop();
    }
    timings.extractMs = extraction.ms;
    const usable = extraction.extracted.length + extraction.unchanged.length;
    if (usable === 0) {
      const first = extraction.failed[0];
      if (inputs.length === 1 && first) {
        const message = describeTaskError({ ...first.error, hint: undefined }, first.input.spec);
        throw new KgUserError(`${first.input.label}: ${message}`, {
          ...(first.error.hint ? { hint: first.error.hint } : {}),
        });
      }
      throw new KgUserError(`none of the ${inputs.length} articles could be read`, {
        hint: 'see the lines above',
      });
    }

    if (driver) {
      const t = performance.now();
      const docs = extraction.extracted.map((e) => e.doc);
      if (docs.length) {
        log(
          `Loading ${docs.length} article${docs.length === 1 ? '' : 's'} into Neo4j at ${conn!.uri}…`,
        );
        load = await loadValidDocuments(driver, docs, {
          force: options.force ?? false,
          database: conn!.database,
        });
      }
      if (extraction.unchanged.length) {
        log(
          `${extraction.unchanged.length} article${extraction.unchanged.length === 1 ? ' is' : 's are'} already loaded with the same content (use --force to redo)`,
        );
      }
      timings.loadMs = performance.now() - t;
      const t2 = performance.now();
      const ids = [
        ...extraction.extracted.flatMap((e) => e.doc.documents.map((d) => d.id)),
        ...extraction.unchanged.map((u) => u.articleId),
      ];
      doc = await exportDocument(
        driver,
        { cypher: 'MATCH (a:Article) WHERE a.id IN $ids RETURN a', params: { ids } },
        { database: conn!.database },
      );
      timings.exportMs = performance.now() - t2;
    } else {
      const t2 = performance.now();
      doc = mergeDocuments(extraction.extracted.map((e) => e.doc));
      timings.exportMs = performance.now() - t2;
    }
  } finally {
    await driver?.close();
  }

  const check = validateDocument(doc);
  if (!check.ok) {
    // A bug, not a user error: what was extracted or exported breaks the contract.
    throw new Error(`the built graph is invalid: ${formatIssues(check.issues, 5)}`);
  }

  const t3 = performance.now();
  await mkdir(outDir, { recursive: true });
  const jsonPath = join(outDir, 'graph.json');
  const htmlPath = join(outDir, 'graph.html');
  await writeFile(jsonPath, `${JSON.stringify(doc, null, 2)}\n`);
  await writeFile(htmlPath, await renderStandaloneHtml(doc));
  const exports: string[] = [];
  const formats = [...new Set(options.format ?? [])];
  if (formats.length) {
    const drawn = buildGraph(doc);
    layoutGraph(drawn);
    for (const format of formats) {
      exports.push(...(await writeExport(doc, format, exportPathIn(outDir, format), { drawn })));
    }
  }
  timings.renderMs = performance.now() - t3;
  timings.totalMs = performance.now() - started;

  const local = conn?.local ?? false;
  const summary: BuildSummary = {
    name,
    outDir,
    files: { json: jsonPath, html: htmlPath, exports },
    articles: {
      inputs: inputs.length,
      extracted: extraction.extracted.length,
      unchanged: extraction.unchanged.length,
      failed: extraction.failed.map((f) => ({
        input: f.input.label,
        error: describeTaskError(f.error, f.input.spec),
      })),
    },
    counts: countGraph(doc),
    neo4j: conn
      ? {
          used: true,
          uri: conn.uri,
          browserUrl: local ? LOCAL_BROWSER_URL : browserUrlFor(conn.uri),
          user: conn.user,
          passwordFile: local ? localNeo4jStatus().passwordFile : null,
          local,
          startedNow,
          stopCommand: local ? 'pnpm kg neo4j stop' : null,
          load: load
            ? { created: load.created, replaced: load.replaced, unchanged: load.unchanged }
            : null,
        }
      : { used: false },
    queries: exampleQueries(doc),
    timings: roundTimings(timings),
    workers: extraction.workers,
    exitCode: extraction.failed.length ? EXIT.partial : EXIT.ok,
  };
  return summary;
}

/** Neo4j trouble ends the build with its own hint plus the way to build without it. */
async function withoutNeo4jHint<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (!(error instanceof KgUserError)) throw error;
    const hint = [error.hint, 'or build without Neo4j: --no-neo4j'].filter(Boolean).join('; ');
    throw new KgUserError(error.message, { hint, exitCode: error.exitCode, cause: error });
  }
}

async function readLoadedHashes(
  driver: Awaited<ReturnType<typeof openDriver>>,
  conn: Neo4jConnection,
): Promise<Map<string, string>> {
  const session = driver.session({ database: conn.database, defaultAccessMode: 'READ' });
  try {
    const res = await session.run('MATCH (a:Article) RETURN a.id AS id, a.sha256 AS sha256');
    const out = new Map<string, string>();
    for (const r of res.records) {
      const sha = r.get('sha256');
      if (typeof sha === 'string') out.set(sha, r.get('id'));
    }
    return out;
  } finally {
    await session.close();
  }
}

/** Neo4j Browser for a remote server: NEO4J_BROWSER_URL, else the server's own :7474 (or :7473 for TLS). */
export function browserUrlFor(uri: string, env: NodeJS.ProcessEnv = process.env): string {
  if (env.NEO4J_BROWSER_URL) return env.NEO4J_BROWSER_URL;
  try {
    const url = new URL(uri);
    const tls = /\+s(sc)?:$/.test(url.protocol);
    return `${tls ? 'https' : 'http'}://${url.hostname}:${tls ? 7473 : 7474}/browser/`;
  } catch {
    return LOCAL_BROWSER_URL;
  }
}

function roundTimings(t: BuildSummary['timings']): BuildSummary['timings'] {
  return Object.fromEntries(
    Object.entries(t).map(([k, v]) => [k, Math.round(v)]),
  ) as BuildSummary['timings'];
}

/** The human summary printed at the end of `kg build`. */
export function formatSummary(s: BuildSummary, cwd = process.cwd()): string {
  const rel = (p: string): string => {
    const r = relative(cwd, p);
    return r && !r.startsWith('..') ? r : p;
  };
  const lines: string[] = [''];
  const a = s.articles;
  lines.push(
    pc.bold(`Built ${s.name}`) +
      `: ${a.extracted} article${a.extracted === 1 ? '' : 's'} extracted` +
      (a.unchanged ? `, ${a.unchanged} already loaded` : '') +
      (a.failed.length ? pc.yellow(`, ${a.failed.length} skipped`) : '') +
      ` in ${(s.timings.totalMs / 1000).toFixed(1)}s`,
  );
  for (const f of a.failed) lines.push(pc.yellow(`  skipped ${f.input}: ${f.error}`));
  lines.push('');
  lines.push(
    `${pc.bold('Entities')} (${s.counts.entities.total}): ${formatCounts(s.counts.entities.byType)}`,
  );
  if (s.counts.articles > 1) {
    lines.push(
      `  ${s.counts.entities.shared} of them appear in more than one of the ${s.counts.articles} articles (one node each, with every article's evidence)`,
    );
  }
  lines.push(
    `${pc.bold('Relations')} (${s.counts.relations.total}): ${formatCounts(s.counts.relations.byModality)}`,
  );
  for (const [predicate, c] of Object.entries(s.counts.relations.byPredicate)) {
    const { total, ...modalities } = c!;
    lines.push(
      `  ${predicate.padEnd(22)} ${String(total).padStart(4)}  ${pc.dim(formatCounts(modalities))}`,
    );
  }
  lines.push('');
  lines.push(`${pc.bold('Graph page')}  ${rel(s.files.html)}`);
  lines.push(`${pc.bold('Graph JSON')}  ${rel(s.files.json)}`);
  for (const e of s.files.exports) lines.push(`${pc.bold('Export')}      ${rel(e)}`);
  lines.push('');
  if (s.neo4j.used) {
    const n = s.neo4j;
    lines.push(`${pc.bold('Neo4j Browser')} ${n.browserUrl}  (connect to ${n.uri})`);
    if (n.local) {
      lines.push(
        `  user ${n.user}, password in ${rel(n.passwordFile!)} (print it with \`pnpm kg neo4j password\`)`,
      );
      lines.push(
        n.startedNow
          ? `  This build started the local Neo4j; it is still running. Stop it with \`${n.stopCommand}\`.`
          : `  The local Neo4j is running. Stop it with \`${n.stopCommand}\`.`,
      );
    } else {
      lines.push(`  user ${n.user}, password from NEO4J_PASSWORD`);
    }
  } else {
    lines.push(
      `${pc.bold('Neo4j')} skipped (--no-neo4j). Load the graph later with \`pnpm kg load ${rel(s.files.json)}\`.`,
    );
  }
  lines.push('');
  lines.push(pc.bold('Try these in Neo4j Browser (or `pnpm kg query "<cypher>"`):'));
  for (const q of s.queries) {
    lines.push(`  // ${q.title}`);
    for (const l of q.cypher.split('\n')) lines.push(`  ${l}`);
    lines.push('');
  }
  return `${lines.join('\n')}\n`;
}
