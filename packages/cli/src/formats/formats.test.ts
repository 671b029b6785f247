import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { planDocument, SCHEMA_STATEMENTS } from '@news-kg/neo4j';
import { validateDocument, type KgDocument } from '@news-kg/schema';
import {
  ARRAY_DELIMITER,
  CSV_FILES,
  cypherString,
  parseExportFormat,
  renderExport,
  toCsvFiles,
  toCypherScript,
  writeExport,
} from './index';
import { NASTY_NAME, nastyDoc, sampleDoc } from './fixtures';

/** RFC 4180 reader, strict: throws on a stray quote. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (ch === '"') {
        quoted = false;
        i++;
        if (i < text.length && text[i] !== ',' && text[i] !== '\n')
          throw new Error(`stray quote at ${i}`);
        continue;
      }
      field += ch;
      i++;
      continue;
    }
    if (ch === '"') {
      if (field !== '') throw new Error(`quote inside unquoted field at ${i}`);
      quoted = true;
    } else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
    i++;
  }
  if (quoted) throw new Error('unterminated quote');
  if (field !== '' || row.length) rows.push([...row, field]);
  return rows;
}

const XML_SAFE_NASTY = NASTY_NAME.replace('\u0001', '\uFFFD');

describe.each([
  ['sample', sampleDoc],
  ['nasty', nastyDoc],
])('exports of the %s document', (_name, make: () => KgDocument) => {
  const doc = make();

  it('GEXF parses back into graphology with the same nodes and edges', () => {
    const graph = parseGexf(Graph, renderExport(doc, 'gexf'));
    expect(graph.order).toBe(doc.entities.length);
    expect(graph.size).toBe(doc.relations.length);
    expect(graph.type).toBe('directed');
    for (const e of doc.entities) {
      expect(graph.getNodeAttribute(e.id, 'label')).toBe(e.name.replace('\u0001', '\uFFFD'));
      expect(graph.getNodeAttribute(e.id, 'type')).toBe(e.type);
    }
    for (const r of doc.relations) {
      expect(graph.source(r.id)).toBe(r.subject);
      expect(graph.target(r.id)).toBe(r.object);
      expect(graph.getEdgeAttribute(r.id, 'predicate')).toBe(r.predicate);
      expect(graph.getEdgeAttribute(r.id, 'modality')).toBe(r.modality);
    }
  });

  it('GraphML parses back with graphology-graphml with the same nodes, edges and typed attributes', () => {
    const graph = parseGraphml(Graph, renderExport(doc, 'graphml'));
    expect(graph.order).toBe(doc.entities.length);
    expect(graph.size).toBe(doc.relations.length);
    for (const e of doc.entities) {
      expect(graph.getNodeAttribute(e.id, 'label')).toBe(e.name.replace('\u0001', '\uFFFD'));
      expect(graph.getNodeAttribute(e.id, 'mentions')).toBe(e.mentions.length);
    }
    for (const r of doc.relations) {
      expect(graph.extremities(r.id)).toEqual([r.subject, r.object]);
      expect(graph.getEdgeAttribute(r.id, 'confidence')).toBe(r.confidence);
    }
  });

  it('CSV files have neo4j-admin headers and one row per node or relationship', () => {
    const files = toCsvFiles(doc);
    const entities = parseCsv(files.entities);
    const articles = parseCsv(files.articles);
    const relations = parseCsv(files.relations);
    const mentions = parseCsv(files.mentions);
    expect(entities[0]).toEqual([
      'id:ID',
      'name',
      'type',
      'aliases:string[]',
      'mentionCount:int',
      'attributes',
      ':LABEL',
    ]);
    expect(articles[0]).toContain('id:ID');
    expect(articles[0]).toContain(':LABEL');
    expect(relations[0]!.slice(0, 3)).toEqual([':START_ID', ':END_ID', ':TYPE']);
    expect(mentions[0]).toEqual([':START_ID', ':END_ID', ':TYPE', 'count:int']);
    expect(entities.length - 1).toBe(doc.entities.length);
    expect(articles.length - 1).toBe(doc.documents.length);
    expect(relations.length - 1).toBe(doc.relations.length);
    const pairs = new Set(
      doc.entities.flatMap((e) => e.mentions.map((m) => `${e.id}|${m.documentId}`)),
    );
    expect(mentions.length - 1).toBe(pairs.size);
    for (const table of [entities, articles, relations, mentions]) {
      for (const row of table) expect(row.length).toBe(table[0]!.length);
    }
    const byId = new Map(entities.slice(1).map((r) => [r[0], r]));
    for (const e of doc.entities) {
      const row = byId.get(e.id)!;
      expect(row[1]).toBe(e.name.replace(/\n/g, ' '));
      expect(row[6]!.split(ARRAY_DELIMITER)).toEqual(['Entity', e.type]);
      expect(row[3] === '' ? [] : row[3]!.split(ARRAY_DELIMITER)).toHaveLength(e.aliases.length);
    }
    for (const [i, r] of doc.relations.entries()) {
      const row = relations[i + 1]!;
      expect(row.slice(0, 3)).toEqual([r.subject, r.object, r.predicate]);
      expect(JSON.parse(row[11]!)).toEqual(r.evidence);
    }
  });

  it('the Cypher script has one statement per line, labels and types only from the ontology', () => {
    const script = toCypherScript(doc);
    const statements = script.split('\n').filter((l) => l && !l.startsWith('//'));
    for (const s of statements) expect(s.endsWith(';')).toBe(true);
    // The loader's schema + articles + entities + (entity, article) rows + (relation, article) rows
    const plans = planDocument(doc);
    expect(statements).toHaveLength(
      SCHEMA_STATEMENTS.length +
        plans.length +
        doc.entities.length +
        plans.reduce((n, p) => n + p.entities.length + p.relations.length, 0),
    );
    for (const r of doc.relations) {
      const articleId = r.evidence[0]!.documentId;
      expect(script).toContain(
        `[r:${r.predicate} {relationId: '${r.id}', articleId: '${articleId}'}]`,
      );
    }
  });
});

describe('fixtures', () => {
  it('the nasty document is itself a valid contract document', () => {
    expect(validateDocument(nastyDoc())).toMatchObject({ ok: true });
  });
});

describe('safety', () => {
  it('cypherString escapes quotes, backslashes, line breaks, controls and lone surrogates', () => {
    expect(cypherString(`a'b"c\\d`)).toBe(`'a\\'b\\"c\\\\d'`);
    expect(cypherString('x\ny\r\tz')).toBe("'x\\ny\\r\\tz'");
    expect(cypherString('\u0000\u2028')).toBe("'\\u0000\\u2028'");
    expect(cypherString('\uD800x')).toBe("'\uFFFDx'");
    expect(cypherString('🦜')).toBe("'🦜'");
  });

  it('a name that tries to close the literal stays inside it', () => {
    const script = toCypherScript(nastyDoc());
    const line = script.split('\n').find((l) => l.includes("{id: 'person:nasty'}"))!;
    expect(line).toContain(
      `name: 'O\\'Brien \\"Tex\\" \\\\ Smith; <b>&amp;</b>\\n\\'}) DETACH DELETE n // \\u0001 🦜 ünïcödé'`,
    );
    expect(line.split('\n')).toHaveLength(1);
  });

  it('refuses a predicate or entity type outside the ontology', () => {
    const badRel = sampleDoc();
    (badRel.relations[0] as { predicate: string }).predicate = 'KNOWS]->(x) DETACH DELETE x //';
    expect(() => toCypherScript(badRel)).toThrow(/ontology/);
    const badType = sampleDoc();
    (badType.entities[0] as { type: string }).type = 'Person:Admin';
    expect(() => toCypherScript(badType)).toThrow(/ontology/);
    expect(() => toCsvFiles(badType)).toThrow(/not in the ontology/);
  });

  it('XML exports keep markup characters as text', () => {
    const gexf = parseGexf(Graph, renderExport(nastyDoc(), 'gexf'));
    expect(gexf.getNodeAttribute('person:nasty', 'label')).toBe(XML_SAFE_NASTY);
    const graphml = parseGraphml(Graph, renderExport(nastyDoc(), 'graphml'));
    expect(graphml.getNodeAttribute('person:nasty', 'label')).toBe(XML_SAFE_NASTY);
    expect(graphml.getNodeAttribute('person:nasty', 'aliases')).toBe(`A;B; it's "quoted"`);
  });
});

describe('writeExport', () => {
  it('writes one file per single-file format and a folder for csv', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kg-export-'));
    const doc = sampleDoc();
    for (const format of ['gexf', 'graphml', 'cypher'] as const) {
      const [path] = await writeExport(doc, format, join(dir, `g.${format}`));
      expect((await readFile(path!, 'utf8')).length).toBeGreaterThan(100);
    }
    const paths = await writeExport(doc, 'csv', join(dir, 'csv'));
    expect(paths).toHaveLength(5);
    expect((await readdir(join(dir, 'csv'))).sort()).toEqual(
      [...Object.values(CSV_FILES), 'IMPORT.txt'].sort(),
    );
  });

  it('names the formats on a bad --format', () => {
    expect(parseExportFormat('GEXF')).toBe('gexf');
    expect(() => parseExportFormat('dot')).toThrow(/unknown export format "dot"/);
  });
});

describe('drawn positions', () => {
  it('GEXF and GraphML carry the laid-out positions and colours of the graph page', () => {
    const doc = sampleDoc();
    const gexf = parseGexf(Graph, renderExport(doc, 'gexf'));
    const graphml = parseGraphml(Graph, renderExport(doc, 'graphml'));
    const xs = new Set<number>();
    for (const e of doc.entities) {
      const a = gexf.getNodeAttributes(e.id);
      expect(typeof a.x).toBe('number');
      expect(typeof a.y).toBe('number');
      expect(a.color).toMatch(/^rgb|^#/);
      xs.add(a.x as number);
      expect(graphml.getNodeAttribute(e.id, 'x')).toBeCloseTo(a.x as number, 3);
    }
    expect(xs.size).toBe(doc.entities.length);
  });
});
