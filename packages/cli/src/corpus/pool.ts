/**
 * A small worker_threads pool whose workers run TypeScript: each worker boots from
 * `ts-worker.mjs`, which registers tsx's loader through its API and then imports the
 * worker module, so a worker module is a plain `.ts` file of this repository like
 * everything else (no build step). Tasks are handed out one at a
 * time to whichever worker is free; results are reported by task index, so callers
 * can keep input order whatever order workers finish in. A task that throws fails
 * alone; a worker that dies (crash, out of memory) fails its current task and is
 * replaced, and the rest of the queue goes on.
 */
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { TaskError, WorkerReply, WorkerRequest } from './protocol';

export type TaskOutcome<R> = { ok: true; value: R } | { ok: false; error: TaskError };

export interface PoolOptions {
  /** The worker module (a `.ts` file that calls `serveTasks`). */
  workerUrl: URL;
  /** Number of workers; defaults to the number of CPU cores, capped at the task count. */
  size?: number;
  /** Given to every worker module as `workerData.data`. */
  workerData?: unknown;
  /** Called as each task settles, in completion order. */
  onSettled?: (index: number, outcome: TaskOutcome<unknown>) => void;
}

const BOOTSTRAP = new URL('./ts-worker.mjs', import.meta.url);

/** The `--import` argument that makes a child process run TypeScript through tsx. */
export function tsxImportUrl(): string {
  return pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
}

export function defaultPoolSize(): number {
  return Math.max(1, availableParallelism());
}

export async function runPool<T, R>(
  tasks: readonly T[],
  options: PoolOptions,
): Promise<TaskOutcome<R>[]> {
  const results: TaskOutcome<R>[] = new Array(tasks.length);
  if (tasks.length === 0) return results;
  const size = Math.max(1, Math.min(options.size ?? defaultPoolSize(), tasks.length));
  let next = 0;
  let settled = 0;

  return new Promise((resolve) => {
    const workers = new Set<Worker>();

    const settle = (index: number, outcome: TaskOutcome<R>): void => {
      if (results[index] !== undefined) return;
      results[index] = outcome;
      settled++;
      options.onSettled?.(index, outcome);
      if (settled === tasks.length) {
        for (const w of workers) void w.terminate();
        workers.clear();
        resolve(results);
      }
    };

    const spawn = (): void => {
      if (next >= tasks.length) return;
      const worker = new Worker(BOOTSTRAP, {
        workerData: { entry: options.workerUrl.href, data: options.workerData },
        // Workers print through the parent; a worker's stray console output must
        // not tear the progress bar, so it is collected and dropped.
        stdout: true,
        stderr: true,
      });
      worker.stdout.resume();
      worker.stderr.resume();
      workers.add(worker);
      let current = -1;
      const feed = (): void => {
        if (next >= tasks.length) {
          current = -1;
          workers.delete(worker);
          void worker.terminate();
          return;
        }
        current = next++;
        const request: WorkerRequest = { index: current, task: tasks[current] };
        worker.postMessage(request);
      };
      worker.on('message', (reply: WorkerReply) => {
        settle(
          reply.index,
          reply.ok ? { ok: true, value: reply.value as R } : { ok: false, error: reply.error },
        );
        feed();
      });
      const die = (error: TaskError): void => {
        if (!workers.has(worker)) return;
        workers.delete(worker);
        if (current >= 0) settle(current, { ok: false, error });
        current = -1;
        if (settled < tasks.length) spawn();
      };
      worker.on('error', (error) =>
        die({ name: error.name, message: `worker crashed: ${error.message}` }),
      );
      worker.on('exit', (code) =>
        die({ name: 'WorkerExit', message: `worker exited with code ${code}` }),
      );
      feed();
    };

    for (let i = 0; i < size; i++) spawn();
  });
}
