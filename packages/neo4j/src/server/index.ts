/**
 * The project's own Neo4j (scripts/neo4j): build the Java launcher on first
 * use, start it detached with a pid file and a log in .neo4j/, wait until Bolt
 * answers, and stop it with SIGTERM. Used by `pnpm kg neo4j start|stop|status`
 * and by the test global setup.
 */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { KgUserError } from '@news-kg/schema';
import {
  createDriver,
  LOCAL_BOLT_URI,
  LOCAL_BROWSER_URL,
  resolveConnection,
  type Neo4jConnection,
} from '../connection';
import { repoRoot } from '../paths';
import { buildLauncher } from './build';
import { LOCAL_BOLT_PORT, LOCAL_HOST, LOCAL_HTTP_PORT, serverFiles } from './files';
import {
  describePortOwner,
  isAlive,
  isOurLauncher,
  isPortFree,
  LAUNCHER_CLASS,
  readPid,
  removeFile,
  sleep,
  waitForExit,
} from './process';

export { buildLauncher, isLauncherBuilt, type BuildOptions } from './build';
export {
  LOCAL_BOLT_PORT,
  LOCAL_HOST,
  LOCAL_HTTP_PORT,
  serverFiles,
  type ServerFiles,
} from './files';

export const LOCAL_USER = 'neo4j';
/** `status` exits with this when the server is not running (LSB convention). */
export const NOT_RUNNING_EXIT_CODE = 3;

export interface LocalNeo4jStatus {
  running: boolean;
  pid: number | undefined;
  boltUri: string;
  browserUrl: string;
  user: string;
  /** Where the password is kept; it is never part of any output. */
  passwordFile: string;
  home: string;
  logFile: string;
}

export interface StartResult extends LocalNeo4jStatus {
  /** True when a server was already running and nothing was started. */
  alreadyRunning: boolean;
  /** True when this call built the launcher with Maven. */
  built: boolean;
  /** Time from spawning the JVM until Bolt and the Browser answered (0 when already running). */
  startupMs: number;
}

export interface StartOptions {
  /** Deadline for Bolt to answer after the JVM is spawned; default 180 s. */
  timeoutMs?: number;
  /** Build with `mvn -q` (no download lines). */
  quietBuild?: boolean;
  /** Progress lines ("building…", "waiting…"); default: none. */
  onProgress?: (line: string) => void;
}

/** The connection to the local server, whatever NEO4J_URI says. */
export function localConnection(env: NodeJS.ProcessEnv = process.env): Neo4jConnection {
  return resolveConnection({ ...env, NEO4J_URI: undefined });
}

export function localNeo4jStatus(): LocalNeo4jStatus {
  const f = serverFiles();
  const pid = readPid(f.pidFile);
  const running = pid !== undefined && isOurLauncher(pid, f.home);
  return {
    running,
    pid: running ? pid : undefined,
    boltUri: LOCAL_BOLT_URI,
    browserUrl: LOCAL_BROWSER_URL,
    user: LOCAL_USER,
    passwordFile: f.passwordFile,
    home: f.home,
    logFile: f.logFile,
  };
}

/** Does Bolt accept the local credentials right now? */
export async function localBoltAnswers(
  conn: Neo4jConnection = localConnection(),
): Promise<boolean> {
  const driver = createDriver(conn);
  try {
    await driver.verifyConnectivity();
    return true;
  } catch {
    return false;
  } finally {
    await driver.close();
  }
}

async function browserAnswers(): Promise<boolean> {
  try {
    const response = await fetch(LOCAL_BROWSER_URL, { signal: AbortSignal.timeout(5_000) });
    await response.arrayBuffer();
    return response.ok;
  } catch {
    return false;
  }
}

/**
 * Starts the local Neo4j unless it already runs. Builds the launcher first if
 * needed, refuses clearly when 7687/7474 belong to another program, and
 * resolves once Bolt (and the Browser page) answer, or throws a KgUserError.
 */
export async function startLocalNeo4j(options: StartOptions = {}): Promise<StartResult> {
  const f = serverFiles();
  const progress = options.onProgress ?? (() => {});
  const timeoutMs = options.timeoutMs ?? 180_000;
  mkdirSync(f.home, { recursive: true });

  const release = await acquireLock(f.lockFile, timeoutMs + 600_000);
  try {
    const current = localNeo4jStatus();
    if (current.running && current.pid !== undefined) {
      // Started by someone else; it may still be warming up.
      await waitUntilReady(current.pid, Date.now() + timeoutMs, () => null);
      return { ...current, alreadyRunning: true, built: false, startupMs: 0 };
    }
    removeFile(f.pidFile);

    for (const port of [LOCAL_BOLT_PORT, LOCAL_HTTP_PORT]) {
      if (!(await isPortFree(LOCAL_HOST, port))) throw portTaken(port);
    }

    progress('checking the Neo4j launcher build (scripts/neo4j)…');
    const built = await buildLauncher({ quiet: options.quietBuild ?? false });

    progress('starting Neo4j…');
    const started = Date.now();
    const out = openSync(f.logFile, 'w');
    let exitCode: number | null = null;
    let child;
    try {
      child = spawn(
        'java',
        [
          `@${f.jvmOptions}`,
          `-Dkg.neo4j.home=${f.home}`,
          `-Dkg.neo4j.conf=${f.neo4jConf}`,
          '-cp',
          [f.classesDir, join(f.libDir, '*')].join(delimiter),
          LAUNCHER_CLASS,
        ],
        { cwd: repoRoot(), detached: true, stdio: ['ignore', out, out] },
      );
    } finally {
      closeSync(out);
    }
    const pid = child.pid;
    if (pid === undefined) {
      throw new KgUserError('could not start `java` for the local Neo4j', {
        hint: 'install Java 17+ (apt-get install -y openjdk-17-jre-headless)',
      });
    }
    child.on('exit', (code, signal) => {
      exitCode = code ?? (signal ? 128 : 1);
    });
    child.unref();
    writeFileSync(f.pidFile, `${pid}\n`);

    try {
      await waitUntilReady(pid, started + timeoutMs, () => exitCode);
    } catch (error) {
      if (isAlive(pid)) {
        process.kill(pid, 'SIGTERM');
        await waitForExit(pid, 60_000);
      }
      removeFile(f.pidFile);
      throw error;
    }
    return { ...localNeo4jStatus(), alreadyRunning: false, built, startupMs: Date.now() - started };
  } finally {
    release();
  }
}

/** Polls Bolt (never a fixed sleep) until it accepts the local credentials, then the Browser page. */
async function waitUntilReady(
  pid: number,
  deadline: number,
  exitCode: () => number | null,
): Promise<void> {
  const f = serverFiles();
  while (Date.now() < deadline) {
    if (exitCode() !== null || !isAlive(pid)) throw startFailed(f.logFile);
    if ((await localBoltAnswers()) && (await browserAnswers())) return;
    await sleep(250);
  }
  throw new KgUserError(`the local Neo4j did not answer on ${LOCAL_BOLT_URI} in time`, {
    hint: `see ${f.logFile}`,
  });
}

function startFailed(logFile: string): KgUserError {
  const log = existsSync(logFile) ? readFileSync(logFile, 'utf8') : '';
  const failure = /\[kg-neo4j\] FAILED[^\n]*/.exec(log)?.[0].replace('[kg-neo4j] ', '');
  const errorLine = failure ?? log.split('\n').find((line) => /error|exception/i.test(line));
  if (/already in use|address in use|bind/i.test(errorLine ?? '')) {
    const port = /:(\d{2,5})/.exec(errorLine ?? '')?.[1];
    return portTaken(port ? Number(port) : LOCAL_BOLT_PORT);
  }
  return new KgUserError(
    `the local Neo4j exited during start-up${errorLine ? `: ${errorLine.trim()}` : ''}`,
    {
      hint: `see ${logFile}`,
    },
  );
}

function portTaken(port: number): KgUserError {
  const owner = describePortOwner(port);
  return new KgUserError(
    `port ${port} on ${LOCAL_HOST} is already in use by another program${owner ? ` (${owner})` : ''}, so the local Neo4j cannot start`,
    {
      hint: 'stop that program, or if it is a Neo4j 5 server use it instead: set NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD',
    },
  );
}

export interface StopResult {
  wasRunning: boolean;
  pid: number | undefined;
  /** True when the server ignored SIGTERM past the deadline and was killed. */
  forced: boolean;
  stopMs: number;
}

/** SIGTERM to the launcher (its shutdown hook stops Neo4j cleanly), then waits for the process to exit. */
export async function stopLocalNeo4j(options: { timeoutMs?: number } = {}): Promise<StopResult> {
  const f = serverFiles();
  const status = localNeo4jStatus();
  if (!status.running || status.pid === undefined) {
    removeFile(f.pidFile);
    return { wasRunning: false, pid: undefined, forced: false, stopMs: 0 };
  }
  const started = Date.now();
  const pid = status.pid;
  process.kill(pid, 'SIGTERM');
  let forced = false;
  if (!(await waitForExit(pid, options.timeoutMs ?? 120_000))) {
    process.kill(pid, 'SIGKILL');
    await waitForExit(pid, 10_000);
    forced = true;
  }
  removeFile(f.pidFile);
  return { wasRunning: true, pid, forced, stopMs: Date.now() - started };
}

/** The local ports that something other than our server listens on, with the owner when known. */
export async function localPortsInUse(): Promise<{ port: number; owner: string | undefined }[]> {
  const taken = [];
  for (const port of [LOCAL_BOLT_PORT, LOCAL_HTTP_PORT]) {
    if (!(await isPortFree(LOCAL_HOST, port))) taken.push({ port, owner: describePortOwner(port) });
  }
  return taken;
}

/** The generated (or NEO4J_PASSWORD) password of the local server, for `pnpm kg neo4j password`. */
export function localNeo4jPassword(): string | undefined {
  const conn = localConnection();
  return conn.password || undefined;
}

/** A lock file holding our pid, so two starts (two terminals, two vitest projects) never race. */
async function acquireLock(lockFile: string, timeoutMs: number): Promise<() => void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const fd = openSync(lockFile, 'wx');
      writeFileSync(fd, `${process.pid}\n`);
      closeSync(fd);
      return () => {
        if (readPid(lockFile) === process.pid) removeFile(lockFile);
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = readPid(lockFile);
    if (holder === undefined || !isAlive(holder)) {
      removeFile(lockFile);
      continue;
    }
    if (Date.now() > deadline) {
      throw new KgUserError(`another start of the local Neo4j (pid ${holder}) is still running`, {
        hint: `wait for it, or remove ${lockFile} if that process is gone`,
      });
    }
    await sleep(250);
  }
}
