// The Cypher export loads into the real Neo4j and rebuilds the same graph.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportDocument, openDriver, planDocument, resolveConnection } from '@news-kg/neo4j';
import { validateDocument, type KgDocument } from '@news-kg/schema';
import { toCypherScript } from './cypher';
import { NASTY_NAME, nastyDoc } from './fixtures';

// Every id gets a run-specific prefix, so this test neither collides with nor
// deletes anything another test (or a person) loaded into the shared server.
const TAG = `cyphertest-${process.pid}-${Date.now()}-`;

function tagged(doc: KgDocument): KgDocument {
  const t = (id: string): string => TAG + id;
  return {
    ...doc,
    documents: doc.documents.map((d) => ({ ...d, id: t(d.id) })),
    entities: doc.entities.map((e) => ({
      ...e,
      id: t(e.id),
      mentions: e.mentions.map((m) => ({ ...m, documentId: t(m.documentId) })),
    })),
    relations: doc.relations.map((r) => ({
      ...r,
      id: t(r.id),
      subject: t(r.subject),
      object: t(r.object),
      attributedTo: r.attributedTo && t(r.attributedTo),
      evidence: r.evidence.map((e) => ({ ...e, documentId: t(e.documentId) })),
    })),
  };
}

const conn = resolveConnection();
let driver: Awaited<ReturnType<typeof openDriver>>;

async function runScript(script: string): Promise<void> {
  const statements = script.split('\n').filter((l) => l.trim() && !l.startsWith('//'));
  const session = driver.session({ database: conn.database });
  try {
    for (const s of statements.filter((x) => x.startsWith('CREATE '))) await session.run(s);
    await session.executeWrite(async (tx) => {
      for (const s of statements.filter((x) => !x.startsWith('CREATE '))) await tx.run(s);
    });
  } finally {
    await session.close();
  }
}

async function counts(): Promise<Record<string, number>> {
  const session = driver.session({ database: conn.database });
  try {
    const res = await session.run(
      `MATCH (e:Entity) WHERE e.id STARTS WITH $tag
       WITH count(e) AS entities
       OPTIONAL MATCH (a:Article) WHERE a.id STARTS WITH $tag
       WITH entities, count(a) AS articles
       OPTIONAL MATCH (s:Entity)-[r]->(o:Entity) WHERE s.id STARTS WITH $tag AND r.relationId STARTS WITH $tag
       WITH entities, articles, count(r) AS relations
       OPTIONAL MATCH (e:Entity)-[m:MENTIONED_IN]->(a:Article) WHERE a.id STARTS WITH $tag
       RETURN entities, articles, relations, count(m) AS mentions`,
      { tag: TAG },
    );
    return res.records[0]!.toObject() as Record<string, number>;
  } finally {
    await session.close();
  }
}

describe('Cypher export against the real Neo4j', () => {
  const doc = tagged(nastyDoc());
  const script = toCypherScript(doc);

  beforeAll(async () => {
    driver = await openDriver(conn);
  });

  afterAll(async () => {
    if (!driver) return;
    const session = driver.session({ database: conn.database });
    try {
      await session.run(
        'MATCH (n) WHERE (n:Entity OR n:Article) AND n.id STARTS WITH $tag DETACH DELETE n',
        { tag: TAG },
      );
    } finally {
      await session.close();
      await driver.close();
    }
  });

  it('rebuilds the same numbers of entities, articles, relations and mentions, twice over', async () => {
    const plans = planDocument(doc);
    const expected = {
      entities: doc.entities.length,
      articles: doc.documents.length,
      // one relationship per (relation, article), one MENTIONED_IN per (entity, article)
      relations: plans.reduce((n, p) => n + p.relations.length, 0),
      mentions: plans.reduce((n, p) => n + p.entities.length, 0),
    };
    expect(expected.relations).toBe(doc.relations.length); // one article here
    await runScript(script);
    expect(await counts()).toEqual(expected);
    await runScript(script); // MERGE on ids: running it again changes nothing
    expect(await counts()).toEqual(expected);
  });

  it('keeps hostile strings, labels, types and properties exactly', async () => {
    const session = driver.session({ database: conn.database });
    try {
      const res = await session.run(
        `MATCH (n:Entity {id: $id})-[r:CRITICIZED]->(o:Person)
         RETURN n.name AS name, labels(n) AS labels, n.aliases AS aliases,
                r.modality AS modality, r.confidence AS confidence, toString(r.date) AS date,
                r.attributedTo AS attributedTo, r.sentences AS sentences, r.qualifiers AS qualifiers,
                r.q_charge AS charge,
                o.name AS object`,
        { id: `${TAG}person:nasty` },
      );
      expect(res.records).toHaveLength(1);
      const row = res.records[0]!.toObject();
      expect(row.name).toBe(NASTY_NAME);
      expect([...row.labels].sort()).toEqual(['Entity', 'Person']);
      expect(row.aliases).toEqual(['A;B', `it's "quoted"`]);
      expect(row.modality).toBe('alleged');
      expect(row.confidence).toBe(0.5);
      expect(row.date).toBe('2025-03-21');
      expect(row.attributedTo).toBe(`${TAG}organization:the-opposition`);
      expect(row.sentences).toEqual([`He said: "${NASTY_NAME}"`]);
      expect(JSON.parse(row.qualifiers)).toEqual({ charge: 'a "bad" thing' });
      expect(row.charge).toBe('a "bad" thing');
      expect(row.object).toBe('Ana Ruiz');
      // The name that tries to break out of its literal deleted nothing.
      expect((await counts()).entities).toBe(doc.entities.length);
    } finally {
      await session.close();
    }
  });

  it('rebuilds what the loader writes: kg export reads the same document back', async () => {
    const back = await exportDocument(
      driver,
      { articleId: `${TAG}sample-1` },
      { database: conn.database },
    );
    expect(validateDocument(back).ok).toBe(true);
    const ids = (d: KgDocument) => ({
      entities: d.entities.map((e) => e.id).sort(),
      relations: d.relations.map((r) => r.id).sort(),
      evidence: d.relations.reduce((n, r) => n + r.evidence.length, 0),
      mentions: d.entities.reduce((n, e) => n + e.mentions.length, 0),
    });
    expect(ids(back)).toEqual(ids(doc));
    const nasty = back.entities.find((e) => e.id === `${TAG}person:nasty`)!;
    expect(nasty.name).toBe(NASTY_NAME);
    expect(back.documents[0]!.text).toBe(doc.documents[0]!.text);
  });
});
