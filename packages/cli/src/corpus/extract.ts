/**
 * Corpus extraction: articles in parallel across CPU cores (this thread plus worker
 * threads), each one on its own — one that fails is reported and skipped, the rest go on.
 */
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
 * modules (the NLP model among them) loaded again. Measured at about 1.5–3.5 s on the
 * 2-core reference machine; workers start only when the work left is longer than this.
 */
export const WORKER_STARTUP_MS = 2500;

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
  const timings: number[] = [];
  for (let item = queue.take(); item; item = queue.take()) {
    const t = performance.now();
    try {
      report(item.index, { ok: true, value: await extractOne(item.task.spec) });
    } catch (error) {
      report(item.index, { ok: false, error: toTaskError(error) });
    }
    timings.push(performance.now() - t);
    // The first article pays for lazy set-up; judge the rate from the ones after it,
    // once there is enough of a sample (8 articles or a quarter of a second).
    const sample = timings.slice(1);
    const spent = sample.reduce((a, b) => a + b, 0);
    if (!pool && (sample.length >= 8 || spent >= 250)) {
      const perArticle = spent / sample.length;
      if ((inputs.length - next) * perArticle > WORKER_STARTUP_MS) startWorkers();
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
