import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { KgUserError } from '@news-kg/schema';
import { serverFiles } from './files';

/** Hash of everything that decides what `mvn package` produces. */
function inputsHash(): string {
  const f = serverFiles();
  const hash = createHash('sha256');
  const sources = join(f.projectDir, 'src', 'main', 'java', 'kg', 'neo4j');
  const files = [f.pom, ...readdirSync(sources).map((name) => join(sources, name))].sort();
  for (const file of files) hash.update(file).update(readFileSync(file));
  return hash.digest('hex');
}

/** True when target/ holds a launcher built from the current pom and sources. */
export function isLauncherBuilt(): boolean {
  const f = serverFiles();
  if (!existsSync(f.buildStamp) || !existsSync(f.libDir)) return false;
  if (!existsSync(join(f.classesDir, 'kg', 'neo4j', 'Launcher.class'))) return false;
  return readFileSync(f.buildStamp, 'utf8').trim() === inputsHash();
}

export interface BuildOptions {
  /** Maven's -q: no download lines (CI). Default: show them, as progress. */
  quiet?: boolean;
  /** Rebuild even when the stamp says the build is current. */
  force?: boolean;
  /** Where Maven's output goes; default: this process's stderr. */
  output?: 'inherit' | 'ignore';
}

/**
 * Builds scripts/neo4j with `mvn -B package` (compiles the launcher and copies
 * Neo4j, Neo4j Browser and their dependencies to target/lib). On a fresh
 * machine this downloads ~140 MB from Maven Central; Maven prints each download.
 * Returns false when the build was already current.
 */
export async function buildLauncher(options: BuildOptions = {}): Promise<boolean> {
  if (!options.force && isLauncherBuilt()) return false;
  requireTool(
    'mvn',
    ['-v'],
    'Maven (mvn) is needed to build the local Neo4j launcher',
    'apt-get install -y maven',
  );
  requireTool(
    'java',
    ['-version'],
    'Java 17+ is needed to run the local Neo4j',
    'apt-get install -y openjdk-17-jre-headless',
  );
  const f = serverFiles();
  const args = [
    '-B',
    '-Dstyle.color=never',
    ...(options.quiet ? ['-q'] : []),
    '-f',
    f.pom,
    'package',
  ];
  const code = await new Promise<number>((resolve, reject) => {
    // Maven's progress goes to our stderr, so `start --json` keeps stdout clean.
    const out = options.output === 'ignore' ? 'ignore' : 2;
    const child = spawn('mvn', args, { stdio: ['ignore', out, out] });
    child.on('error', reject);
    child.on('exit', (exitCode, signal) => resolve(exitCode ?? (signal ? 128 : 1)));
  });
  if (code !== 0) {
    throw new KgUserError(`building the Neo4j launcher failed (mvn exited with ${code})`, {
      hint: `see Maven's output above; retry with \`mvn -B -f ${f.pom} package\``,
    });
  }
  writeFileSync(f.buildStamp, `${inputsHash()}\n`);
  return true;
}

function requireTool(command: string, args: string[], what: string, install: string): void {
  const probe = spawnSync(command, args, { stdio: 'ignore' });
  if (probe.error) {
    throw new KgUserError(`${what}, but \`${command}\` was not found`, {
      hint: `install it (${install}), or point NEO4J_URI at another Neo4j 5 server`,
    });
  }
}
