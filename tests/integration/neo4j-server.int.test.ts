import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '@news-kg/neo4j';
import { localBoltAnswers, localNeo4jStatus, startLocalNeo4j } from '@news-kg/neo4j';

/**
 * The cheap half of the server lifecycle, against the server the global setup
 * started (or found running): a second start does nothing, status says
 * "running" with exit code 0, and a second server whose ports are taken says
 * so clearly instead of failing obscurely. Skipped when NEO4J_URI points elsewhere.
 */
const root = repoRoot();
const kg = (args: string[], env: NodeJS.ProcessEnv = {}) =>
  spawnSync(
    join(root, 'node_modules', '.bin', 'tsx'),
    [join(root, 'packages/cli/src/main.ts'), ...args],
    {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, ...env },
      timeout: 60_000,
    },
  );

const otherHome = mkdtempSync(join(tmpdir(), 'kg-neo4j-other-'));
afterAll(() => rmSync(otherHome, { recursive: true, force: true }));

describe.skipIf(Boolean(process.env.NEO4J_URI))('local Neo4j server lifecycle', () => {
  it('is running and answers on Bolt', async () => {
    const status = localNeo4jStatus();
    expect(status.running).toBe(true);
    expect(status.pid).toBeGreaterThan(0);
    expect(await localBoltAnswers()).toBe(true);
  });

  it('a second start while it runs says so and changes nothing', async () => {
    const before = localNeo4jStatus().pid;
    const result = await startLocalNeo4j();
    expect(result.alreadyRunning).toBe(true);
    expect(result.pid).toBe(before);
    expect(localNeo4jStatus().pid).toBe(before);

    const cli = kg(['neo4j', 'start']);
    expect(cli.status).toBe(0);
    expect(cli.stdout).toContain('already running');
    expect(cli.stdout).not.toContain(kgPassword());
  });

  it('`kg neo4j status` exits 0 and prints the URLs and user but never the password', () => {
    const cli = kg(['neo4j', 'status', '--json']);
    expect(cli.status).toBe(0);
    const status = JSON.parse(cli.stdout) as Record<string, unknown>;
    expect(status).toMatchObject({
      running: true,
      boltAnswers: true,
      boltUri: 'bolt://127.0.0.1:7687',
      browserUrl: 'http://127.0.0.1:7474/browser/',
      user: 'neo4j',
    });
    expect(cli.stdout).not.toContain(kgPassword());
  });

  it('status of a server that is not running exits 3', () => {
    const cli = kg(['neo4j', 'status'], { KG_NEO4J_HOME: otherHome });
    expect(cli.status).toBe(3);
    expect(cli.stdout).toContain('not running');
  });

  it('a start whose ports are taken by another program gives a clear one-line error', () => {
    // A second home folder: its server would need 7687, which the running one holds.
    const cli = kg(['neo4j', 'start', '--timeout', '30'], { KG_NEO4J_HOME: otherHome });
    expect(cli.status).toBe(1);
    expect(cli.stderr).toMatch(
      /^error: port 7687 on 127\.0\.0\.1 is already in use by another program/m,
    );
    expect(cli.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });
});

function kgPassword(): string {
  const cli = kg(['neo4j', 'password']);
  expect(cli.status).toBe(0);
  const password = cli.stdout.trim();
  expect(password.length).toBeGreaterThanOrEqual(8);
  return password;
}
