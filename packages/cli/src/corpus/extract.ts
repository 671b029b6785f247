/**
 * Corpus extraction: every article in parallel across CPU cores (worker threads),
 * each one on its own — one that fails is reported and skipped, the rest go on.
 */
import type { KgDocument } from '@news-kg/schema';
import { defaultPoolSize, runPool, type TaskOutcome } from './pool';
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
  /** Worker threads (default: CPU cores). 1 extracts in this thread. */
  jobs?: number;
  /** sha256 → article id of articles already loaded; these are skipped unless `force`. */
  loadedHashes?: ReadonlyMap<string, string>;
  force?: boolean;
  progress?: Progress;
}

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

  if (jobs === 1) {
    // One article, or asked for: no thread start-up cost.
    const { extractOne } = await import('./extract-task');
    for (const [i, input] of inputs.entries()) {
      try {
        report(i, { ok: true, value: await extractOne(input.spec) });
      } catch (error) {
        report(i, { ok: false, error: toTaskError(error) });
      }
    }
  } else {
    result.workers = jobs;
    await runPool<{ spec: string }, KgDocument>(
      inputs.map((i) => ({ spec: i.spec })),
      {
        workerUrl: WORKER,
        size: jobs,
        onSettled: (index, outcome) => report(index, outcome as TaskOutcome<KgDocument>),
      },
    );
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
