// A worker for pool.test.ts: TypeScript-only syntax on purpose, to prove tsx runs in workers.
import { threadId } from 'node:worker_threads';
import { KgUserError } from '@news-kg/schema';
import { serveTasks } from './serve';

interface Task {
  n: number;
  mode: 'ok' | 'throw' | 'user' | 'crash';
  delayMs?: number;
}

const square = (n: number): number => n * n;

serveTasks<Task, { square: number; threadId: number }>(async (task: Task) => {
  if (task.delayMs) await new Promise((r) => setTimeout(r, task.delayMs));
  if (task.mode === 'throw') throw new Error(`boom ${task.n}`);
  if (task.mode === 'user') throw new KgUserError(`bad input ${task.n}`, { hint: 'fix it' });
  if (task.mode === 'crash') process.exit(7);
  return { square: square(task.n), threadId };
});
