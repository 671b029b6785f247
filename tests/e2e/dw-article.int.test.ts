/**
 * End to end on the first article (DW, 2025-03-21): `kg build` extracts it, loads it
 * into the real Neo4j, exports and renders; then the saved queries must give the
 * answers the article states, the Neo4j export must equal the built graph, and every
 * export format must be complete. The graph page itself is checked in Chromium by
 * dw-article.browser.test.ts.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BuildSummary } from '@news-kg/cli';
import type { KgDocument } from '@news-kg/schema';
import { DW_FILE, DW_ID, kg, kgJson } from './kg';

type Row = Record<string, unknown>;
const query = (args: string[]): Promise<Row[]> => kgJson<Row[]>(['query', '--json', ...args]);

let out: string;
let summary: BuildSummary;
let built: KgDocument;
let loadedBefore = false;

beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'kg-e2e-'));
  const before = await query([
    'MATCH (a:Article {id: $id}) RETURN count(a) AS n',
    '--param',
    `id=${DW_ID}`,
  ]);
  loadedBefore = before[0]?.n === 1;
  const run = await kg([
    'build',
    DW_FILE,
    '--out',
    out,
    '--name',
    'dw',
    '--force',
    '--format',
    'gexf,graphml,csv,cypher',
    '--json',
  ]);
  expect(run.code, run.stderr).toBe(0);
  summary = JSON.parse(run.stdout) as BuildSummary;
  built = JSON.parse(readFileSync(summary.files.json, 'utf8')) as KgDocument;
});

afterAll(async () => {
  // Leave the server as we found it: a person's copy of the article stays.
  if (!loadedBefore) await kg(['unload', DW_ID]);
  if (out) await rm(out, { recursive: true, force: true });
});

describe('kg build on the DW article', () => {
  it('extracts, loads and reports the graph', () => {
    expect(summary.exitCode).toBe(0);
    expect(summary.articles).toEqual({ inputs: 1, extracted: 1, unchanged: 0, failed: [] });
    expect(summary.neo4j).toMatchObject({ used: true, user: 'neo4j' });
    const byType = summary.counts.entities.byType;
    for (const type of ['Person', 'Country', 'Prison', 'CriminalOrganization', 'Law'] as const) {
      expect(byType[type], type).toBeGreaterThanOrEqual(1);
    }
    expect(byType.Person).toBeGreaterThanOrEqual(4);
    const predicates = summary.counts.relations.byPredicate;
    expect(predicates.PRESIDENT_OF?.total).toBeGreaterThanOrEqual(2);
    expect(predicates.MEMBER_OF?.claimed).toBeGreaterThanOrEqual(1);
    expect(predicates.MEMBER_OF?.denied).toBeGreaterThanOrEqual(1);
    expect(summary.counts.entities.total).toBe(built.entities.length);
    expect(summary.counts.relations.total).toBe(built.relations.length);
    expect(built.documents.map((d) => d.id)).toEqual([DW_ID]);
  });

  it('the three example queries of the summary return rows', async () => {
    expect(summary.queries).toHaveLength(3);
    for (const q of summary.queries) {
      const rows = await query([q.cypher]);
      expect(rows.length, q.title).toBeGreaterThan(0);
    }
  });

  it('a second build skips the article as already loaded', async () => {
    const again = await kgJson<BuildSummary>([
      'build',
      DW_FILE,
      '--out',
      out,
      '--name',
      'dw2',
      '--json',
    ]);
    expect(again.articles).toMatchObject({ extracted: 0, unchanged: 1 });
    expect(again.counts).toEqual(summary.counts);
  });
});

describe('saved queries answer what the article says', () => {
  it('head-of-state-to-prison: Bukele, president of El Salvador, to CECOT', async () => {
    const rows = await query(['--name', 'head-of-state-to-prison']);
    const bukele = rows.find(
      (r) => r.headOfState === 'Nayib Bukele' && r.prison === 'Terrorism Confinement Center',
    );
    expect(bukele).toBeDefined();
    expect(bukele!.hops).toBe(2);
    expect(bukele!.via).toEqual(['Nayib Bukele', 'El Salvador', 'Terrorism Confinement Center']);
    expect(rows.some((r) => r.headOfState === 'Donald Trump')).toBe(true);
  });

  it('claims-and-denials: the US claims the deportees are Tren de Aragua members, Venezuela denies it', async () => {
    const rows = await query(['--name', 'claims-and-denials']);
    const claim = rows.find(
      (r) =>
        r.stance === 'claimed' &&
        r.subject === 'deportees' &&
        r.relation === 'MEMBER_OF' &&
        r.object === 'Tren de Aragua',
    );
    expect(claim).toMatchObject({ source: 'United States', deniedBy: ['Venezuela'] });
    expect(String(claim!.evidence)).toContain('Tren de Aragua');
    expect(
      rows.some(
        (r) => r.stance === 'denied' && r.source === 'Venezuela' && r.relation === 'MEMBER_OF',
      ),
    ).toBe(true);
  });

  it('evidence: the sentence saying Trump invoked the Alien Enemies Act', async () => {
    const rows = await query([
      '--name',
      'evidence',
      '--param',
      'subject=Trump',
      '--param',
      'object=Alien Enemies Act',
    ]);
    const mine = rows.filter((r) => JSON.stringify(r).includes(DW_ID));
    expect(mine.length).toBeGreaterThan(0);
    expect(JSON.stringify(mine)).toContain('INVOKED');
    expect(JSON.stringify(mine)).toMatch(/Alien Enemies Act/);
  });

  it('connected-to-facility: CECOT is in El Salvador and holds the deportees', async () => {
    const rows = await query([
      '--name',
      'connected-to-facility',
      '--param',
      'name=Terrorism Confinement Center',
    ]);
    const text = JSON.stringify(rows);
    expect(text).toContain('El Salvador');
    expect(text).toContain('deportees');
    expect(text).toMatch(/LOCATED_IN/);
    expect(text).toMatch(/HELD_IN/);
  });

  it('shortest-path: Trump to CECOT in two hops', async () => {
    const rows = await query([
      '--name',
      'shortest-path',
      '--param',
      'from=Donald Trump',
      '--param',
      'to=Terrorism Confinement Center',
    ]);
    expect(rows.length).toBeGreaterThan(0);
    expect(Math.min(...rows.map((r) => Number(r.hops)))).toBe(2);
  });
});

describe('exports', () => {
  it('kg export of the article from Neo4j equals the built graph', async () => {
    const path = join(out, 'exported.json');
    const run = await kg(['export', '--article', DW_ID, '--out', path]);
    expect(run.code, run.stderr).toBe(0);
    const exported = JSON.parse(readFileSync(path, 'utf8')) as KgDocument;
    const ids = (d: KgDocument) => ({
      entities: d.entities.map((e) => e.id).sort(),
      relations: d.relations.map((r) => r.id).sort(),
    });
    expect(ids(exported)).toEqual(ids(built));
  });

  it('kg export --format writes GraphML to a file and a Cypher script to stdout', async () => {
    const path = join(out, 'cli.graphml');
    const file = await kg(['export', '--article', DW_ID, '--format', 'graphml', '--out', path]);
    expect(file.code, file.stderr).toBe(0);
    expect(readFileSync(path, 'utf8').match(/<node /g)).toHaveLength(built.entities.length);
    const script = await kg(['export', '--article', DW_ID, '--format', 'cypher']);
    expect(script.code, script.stderr).toBe(0);
    expect(script.stdout.match(/^MERGE \(n:Entity /gm)).toHaveLength(built.entities.length);
    const csv = await kg(['export', '--article', DW_ID, '--format', 'csv']);
    expect(csv.code).toBe(1);
    expect(csv.stderr).toContain('--format csv writes a folder of files (give --out <dir>)');
  });

  it('build wrote every format, each with the whole graph', () => {
    const dir = summary.outDir;
    expect(existsSync(join(dir, 'graph.html'))).toBe(true);
    const gexf = readFileSync(join(dir, 'graph.gexf'), 'utf8');
    expect(gexf.match(/<node /g)).toHaveLength(built.entities.length);
    expect(gexf.match(/<edge /g)).toHaveLength(built.relations.length);
    const graphml = readFileSync(join(dir, 'graph.graphml'), 'utf8');
    expect(graphml.match(/<node /g)).toHaveLength(built.entities.length);
    expect(graphml.match(/<edge /g)).toHaveLength(built.relations.length);
    expect(readdirSync(join(dir, 'csv')).sort()).toEqual([
      'IMPORT.txt',
      'articles.csv',
      'entities.csv',
      'mentions.csv',
      'relations.csv',
    ]);
    const rows = (f: string) =>
      readFileSync(join(dir, 'csv', f), 'utf8')
        .trim()
        .split('\n').length - 1;
    expect(rows('entities.csv')).toBe(built.entities.length);
    expect(rows('relations.csv')).toBe(built.relations.length);
    const cypher = readFileSync(join(dir, 'graph.cypher'), 'utf8');
    expect(cypher.match(/^MERGE \(n:Entity /gm)).toHaveLength(built.entities.length);
    expect(cypher.match(/^MATCH \(s:Entity .*MERGE \(s\)-\[r:/gm)).toHaveLength(
      built.relations.length,
    );
  });

  it('the graph page embeds the graph', () => {
    const html = readFileSync(summary.files.html, 'utf8');
    expect(html).toContain('id="kg-data"');
    for (const name of ['Nayib Bukele', 'Tren de Aragua', 'Terrorism Confinement Center']) {
      expect(html).toContain(name);
    }
  });
});
