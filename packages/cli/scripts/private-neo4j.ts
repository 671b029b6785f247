/**
 * A throw-away Neo4j for scripts that need an empty graph (docs/examples.md): the
 * project's launcher (scripts/neo4j, built by `pnpm kg neo4j start` / `build`) on other
 * ports with its own scratch home, so it never touches the shared local server's data.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, openSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { buildLauncher, createDriver, repoRoot } from '@news-kg/neo4j';

export interface PrivateNeo4j {
  uri: string;
  browserUrl: string;
  password: string;
  /** process.env plus NEO4J_URI/USER/PASSWORD for this server. */
  env: NodeJS.ProcessEnv;
  stop(): Promise<void>;
}

export async function startPrivateNeo4j(
  options: { boltPort?: number; httpPort?: number; timeoutMs?: number } = {},
): Promise<PrivateNeo4j> {
  const boltPort = options.boltPort ?? 17687;
  const httpPort = options.httpPort ?? 17474;
  await buildLauncher({ quiet: true });
  const project = join(repoRoot(), 'scripts', 'neo4j');
  const home = await mkdtemp(join(tmpdir(), 'kg-private-neo4j-'));
  const password = randomBytes(12).toString('hex');
  const log = join(home, 'neo4j.log');
  const out = openSync(log, 'w');
  const child = spawn(
    'java',
    [
      `@${join(project, 'jvm.options')}`,
      `-Dkg.neo4j.home=${home}`,
      `-Dkg.neo4j.conf=${join(project, 'neo4j.conf')}`,
      `-Dkg.neo4j.bolt.port=${boltPort}`,
      `-Dkg.neo4j.http.port=${httpPort}`,
      '-cp',
      [join(project, 'target', 'classes'), join(project, 'target', 'lib', '*')].join(delimiter),
      'kg.neo4j.Launcher',
    ],
    {
      cwd: repoRoot(),
      stdio: ['ignore', out, out],
      env: { ...process.env, NEO4J_PASSWORD: password },
    },
  );
  closeSync(out);
  let exited = false;
  child.on('exit', () => {
    exited = true;
  });
  const uri = `bolt://127.0.0.1:${boltPort}`;
  const conn = { uri, user: 'neo4j', password, database: undefined, local: false };
  const stop = async (): Promise<void> => {
    if (!exited) {
      child.kill('SIGTERM');
      await new Promise<void>((resolve) => {
        const t = setTimeout(() => {
          child.kill('SIGKILL');
          resolve();
        }, 60_000);
        child.once('exit', () => {
          clearTimeout(t);
          resolve();
        });
      });
    }
    await rm(home, { recursive: true, force: true });
  };
  const deadline = Date.now() + (options.timeoutMs ?? 180_000);
  for (;;) {
    if (exited) {
      const text = existsSync(log) ? readFileSync(log, 'utf8') : '';
      await stop();
      throw new Error(
        `private Neo4j exited during start-up: ${text.split('\n').slice(-5).join(' ')}`,
      );
    }
    const driver = createDriver(conn);
    try {
      await driver.verifyConnectivity();
      break;
    } catch {
      if (Date.now() > deadline) {
        await stop();
        throw new Error(`private Neo4j did not answer on ${uri} in time (see ${log})`);
      }
      await new Promise((r) => setTimeout(r, 500));
    } finally {
      await driver.close();
    }
  }
  return {
    uri,
    browserUrl: `http://127.0.0.1:${httpPort}/browser/`,
    password,
    env: { ...process.env, NEO4J_URI: uri, NEO4J_USER: 'neo4j', NEO4J_PASSWORD: password },
    stop,
  };
}
