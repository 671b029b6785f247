// A worker for pool.test.ts: TypeScript-only syntax on purpose, to prove tsx runs in workers.
import { threadId } from 'node:worker_threads';
import { KgUserError } from '@news-kg/schema';
import { poolData, serveTasks } from './serve';

interface Task {
  n: number;
  mode: 'ok' | 'throw' | 'user' | 'crash';
  delayMs?: number;
  /** Block until this many tasks have reached the barrier (proves they run at once). */
  barrier?: number;
}

const shared = poolData<{ counter?: SharedArrayBuffer } | undefined>();

const square = (n: number): number => n * n;

serveTasks<Task, { square: number; threadId: number }>(async (task: Task) => {
  if (task.delayMs) await new Promise((r) => setTimeout(r, task.delayMs));
  if (task.barrier && shared?.counter) {
    const counter = new Int32Array(shared.counter);
    Atomics.add(counter, 0, 1);
    Atomics.notify(counter, 0);
    const deadline = Date.now() + 60_000;
    for (
      let seen = Atomics.load(counter, 0);
      seen < task.barrier;
      seen = Atomics.load(counter, 0)
    ) {
      if (Date.now() > deadline) throw new Error('barrier timeout');
      Atomics.wait(counter, 0, seen, 1000);
    }
  }
  if (task.mode === 'throw') throw new Error(`boom ${task.n}`);
  if (task.mode === 'user') throw new KgUserError(`bad input ${task.n}`, { hint: 'fix it' });
  if (task.mode === 'crash') process.exit(7);
  return { square: square(task.n), threadId };
});
