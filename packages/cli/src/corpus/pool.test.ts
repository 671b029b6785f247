import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runPool, type TaskOutcome } from './pool';
import { createProgress, formatDuration, rateAndEta } from './progress';

const WORKER = new URL('./test-worker.ts', import.meta.url);
type Out = { square: number; threadId: number };

describe('runPool', () => {
  it('runs two TypeScript workers at the same time', async () => {
    // Each task blocks its thread until both have arrived: only two threads can finish.
    const counter = new SharedArrayBuffer(4);
    const results = await runPool<{ n: number; mode: string; barrier: number }, Out>(
      [
        { n: 2, mode: 'ok', barrier: 2 },
        { n: 3, mode: 'ok', barrier: 2 },
      ],
      { workerUrl: WORKER, size: 2, workerData: { counter } },
    );
    expect(results.map((r) => (r.ok ? r.value.square : -1))).toEqual([4, 9]);
    expect(new Set(results.map((r) => (r.ok ? r.value.threadId : -1))).size).toBe(2);
  });

  it('returns results in task order whatever order workers finish in', async () => {
    const tasks = Array.from({ length: 8 }, (_, n) => ({ n, mode: 'ok', delayMs: 30 }));
    const settledOrder: number[] = [];
    const results = await runPool<(typeof tasks)[number], Out>(tasks, {
      workerUrl: WORKER,
      size: 2,
      onSettled: (i) => settledOrder.push(i),
    });
    expect(results.map((r) => (r.ok ? r.value.square : -1))).toEqual([0, 1, 4, 9, 16, 25, 36, 49]);
    expect(settledOrder.sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it('fails only the task that throws, crashes or is bad input, and finishes the rest', async () => {
    const tasks = [
      { n: 1, mode: 'ok' },
      { n: 2, mode: 'throw' },
      { n: 3, mode: 'crash' },
      { n: 4, mode: 'user' },
      { n: 5, mode: 'ok' },
      { n: 6, mode: 'ok' },
    ];
    const results: TaskOutcome<Out>[] = await runPool(tasks, { workerUrl: WORKER, size: 2 });
    expect(results).toHaveLength(6);
    expect(results[0]).toMatchObject({ ok: true, value: { square: 1 } });
    expect(results[1]).toMatchObject({ ok: false, error: { message: 'boom 2' } });
    expect(results[2]).toMatchObject({
      ok: false,
      error: { message: 'worker exited with code 7' },
    });
    expect(results[3]).toMatchObject({
      ok: false,
      error: { name: 'KgUserError', message: 'bad input 4', hint: 'fix it', user: true },
    });
    expect(results[4]).toMatchObject({ ok: true, value: { square: 25 } });
    expect(results[5]).toMatchObject({ ok: true, value: { square: 36 } });
  });

  it('returns at once for no tasks', async () => {
    expect(await runPool([], { workerUrl: WORKER })).toEqual([]);
  });
});

describe('progress', () => {
  it('computes rate and ETA', () => {
    expect(rateAndEta(10, 100, 5000)).toEqual({ rate: 2, eta: 45 });
    expect(rateAndEta(0, 100, 0).eta).toBe(Number.POSITIVE_INFINITY);
    expect(formatDuration(45)).toBe('45s');
    expect(formatDuration(125)).toBe('2m05s');
    expect(formatDuration(Infinity)).toBe('?');
  });

  it('prints one plain line per item with count, rate and ETA when not a terminal', () => {
    const stream = new PassThrough();
    let t = 0;
    const progress = createProgress({ total: 4, tty: false, stream, now: () => t });
    t = 1000;
    progress.tick('a.txt', 'ok');
    t = 2000;
    progress.tick('b.txt', 'failed', 'not English');
    progress.stop();
    const lines = String(stream.read()).trim().split('\n');
    expect(lines).toEqual([
      '[1/4] ok        a.txt (1.0 articles/s, ETA 3s)',
      '[2/4] failed    b.txt: not English (1.0 articles/s, ETA 2s)',
    ]);
  });

  it('thins plain lines for a large corpus but keeps every failure and the last item', () => {
    const stream = new PassThrough();
    let t = 0;
    const progress = createProgress({ total: 1000, tty: false, stream, now: () => t });
    for (let i = 1; i <= 1000; i++) {
      t = i * 10; // 100 articles/s: the 2-second rule never fires
      progress.tick(`a${i}.txt`, i === 15 ? 'failed' : 'ok', i === 15 ? 'bad' : undefined);
    }
    const lines = String(stream.read()).trim().split('\n');
    expect(lines).toHaveLength(101); // every 10th item, plus the failure
    expect(lines[1]).toMatch(/^\[ {2}15\/1000\] failed {4}a15\.txt: bad/);
    expect(lines.at(-1)).toMatch(/^\[1000\/1000\] ok/);
  });

  it('draws a bar with count, rate and ETA on a terminal', () => {
    const stream = Object.assign(new PassThrough(), {
      isTTY: true,
      columns: 120,
      cursorTo() {},
      clearLine() {},
      moveCursor() {},
    });
    const progress = createProgress({ total: 2, tty: true, stream });
    progress.tick('a.txt', 'ok');
    progress.tick('b.txt', 'ok');
    progress.stop();
    const out = String(stream.read());
    expect(out).toMatch(/2\/2 articles \| [\d.]+\/s \| ETA \S+ \| b\.txt/);
  });
});
