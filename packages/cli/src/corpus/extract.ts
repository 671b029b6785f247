/**
 * Corpus extraction: articles in parallel across CPU cores (this thread plus worker
 * threads), each one on its own — one that fails is reported and skipped, the rest go on.
 */
import { stat } from 'node:fs/promises';
import type { KgDocument } from '@news-kg/schema';
import {
  defaultPoolSize,
  startPool,
  type PoolHandle,
  type TaskOutcome,
  type TaskQueue,
} from './pool';
import type { TaskError } from './protocol';
import type { Progress } from './progress';
import type { ArticleInput } from './inputs';
import { toTaskError } from './serve';

const WORKER = new URL('./extract-worker.ts', import.meta.url);

export interface ExtractedArticle {
  input: ArticleInput;
  doc: KgDocument;
}

export interface FailedArticle {
  input: ArticleInput;
  error: TaskError;
}

export interface UnchangedArticle {
  input: ArticleInput;
  articleId: string;
  sha256: string;
}

export interface CorpusExtraction {
  /** New or changed articles, in input order. */
  extracted: ExtractedArticle[];
  /** Articles whose content hash is already loaded (skipped unless `force`). */
  unchanged: UnchangedArticle[];
  failed: FailedArticle[];
  workers: number;
  ms: number;
}

export interface CorpusOptions {
  /** Threads in all, this one included (default: CPU cores). 1 extracts in this thread only. */
  jobs?: number;
  /** sha256 → article id of articles already loaded; these are skipped unless `force`. */
  loadedHashes?: ReadonlyMap<string, string>;
  force?: boolean;
  progress?: Progress;
  /**
   * Start the workers at once instead of when the measured work pays for their start-up
   * (tests use it to exercise the workers on a small corpus).
   */
  eagerWorkers?: boolean;
}

/**
 * What one worker costs before its first article: a thread, tsx and the extractor's
 * modules (the NLP model among them) loaded again, competing for the same cores. Measured
 * at 1.5–3.5 s on the 2-core reference machine; workers start only when the work left is
 * longer than this.
 */
export const WORKER_STARTUP_MS = 3000;

/** Size assumed for an input whose size is unknown (a URL, stdin): a typical article. */
const UNKNOWN_SIZE = 8 * 1024;

/**
 * Should workers start? The work left is estimated from this thread's own rate in
 * milliseconds per byte (extraction time grows with text length, and a corpus mixes long
 * and short articles), over the bytes not yet taken.
 */
export function workersPay(
  spentMs: number,
  doneBytes: number,
  leftBytes: number,
  startupMs = WORKER_STARTUP_MS,
): boolean {
  if (doneBytes <= 0) return false;
  return (spentMs / doneBytes) * leftBytes > startupMs;
}

/**
 * Extracts every article. This thread starts at once; once it has timed a few articles,
 * worker threads join (up to `jobs - 1`) if the articles left would take longer than a
 * worker takes to start — so a small corpus never waits for threads, and a large one
 * runs on every core. All consumers take from one queue; results are kept in input order.
 */
export async function extractCorpus(
  inputs: readonly ArticleInput[],
  options: CorpusOptions = {},
): Promise<CorpusExtraction> {
  const started = performance.now();
  const jobs = Math.max(1, Math.min(options.jobs ?? defaultPoolSize(), inputs.length));
  const outcomes: TaskOutcome<KgDocument>[] = new Array(inputs.length);
  const result: CorpusExtraction = { extracted: [], unchanged: [], failed: [], workers: 0, ms: 0 };

  const report = (index: number, outcome: TaskOutcome<KgDocument>): void => {
    outcomes[index] = outcome;
    const input = inputs[index]!;
    if (!outcome.ok) {
      options.progress?.tick(input.label, 'failed', describe(outcome.error, input.spec));
      return;
    }
    const unchanged = isUnchanged(outcome.value, options);
    options.progress?.tick(input.label, unchanged ? 'unchanged' : 'ok');
  };

  let next = 0;
  const queue: TaskQueue<{ spec: string }> = {
    take: () =>
      next < inputs.length ? { index: next, task: { spec: inputs[next++]!.spec } } : undefined,
  };
  let pool: PoolHandle | undefined;
  const startWorkers = (): void => {
    if (pool || jobs < 2 || next >= inputs.length) return;
    pool = startPool<{ spec: string }, KgDocument>(queue, {
      workerUrl: WORKER,
      size: Math.min(jobs - 1, inputs.length - next),
      onSettled: report,
    });
  };
  if (options.eagerWorkers) startWorkers();

  const { extractOne } = await import('./extract-task');
  const sizes = await Promise.all(
    inputs.map((i) =>
      stat(i.spec).then(
        (st) => (st.isFile() ? st.size : UNKNOWN_SIZE),
        () => UNKNOWN_SIZE,
      ),
    ),
  );
  let sampled = 0;
  let spentMs = 0;
  let doneBytes = 0;
  for (let item = queue.take(); item; item = queue.take()) {
    const t = performance.now();
    try {
      report(item.index, { ok: true, value: await extractOne(item.task.spec) });
    } catch (error) {
      report(item.index, { ok: false, error: toTaskError(error) });
    }
    const ms = performance.now() - t;
    // The first article pays for lazy set-up; judge the rate from the ones after it,
    // once there is enough of a sample (8 articles or a quarter of a second).
    if (sampled++ === 0) continue;
    spentMs += ms;
    doneBytes += sizes[item.index]!;
    if (!pool && (sampled > 8 || spentMs >= 250)) {
      // Bytes the workers' queue still holds (items the workers took are gone from it).
      let queued = 0;
      for (let i = next; i < inputs.length; i++) queued += sizes[i]!;
      if (workersPay(spentMs, doneBytes, queued)) startWorkers();
    }
    // Let worker messages in between articles.
    if (pool) await new Promise((resolve) => setImmediate(resolve));
  }
  if (pool) {
    await pool.done;
    result.workers = pool.started;
  }

  for (const [i, outcome] of outcomes.entries()) {
    const input = inputs[i]!;
    if (!outcome.ok) {
      result.failed.push({ input, error: outcome.error });
      continue;
    }
    const article = outcome.value.documents[0];
    if (article && isUnchanged(outcome.value, options)) {
      result.unchanged.push({ input, articleId: article.id, sha256: article.sha256 });
    } else {
      result.extracted.push({ input, doc: outcome.value });
    }
  }
  result.ms = performance.now() - started;
  return result;
}

function isUnchanged(doc: KgDocument, options: CorpusOptions): boolean {
  if (options.force || !options.loadedHashes) return false;
  return (
    doc.documents.length > 0 && doc.documents.every((d) => options.loadedHashes!.has(d.sha256))
  );
}

/** One line for a failed article; the origin prefix readArticle adds is dropped (the label says it). */
export function describe(error: TaskError, spec?: string): string {
  let message = error.message;
  if (spec && message.startsWith(`${spec}: `)) message = message.slice(spec.length + 2);
  return `${message}${error.hint ? ` (${error.hint})` : ''}`;
}
