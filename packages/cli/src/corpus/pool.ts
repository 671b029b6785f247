/**
 * A small worker_threads pool whose workers run TypeScript: each worker boots from
 * `ts-worker.mjs`, which registers tsx's loader through its API and then imports the
 * worker module, so a worker module is a plain `.ts` file of this repository like
 * everything else (no build step). Workers take tasks one at a time from a queue
 * (which the main thread may share); results are reported by task index, so callers
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

/** Where workers take their next task from; `undefined` means the queue is empty. */
export interface TaskQueue<T> {
  take(): { index: number; task: T } | undefined;
}

export interface PoolHandle {
  /** Resolves once the queue is empty and every worker has settled its last task. */
  done: Promise<void>;
  /** Workers started so far (replacements for dead ones included). */
  readonly started: number;
}

/** An array as a queue, in order. */
export function arrayQueue<T>(tasks: readonly T[]): TaskQueue<T> {
  let next = 0;
  return {
    take: () => (next < tasks.length ? { index: next, task: tasks[next++]! } : undefined),
  };
}

/**
 * Starts `size` workers that take tasks from `queue` until it is empty. The queue may
 * be shared with other consumers (the main thread takes from it too in corpus mode).
 */
export function startPool<T, R>(
  queue: TaskQueue<T>,
  options: Omit<PoolOptions, 'onSettled'> & {
    onSettled: (index: number, outcome: TaskOutcome<R>) => void;
  },
): PoolHandle {
  const size = Math.max(1, options.size ?? defaultPoolSize());
  let live = 0;
  let started = 0;
  let resolveDone!: () => void;
  const done = new Promise<void>((resolve) => {
    resolveDone = resolve;
  });

  const spawn = (): void => {
    const worker = new Worker(BOOTSTRAP, {
      workerData: { entry: options.workerUrl.href, data: options.workerData },
      // A worker's stray console output must not tear the progress bar: collected, dropped.
      stdout: true,
      stderr: true,
    });
    worker.stdout.resume();
    worker.stderr.resume();
    live++;
    started++;
    let current = -1;
    let finished = false;
    const finish = (): void => {
      if (finished) return;
      finished = true;
      live--;
      if (live === 0) resolveDone();
    };
    const feed = (): void => {
      const item = queue.take();
      if (!item) {
        current = -1;
        finish();
        void worker.terminate();
        return;
      }
      current = item.index;
      const request: WorkerRequest = { index: item.index, task: item.task };
      worker.postMessage(request);
    };
    worker.on('message', (reply: WorkerReply) => {
      options.onSettled(
        reply.index,
        reply.ok ? { ok: true, value: reply.value as R } : { ok: false, error: reply.error },
      );
      feed();
    });
    const die = (error: TaskError): void => {
      if (finished) return;
      if (current >= 0) options.onSettled(current, { ok: false, error });
      current = -1;
      // Replace the dead worker before counting it out, so `done` cannot fire early.
      spawn();
      finish();
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
  return {
    done,
    get started() {
      return started;
    },
  };
}

/** Runs every task on a pool of `size` workers; results in task order. */
export async function runPool<T, R>(
  tasks: readonly T[],
  options: PoolOptions,
): Promise<TaskOutcome<R>[]> {
  const results: TaskOutcome<R>[] = new Array(tasks.length);
  if (tasks.length === 0) return results;
  const pool = startPool<T, R>(arrayQueue(tasks), {
    ...options,
    size: Math.min(options.size ?? defaultPoolSize(), tasks.length),
    onSettled: (index, outcome) => {
      results[index] = outcome;
      options.onSettled?.(index, outcome as TaskOutcome<unknown>);
    },
  });
  await pool.done;
  return results;
}
