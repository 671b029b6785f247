/**
 * Progress for long runs: a cli-progress bar (count, rate, ETA) when a person is
 * watching a terminal, one plain line per item otherwise (CI logs, pipes, `--json`).
 * Everything goes to stderr, so stdout stays clean for `--json` output.
 */
import { MultiBar } from 'cli-progress';

export type ItemStatus = 'ok' | 'unchanged' | 'failed';

export interface Progress {
  /** One item finished. */
  tick(item: string, status: ItemStatus, detail?: string): void;
  /** A message that must not be overwritten by the bar. */
  log(line: string): void;
  stop(): void;
}

export interface ProgressOptions {
  total: number;
  /** What is counted, for the plain lines ("articles"). */
  unit?: string;
  /** Draw a bar (default: stdout and stderr are both terminals). */
  tty?: boolean;
  /** Where plain lines and the bar go (default: process.stderr). */
  stream?: NodeJS.WritableStream;
  /** For tests: the clock. */
  now?: () => number;
  /** Print nothing at all. */
  silent?: boolean;
}

/** Corpora up to this size get one plain progress line per article. */
export const EVERY_LINE_LIMIT = 200;

export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '?';
  if (seconds < 60) return `${Math.round(seconds)}s`;
  const m = Math.floor(seconds / 60);
  const s = Math.round(seconds % 60);
  if (m < 60) return `${m}m${String(s).padStart(2, '0')}s`;
  return `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}m`;
}

/** Items per second and seconds left, from the start time and the count so far. */
export function rateAndEta(
  done: number,
  total: number,
  elapsedMs: number,
): { rate: number; eta: number } {
  const rate = elapsedMs > 0 ? (done * 1000) / elapsedMs : 0;
  const eta = rate > 0 ? (total - done) / rate : Number.POSITIVE_INFINITY;
  return { rate, eta };
}

export function createProgress(options: ProgressOptions): Progress {
  const stream = options.stream ?? process.stderr;
  const now = options.now ?? Date.now;
  const start = now();
  const total = options.total;
  const unit = options.unit ?? 'articles';
  let done = 0;
  if (options.silent) {
    return { tick: () => void done++, log: () => {}, stop: () => {} };
  }
  const tty = options.tty ?? Boolean(process.stdout.isTTY && process.stderr.isTTY);

  if (tty) {
    const multi = new MultiBar({
      stream,
      format: ` {bar} {value}/{total} ${unit} | {rate}/s | ETA {eta_formatted} | {item}`,
      barsize: 30,
      hideCursor: true,
      clearOnComplete: false,
      etaBuffer: 20,
      fps: 8,
    });
    const bar = multi.create(total, 0, { rate: '0.0', item: '' });
    // Ctrl-C: give the terminal its cursor back, then exit as interrupted.
    const onInterrupt = (): void => {
      multi.stop();
      process.exit(130);
    };
    process.once('SIGINT', onInterrupt);
    return {
      tick(item, status, detail) {
        done++;
        const { rate } = rateAndEta(done, total, now() - start);
        if (status === 'failed') multi.log(`failed  ${item}: ${detail ?? ''}\n`);
        bar.increment(1, { rate: rate.toFixed(1), item: shorten(item, 40) });
      },
      log(line) {
        multi.log(`${line}\n`);
      },
      stop() {
        process.removeListener('SIGINT', onInterrupt);
        multi.update(); // flush logged lines the throttled redraw has not written yet
        multi.stop();
      },
    };
  }

  const width = String(total).length;
  // Up to EVERY_LINE_LIMIT items, one line each; above it, a line per 1% (or every
  // 2 seconds), plus every failure and the last item, so a log stays readable.
  const step = total <= EVERY_LINE_LIMIT ? 1 : Math.ceil(total / 100);
  let lastLine = start;
  return {
    tick(item, status, detail) {
      done++;
      const t = now();
      const due =
        status === 'failed' || done === total || done % step === 0 || t - lastLine >= 2000;
      if (!due) return;
      lastLine = t;
      const { rate, eta } = rateAndEta(done, total, t - start);
      const head = `[${String(done).padStart(width)}/${total}]`;
      const tail = `${rate.toFixed(1)} ${unit}/s, ETA ${formatDuration(eta)}`;
      stream.write(`${head} ${status.padEnd(9)} ${item}${detail ? `: ${detail}` : ''} (${tail})\n`);
    },
    log(line) {
      stream.write(`${line}\n`);
    },
    stop() {},
  };
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `…${text.slice(text.length - max + 1)}`;
}
