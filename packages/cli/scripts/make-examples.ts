/**
 * Writes docs/examples.md: Cypher queries against the first article's graph and their
 * real output. The article is built with `kg build` into a private, empty Neo4j (so the
 * output is what a fresh quickstart shows), then each query runs through `kg query`.
 *
 *   pnpm exec tsx packages/cli/scripts/make-examples.ts
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from '@news-kg/neo4j';
import type { BuildSummary } from '../src/commands/build';
import { startPrivateNeo4j } from './private-neo4j';

const run = promisify(execFile);
const ARTICLE = 'data/articles/dw-2025-03-21-venezuela-rejects-us-gang-accusations.txt';

export const EXAMPLES: Array<{ title: string; about: string; cypher: string }> = [
  {
    title: 'Who holds which office',
    about: 'People and the offices the article gives them.',
    cypher: `MATCH (p:Person)-[r:PRESIDENT_OF|PRIME_MINISTER_OF|MINISTER_OF|LEADS|JUDGE_OF]->(x:Entity)
RETURN p.name AS person, type(r) AS office, x.name AS of
ORDER BY person, office`,
  },
  {
    title: 'Claims, allegations and denials',
    about:
      'Statements the article does not report as fact, with whoever makes them. A claim and its denial are separate relations.',
    cypher: `MATCH (s:Entity)-[r]->(o:Entity)
WHERE r.modality <> 'asserted'
OPTIONAL MATCH (src:Entity {id: r.attributedTo})
RETURN s.name AS subject, type(r) AS relation, o.name AS object,
       r.modality AS stance, src.name AS accordingTo
ORDER BY stance`,
  },
  {
    title: 'From a head of state to the prison',
    about: 'The shortest chain of stated relations from El Salvador’s president to CECOT.',
    cypher: `MATCH path = shortestPath(
  (:Person {name: 'Nayib Bukele'})-[*..4]-(:Prison {name: 'Terrorism Confinement Center'}))
RETURN [n IN nodes(path) | n.name] AS via,
       [r IN relationships(path) | type(r)] AS relations`,
  },
  {
    title: 'The evidence behind a relation',
    about: 'Every relation keeps the sentences that state it.',
    cypher: `MATCH (:Person {name: 'Donald Trump'})-[r:INVOKED]->(law:Law)
UNWIND r.sentences AS sentence
RETURN law.name AS law, sentence`,
  },
  {
    title: 'The most connected entities',
    about: 'Degree counts distinct relations in and out.',
    cypher: `MATCH (e:Entity)-[r]-(:Entity)
RETURN e.name AS entity, e.type AS type, count(DISTINCT r.relationId) AS relations
ORDER BY relations DESC, entity
LIMIT 5`,
  },
];

function cell(value: unknown): string {
  const text = Array.isArray(value)
    ? value.map((v) => String(v)).join(' → ')
    : value === null || value === undefined
      ? ''
      : String(value);
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function table(rows: Record<string, unknown>[]): string {
  if (!rows.length) return '_(no rows)_\n';
  const cols = Object.keys(rows[0]!);
  return [
    `| ${cols.join(' | ')} |`,
    `| ${cols.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${cols.map((c) => cell(r[c])).join(' | ')} |`),
    '',
  ].join('\n');
}

async function main(): Promise<void> {
  const root = repoRoot();
  const tsx = join(root, 'node_modules', '.bin', 'tsx');
  const main = join(root, 'packages', 'cli', 'src', 'main.ts');
  process.stderr.write('starting a private Neo4j on 127.0.0.1:17687…\n');
  const neo4j = await startPrivateNeo4j();
  const out = await mkdtemp(join(tmpdir(), 'kg-examples-'));
  try {
    const kg = async (args: string[]): Promise<string> =>
      (await run(tsx, [main, ...args], { cwd: root, env: neo4j.env, maxBuffer: 64 << 20 })).stdout;
    const summary = JSON.parse(
      await kg(['build', ARTICLE, '--out', out, '--name', 'dw', '--json']),
    ) as BuildSummary;
    const parts: string[] = [
      '# Example queries on the first article',
      '',
      `Real output for \`pnpm kg build ${ARTICLE}\` (${summary.counts.entities.total} entities, ${summary.counts.relations.total} relations),`,
      'with nothing else loaded. Paste a query into Neo4j Browser (the URL and user are in the',
      'summary `kg build` prints), or run it with `pnpm kg query "<cypher>"` (`--json` for JSON).',
      'Saved queries with parameters: `pnpm kg query --list`.',
      '',
      `_Regenerate with \`pnpm exec tsx packages/cli/scripts/make-examples.ts\`._`,
      '',
      'The graph page of the same build (`out/<name>/graph.html`; screenshots taken by',
      '`tests/e2e/dw-article.browser.test.ts`, which writes them to `test-artifacts/`):',
      '',
      '![Graph page of the DW article](images/graph-page.png)',
      '',
      '![Side panel with the evidence for Donald Trump](images/graph-page-panel.png)',
      '',
    ];
    for (const ex of EXAMPLES) {
      const rows = JSON.parse(await kg(['query', '--json', ex.cypher])) as Record<
        string,
        unknown
      >[];
      parts.push(
        `## ${ex.title}`,
        '',
        ex.about,
        '',
        '```cypher',
        ex.cypher,
        '```',
        '',
        table(rows),
      );
    }
    await writeFile(join(root, 'docs', 'examples.md'), parts.join('\n'));
    process.stderr.write('wrote docs/examples.md\n');
  } finally {
    await rm(out, { recursive: true, force: true });
    await neo4j.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
