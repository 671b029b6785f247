import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: the nearest folder above this file holding pnpm-workspace.yaml. */
export function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'pnpm-workspace.yaml'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('cannot find the repository root (pnpm-workspace.yaml)');
    dir = parent;
  }
  return dir;
}

/** Where the local Neo4j keeps its data, logs, pid and generated password (git-ignored). */
export function localNeo4jHome(): string {
  return process.env.KG_NEO4J_HOME ?? join(repoRoot(), '.neo4j');
}

export const LOCAL_PASSWORD_FILE = 'password';
