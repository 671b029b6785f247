import { spawnSync } from 'node:child_process';
import { describe, expect, inject, it } from 'vitest';
import { KgUserError } from '@news-kg/schema';
import { openDriver } from './connection';
import { repoRoot } from './paths';
import { withNeo4j } from './run';

/**
 * What a user sees when the server is unreachable, refuses the credentials or lacks
 * the database: one line naming the URI and the fix, a non-zero exit, never the password.
 */
const conn = inject('neo4j');
const SECRET = 'wrong-Secret-7f3a9';

/** Runs `pnpm kg …` as a user would, with the given connection environment. */
function kg(args: string[], env: Record<string, string>) {
  const res = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'packages/cli/src/main.ts', ...args],
    {
      cwd: repoRoot(),
      env: { ...process.env, NO_COLOR: '1', ...env },
      encoding: 'utf8',
      timeout: 60_000,
    },
  );
  return { status: res.status, stdout: res.stdout, stderr: res.stderr };
}

describe('connection errors', () => {
  it('an unreachable server: one line with the URI and the fix, exit 1', async () => {
    const closed = { ...conn, uri: 'bolt://127.0.0.1:9', local: false, password: SECRET };
    const error = await openDriver(closed).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KgUserError);
    expect((error as KgUserError).message).toBe('cannot reach Neo4j at bolt://127.0.0.1:9');
    expect((error as KgUserError).hint).toMatch(/NEO4J_URI/);

    const run = kg(['query', 'RETURN 1'], {
      NEO4J_URI: 'bolt://127.0.0.1:9',
      NEO4J_PASSWORD: SECRET,
    });
    expect(run.status).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^error: cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:9 \(.*NEO4J_URI/);
    expect(run.stdout + run.stderr).not.toContain(SECRET);
  });

  it('the local server not started: the hint says `pnpm kg neo4j start`', async () => {
    const error = await openDriver({ ...conn, uri: 'bolt://127.0.0.1:9', local: true }).catch(
      (e: unknown) => e,
    );
    expect((error as KgUserError).hint).toMatch(/pnpm kg neo4j start/);
  });

  it('a wrong password: one line naming the URI and user, password never printed', async () => {
    const error = await openDriver({ ...conn, password: SECRET }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KgUserError);
    expect((error as KgUserError).message).toBe(
      `Neo4j at ${conn.uri} refused the credentials for user "${conn.user}"`,
    );
    expect(JSON.stringify(error) + String(error)).not.toContain(SECRET);

    const run = kg(['load', 'packages/neo4j/fixtures/dw-venezuela.kg.json'], {
      NEO4J_URI: conn.uri,
      NEO4J_USER: conn.user,
      NEO4J_PASSWORD: SECRET,
    });
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(
      /refused the credentials for user "neo4j" \(check NEO4J_USER and NEO4J_PASSWORD\)/,
    );
    expect(run.stdout + run.stderr).not.toContain(SECRET);
  });

  it('a missing database: one line naming it', async () => {
    const error = await openDriver({ ...conn, database: 'nosuchdb' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KgUserError);
    expect((error as KgUserError).message).toBe(`Neo4j at ${conn.uri} has no database "nosuchdb"`);
  });

  it('a Cypher error is a user error with the server’s first line', async () => {
    const error = await withNeo4j((driver) => driver.executeQuery('MATCH (n RETURN n'), conn).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(KgUserError);
    expect((error as KgUserError).message).toMatch(/refused the query: Invalid input/);
  });

  it('kg query is read-only unless --write', () => {
    const probe = `KgWriteProbe${Date.now()}`;
    const run = kg(['query', `CREATE (n:${probe}) RETURN n`], {});
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/refused a write in a read-only query \(.*--write/);
    const count = kg(['query', `MATCH (n:${probe}) RETURN count(n) AS n`, '--json'], {});
    expect(JSON.parse(count.stdout)).toEqual([{ n: 0 }]);
  });

  it('an invalid document is refused whole, with the paths of its errors', () => {
    const run = kg(
      ['load', 'packages/neo4j/fixtures/dw-venezuela.kg.json', 'packages/schema/package.json'],
      {},
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/package\.json is invalid, nothing was loaded: schemaVersion: /);
  });
});
