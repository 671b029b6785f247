/** The worker side of `runPool`: answer each task with its value or its error. */
import { parentPort, workerData } from 'node:worker_threads';
import { KgUserError } from '@news-kg/schema';
import type { TaskError, WorkerReply, WorkerRequest } from './protocol';

export function serveTasks<T, R>(handler: (task: T) => R | Promise<R>): void {
  if (!parentPort) throw new Error('serveTasks must run inside a worker thread');
  const port = parentPort;
  port.on('message', async (request: WorkerRequest) => {
    let reply: WorkerReply;
    try {
      reply = { index: request.index, ok: true, value: await handler(request.task as T) };
    } catch (error) {
      reply = { index: request.index, ok: false, error: toTaskError(error) };
    }
    port.postMessage(reply);
  });
}

export function toTaskError(error: unknown): TaskError {
  if (error instanceof KgUserError) {
    return {
      name: error.name,
      message: error.message,
      ...(error.hint ? { hint: error.hint } : {}),
      user: true,
    };
  }
  if (error instanceof Error) return { name: error.name, message: error.message.split('\n')[0]! };
  return { name: 'Error', message: String(error) };
}

/** What the pool's caller passed as `workerData` (runPool's `workerData` option). */
export function poolData<T>(): T {
  return (workerData as { data: T } | null)?.data as T;
}
