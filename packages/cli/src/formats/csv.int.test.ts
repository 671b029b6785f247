// The CSV export goes through the real `neo4j-admin database import full` (the import
// tool of the project's Neo4j build, scripts/neo4j/target/lib) into a scratch database.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '@news-kg/neo4j';
import { importArgs, writeCsvDir } from './csv';
import { nastyDoc } from './fixtures';

const LIB = join(repoRoot(), 'scripts', 'neo4j', 'target', 'lib');
const run = promisify(execFile);
const scratch: string[] = [];

afterAll(async () => {
  for (const dir of scratch) await rm(dir, { recursive: true, force: true });
});

describe('CSV export through neo4j-admin import', () => {
  it.runIf(existsSync(LIB))(
    'imports every node and relationship without a bad-entry report',
    async () => {
      const home = await mkdtemp(join(tmpdir(), 'kg-admin-import-'));
      scratch.push(home);
      await mkdir(join(home, 'conf'));
      await writeFile(join(home, 'conf', 'neo4j.conf'), '');
      const dir = join(home, 'csv');
      const doc = nastyDoc();
      await writeCsvDir(doc, dir);
      const { stdout, stderr } = await run(
        'java',
        ['-Xmx512m', '-cp', `${LIB}/*`, 'org.neo4j.cli.AdminTool', ...importArgs(dir)],
        {
          // The import tool writes import.report into its working directory.
          cwd: home,
          env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: join(home, 'conf') },
          maxBuffer: 16 * 1024 * 1024,
          timeout: 240_000,
        },
      );
      const out = stdout + stderr;
      const pairs = new Set(
        doc.entities.flatMap((e) => e.mentions.map((m) => `${e.id}|${m.documentId}`)),
      );
      expect(out).toContain('IMPORT DONE');
      expect(out).toMatch(new RegExp(`\\b${doc.entities.length + doc.documents.length} nodes\\b`));
      expect(out).toMatch(new RegExp(`\\b${doc.relations.length + pairs.size} relationships\\b`));
      expect(out).not.toMatch(/bad entr|skipped|duplicate/i);
    },
  );
});
