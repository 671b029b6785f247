/** Runs `pnpm kg …` the way a user does (tsx on the CLI entry), for the end-to-end tests. */
import { execFile } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DW_FILE = join(
  ROOT,
  'data',
  'articles',
  'dw-2025-03-21-venezuela-rejects-us-gang-accusations.txt',
);
export const DW_ID = 'dw-2025-03-21-venezuela-rejects-us-gang-accusations';

export interface KgRun {
  code: number;
  stdout: string;
  stderr: string;
}

export function kg(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<KgRun> {
  return new Promise((resolve) => {
    execFile(
      join(ROOT, 'node_modules', '.bin', 'tsx'),
      [join(ROOT, 'packages', 'cli', 'src', 'main.ts'), ...args],
      { cwd: ROOT, env, maxBuffer: 64 * 1024 * 1024, timeout: 300_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** `kg …` that must exit 0; returns stdout parsed as JSON. */
export async function kgJson<T = unknown>(args: string[]): Promise<T> {
  const run = await kg(args);
  if (run.code !== 0) {
    throw new Error(
      `kg ${args.join(' ')} exited ${run.code}: ${run.stderr.trim().split('\n').pop()}`,
    );
  }
  return JSON.parse(run.stdout) as T;
}
