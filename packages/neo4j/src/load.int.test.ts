import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import neo4j, { type Driver, type ManagedTransaction, type Session } from 'neo4j-driver';
import {
  KgValidationError,
  entityId,
  mergeDocuments,
  relationId,
  validateDocument,
  type KgDocument,
} from '@news-kg/schema';
import { createDriver, openDriver } from './connection';
import { exportDocument } from './export';
import { LOAD_CYPHER, loadDocuments, loadValidDocuments } from './load';
import { planDocument } from './model';
import { ensureSchema } from './setup';
import {
  boltTarget,
  counts,
  dropNamespace,
  fixture,
  namespaced,
  normalise,
  tcpProxy,
  uniqueNs,
} from './test-support';
import { unloadArticles } from './unload';

const conn = inject('neo4j');
let driver: Driver;
const namespaces: string[] = [];
const ns = (tag: string) => {
  const n = uniqueNs(tag);
  namespaces.push(n);
  return n;
};

beforeAll(async () => {
  driver = await openDriver(conn);
  await ensureSchema(driver, conn);
});
afterAll(async () => {
  for (const n of namespaces) await dropNamespace(driver, n);
  await driver.close();
});

const load = (docs: KgDocument[], opts: Parameters<typeof loadValidDocuments>[2] = {}) =>
  loadValidDocuments(driver, docs, { database: conn.database, skipSchema: true, ...opts });

describe('loading into Neo4j', () => {
  it('round trip: load → export gives the same entities, relations and evidence', async () => {
    const n = ns('roundtrip');
    const doc = namespaced(fixture('dw-venezuela.kg.json'), n);
    await load([doc]);
    const out = await exportDocument(driver, { articleId: doc.documents[0]!.id }, conn);
    expect(validateDocument(out).ok).toBe(true);
    expect(normalise(out)).toEqual(normalise(doc));
  });

  it('is idempotent: loading twice (even forced) changes no count', async () => {
    const n = ns('idem');
    const doc = namespaced(fixture('dw-venezuela.kg.json'), n);
    const first = await load([doc]);
    expect(first.created).toBe(1);
    const before = await counts(driver, n);
    expect(before).toMatchObject({
      articles: 1,
      entities: doc.entities.length,
      distinctEntities: doc.entities.length,
      relationships: doc.relations.length,
      relations: doc.relations.length,
    });
    const again = await load([doc]);
    expect(again).toMatchObject({ unchanged: 1, relationshipsCreated: 0, nodesCreated: 0 });
    expect(await counts(driver, n)).toEqual(before);
    const forced = await load([doc], { force: true });
    expect(forced.replaced).toBe(1);
    expect(await counts(driver, n)).toEqual(before);
  });

  it('replaces a changed article (same id, new sha256) without duplicates', async () => {
    const n = ns('changed');
    const v1 = namespaced(fixture('dw-venezuela.kg.json'), n);
    await load([v1]);
    const v2 = structuredClone(v1);
    v2.documents[0]!.sha256 = 'f'.repeat(64);
    // Drop the court relation and the court itself; add an alias; change a confidence.
    const courtId = v2.entities.find((e) => e.type === 'Court')!.id;
    v2.relations = v2.relations.filter((r) => r.object !== courtId);
    v2.entities = v2.entities.filter((e) => e.id !== courtId);
    v2.entities.find((e) => e.name === 'Donald Trump')!.aliases.push('President Trump');
    v2.relations[0]!.confidence = 0.5;
    expect(validateDocument(v2).ok).toBe(true);
    const stats = await load([v2]);
    expect(stats.replaced).toBe(1);
    const c = await counts(driver, n);
    expect(c).toMatchObject({
      articles: 1,
      entities: v2.entities.length,
      relationships: v2.relations.length,
      mentionedIn: v2.entities.length,
    });
    const out = await exportDocument(driver, { articleId: v2.documents[0]!.id }, conn);
    expect(normalise(out)).toEqual(normalise(v2));
  });

  it('merges articles that share entities and keeps each source countable', async () => {
    const n = ns('merge');
    const a = namespaced(fixture('dw-venezuela.kg.json'), n);
    const b = namespaced(fixture('judge-orders-planes-back.kg.json'), n);
    await load([a, b]);
    const merged = mergeDocuments([a, b]);
    const c = await counts(driver, n);
    expect(c.entities).toBe(merged.entities.length);
    expect(c.distinctEntities).toBe(c.entities);
    expect(c.relations).toBe(merged.relations.length);
    expect(c.relationships).toBe(a.relations.length + b.relations.length);

    const invoked = relationId({
      subject: `${n}/${entityId('Person', 'Donald Trump')}`,
      predicate: 'INVOKED',
      object: `${n}/${entityId('Law', 'Alien Enemies Act')}`,
      modality: 'asserted',
      attributedTo: null,
    });
    expect(invoked).not.toBe(''); // ids in the fixture are namespaced copies:
    const sources = await driver.executeQuery(
      `MATCH (:Entity {id: $s})-[r:INVOKED]->(:Entity {id: $o})
       RETURN count(DISTINCT r.articleId) AS articles, sum(r.evidenceCount) AS evidence`,
      { s: `${n}/person:donald-trump`, o: `${n}/law:alien-enemies-act` },
    );
    expect(sources.records[0]!.toObject()).toEqual({ articles: 2, evidence: 2 });

    const trump = await driver.executeQuery(
      `MATCH (e:Entity {id: $id}) RETURN e.aliases AS aliases, COUNT { (e)-[:MENTIONED_IN]->() } AS articles`,
      { id: `${n}/person:donald-trump` },
    );
    expect(trump.records[0]!.get('articles')).toBe(2);

    // Exporting both articles gives what mergeDocuments gives.
    const out = await exportDocument(
      driver,
      { cypher: 'MATCH (a:Article) WHERE a.id STARTS WITH $p RETURN a', params: { p: `${n}-` } },
      conn,
    );
    expect(validateDocument(out).ok).toBe(true);
    expect(normalise(out)).toEqual(normalise(merged));
  });

  it('unload removes what an article contributed and keeps what another supports', async () => {
    const n = ns('unload');
    const a = namespaced(fixture('dw-venezuela.kg.json'), n);
    const b = namespaced(fixture('judge-orders-planes-back.kg.json'), n);
    // Article a says more about Trump than b: another name form, an alias, an attribute.
    const trumpInA = a.entities.find((e) => e.name === 'Donald Trump')!;
    trumpInA.attributes = { role: 'president' };
    trumpInA.aliases.push('President Trump');
    await load([b, a]);
    const loaded = await exportDocument(driver, { articleId: b.documents[0]!.id }, conn);
    expect(loaded.entities.find((e) => e.id === trumpInA.id)).toMatchObject({
      aliases: ['Trump', 'President Trump'],
      attributes: { role: 'president' },
    });
    const stats = await unloadArticles(driver, [a.documents[0]!.id, `${n}-missing`], conn);
    expect(stats.removed).toEqual([a.documents[0]!.id]);
    expect(stats.missing).toEqual([`${n}-missing`]);
    expect(await counts(driver, n)).toMatchObject({
      articles: 1,
      entities: b.entities.length,
      relationships: b.relations.length,
      mentionedIn: b.entities.length,
    });
    // Shared entities keep only what article b says about them.
    const out = await exportDocument(driver, { articleId: b.documents[0]!.id }, conn);
    expect(normalise(out)).toEqual(normalise(b));
    await unloadArticles(driver, [b.documents[0]!.id], conn);
    expect(await counts(driver, n)).toMatchObject({ articles: 0, entities: 0, relationships: 0 });
  });

  it('two concurrent loads (two writers each) of articles sharing entities create no duplicate nodes', async () => {
    const n = ns('concurrent');
    const base = fixture('dw-venezuela.kg.json');
    const copies = (from: number, to: number) =>
      Array.from({ length: to - from }, (_, i) => {
        const d = structuredClone(base);
        const id = `${d.documents[0]!.id}-${from + i}`;
        d.documents[0]!.id = id;
        for (const e of d.entities) for (const m of e.mentions) m.documentId = id;
        for (const r of d.relations) for (const ev of r.evidence) ev.documentId = id;
        return namespaced(d, n);
      });
    const other = createDriver(conn);
    try {
      const [x, y] = await Promise.all([
        loadValidDocuments(driver, copies(0, 12), {
          ...conn,
          skipSchema: true,
          batchSize: 40,
          concurrency: 2,
        }),
        loadValidDocuments(other, copies(12, 24), {
          ...conn,
          skipSchema: true,
          batchSize: 40,
          concurrency: 2,
        }),
      ]);
      expect(x.created + y.created).toBe(24);
    } finally {
      await other.close();
    }
    expect(await counts(driver, n)).toMatchObject({
      articles: 24,
      entities: base.entities.length,
      distinctEntities: base.entities.length,
      relations: base.relations.length,
      relationships: 24 * base.relations.length,
      mentionedIn: 24 * base.entities.length,
    });
  });

  it('stores hostile strings verbatim and never executes them', async () => {
    const n = ns('hostile');
    const doc = namespaced(fixture('dw-venezuela.kg.json'), n);
    const hostile = [
      'O\'Brien "the `boss`" }) DETACH DELETE n //',
      '`]->() MATCH (x) DETACH DELETE x //',
      '\u202eevil\u0000null byte 🧨 ñ 中文',
      'x'.repeat(20_000),
    ];
    const trump = doc.entities.find((e) => e.name === 'Donald Trump')!;
    trump.name = hostile[0]!;
    trump.aliases = hostile.slice(1);
    trump.attributes = { [hostile[1]!]: hostile[0]! };
    doc.relations[0]!.qualifiers = { 'role`) DELETE r //': hostile[2]!, charge: hostile[0]! };
    doc.documents[0]!.title = hostile[1]!;
    const before = await driver.executeQuery('MATCH (n) RETURN count(n) AS n');
    await load([doc]);
    const out = await exportDocument(driver, { articleId: doc.documents[0]!.id }, conn);
    expect(normalise(out)).toEqual(normalise(doc));
    const after = await driver.executeQuery('MATCH (n) RETURN count(n) AS n');
    expect(after.records[0]!.get('n')).toBeGreaterThanOrEqual(before.records[0]!.get('n'));
    const q = await driver.executeQuery(
      'MATCH ()-[r]->() WHERE r.relationId = $id RETURN r.q_charge AS charge',
      { id: doc.relations[0]!.id },
    );
    expect(q.records[0]!.get('charge')).toBe(hostile[0]);

    // A predicate or type outside the ontology is refused whole, before any write.
    const bad = structuredClone(doc) as unknown as {
      relations: Array<{ predicate: string }>;
      entities: Array<{ type: string }>;
    };
    bad.relations[0]!.predicate = 'KNOWS]->() DETACH DELETE n //';
    bad.entities[0]!.type = 'Person:Admin';
    await expect(
      loadDocuments(driver, [{ document: bad, source: 'bad.json' }], conn),
    ).rejects.toThrow(KgValidationError);
    await expect(
      loadDocuments(driver, [{ document: bad, source: 'bad.json' }], conn),
    ).rejects.toThrow(/relations\.0\.predicate/);
  });

  it('streams every payload statement (no Eager) and finds nodes by index or element id only', async () => {
    // A driver whose write transactions EXPLAIN each statement before running it.
    const plans: Array<{ cypher: string; operators: string[] }> = [];
    const operators = (plan: { operatorType: string; children: unknown[] }): string[] => [
      plan.operatorType.split('@')[0]!,
      ...plan.children.flatMap((c) => operators(c as typeof plan)),
    ];
    const explaining = (tx: ManagedTransaction) =>
      ({
        run: async (cypher: string, params: Record<string, unknown>) => {
          const explain = await tx.run(
            cypher.replace(LOAD_CYPHER, `${LOAD_CYPHER}EXPLAIN `),
            params,
          );
          const plan = explain.summary.plan as { operatorType: string; children: unknown[] };
          plans.push({ cypher, operators: operators(plan) });
          return tx.run(cypher, params);
        },
      }) as unknown as ManagedTransaction;
    const spy = {
      session: (config: Parameters<Driver['session']>[0]) => {
        const session = driver.session(config);
        return {
          executeWrite: (work: (tx: ManagedTransaction) => unknown, c: unknown) =>
            session.executeWrite((tx) => work(explaining(tx)), c as never),
          executeRead: session.executeRead.bind(session),
          close: session.close.bind(session),
        } as unknown as Session;
      },
    } as unknown as Driver;

    const n = ns('plans');
    const doc = namespaced(fixture('dw-venezuela.kg.json'), n);
    // With qualifiers, the first load creates; the forced one also removes and collects.
    expect(doc.relations.some((r) => r.qualifiers && Object.keys(r.qualifiers).length)).toBe(true);
    await loadValidDocuments(spy, [doc], { database: conn.database, skipSchema: true });
    await loadValidDocuments(spy, [doc], {
      database: conn.database,
      skipSchema: true,
      force: true,
    });
    expect(plans.length).toBeGreaterThan(4);
    expect(plans.some((p) => p.operators.includes('SetRelationshipPropertiesFromMap'))).toBe(true);
    for (const { cypher, operators: ops } of plans) {
      expect(cypher.startsWith(LOAD_CYPHER)).toBe(true);
      // The statements that stream the payload (entities, mentions, relations): no Eager
      // below their writes. (Buffering the returned ids, right under ProduceResults, is
      // fine; the per-article lock, remove and collect statements are small and may buffer.)
      if (cypher.includes('UNWIND $rows')) expect(ops.slice(2), cypher).not.toContain('Eager');
      for (const scan of ['AllNodesScan', 'NodeByLabelScan', 'NodeIndexScan'])
        expect(ops, cypher).not.toContain(scan);
    }
  });

  it('a batch killed mid-load leaves no half-written article, old or new', async () => {
    const n = ns('killed');
    const base = fixture('dw-venezuela.kg.json');
    const articles = Array.from({ length: 6 }, (_, i) => {
      const d = structuredClone(base);
      const id = `${d.documents[0]!.id}-${i}`;
      d.documents[0]!.id = id;
      for (const e of d.entities) for (const m of e.mentions) m.documentId = id;
      for (const r of d.relations) for (const ev of r.evidence) ev.documentId = id;
      return namespaced(d, n);
    });
    // Article 2 is loaded first in its v1; the killed load carries its v2.
    await load([articles[2]!]);
    const v1 = await exportDocument(driver, { articleId: articles[2]!.documents[0]!.id }, conn);
    const v2 = structuredClone(articles[2]!);
    v2.documents[0]!.sha256 = 'e'.repeat(64);
    v2.relations = v2.relations.slice(0, 5);
    articles[2] = v2;

    // Each article is ~32 rows: batchSize 64 gives batches [0,1] [2,3] [4,5], each written in
    // several statements (lock, remove the old version, entities, relations). Cut the connection in the middle of the second batch, and keep
    // the server unreachable so that the managed transaction's retries fail too.
    const proxy = await tcpProxy(boltTarget(conn.uri));
    const victim = neo4j.driver(proxy.uri, neo4j.auth.basic(conn.user, conn.password), {
      disableLosslessIntegers: true,
      maxTransactionRetryTime: 1_000,
      connectionTimeout: 2_000,
    });
    try {
      await expect(
        loadValidDocuments(victim, articles, {
          ...conn,
          skipSchema: true,
          batchSize: 64,
          beforeStatement: async ({ batch, statement }) => {
            if (batch === 1 && statement === 2) await proxy.close();
          },
        }),
      ).rejects.toThrow();
    } finally {
      await proxy.close();
      await victim.close();
    }

    const loaded = await driver.executeQuery(
      'MATCH (a:Article) WHERE a.id STARTS WITH $p RETURN a.id AS id ORDER BY id',
      { p: `${n}-` },
    );
    const ids = loaded.records.map((r) => r.get('id') as string);
    expect(ids).toEqual(
      [articles[0]!, articles[1]!, articles[2]!].map((d) => d.documents[0]!.id).sort(),
    );
    // Committed articles are complete; the interrupted change left v1 whole.
    for (const d of [articles[0]!, articles[1]!]) {
      const out = await exportDocument(driver, { articleId: d.documents[0]!.id }, conn);
      expect(normalise(out)).toEqual(normalise(d));
    }
    const stillV1 = await exportDocument(driver, { articleId: v2.documents[0]!.id }, conn);
    expect(normalise(stillV1)).toEqual(normalise(v1));
    // Nothing of articles 3..5 exists.
    const stray = await driver.executeQuery(
      'MATCH ()-[r]->() WHERE r.articleId IN $ids RETURN count(r) AS n',
      { ids: articles.slice(3).map((d) => d.documents[0]!.id) },
    );
    expect(stray.records[0]!.get('n')).toBe(0);

    // Loading again finishes the job.
    const resumed = await load(articles);
    expect(resumed).toMatchObject({ unchanged: 2, replaced: 1, created: 3 });
    const total = articles.reduce((sum, d) => sum + planDocument(d)[0]!.relations.length, 0);
    expect((await counts(driver, n)).relationships).toBe(total);
  });

  it('a connection cut mid-batch is retried from scratch: complete, no duplicates', async () => {
    const n = ns('retried');
    const base = fixture('dw-venezuela.kg.json');
    const articles = Array.from({ length: 4 }, (_, i) => {
      const d = structuredClone(base);
      const id = `${d.documents[0]!.id}-${i}`;
      d.documents[0]!.id = id;
      for (const e of d.entities) for (const m of e.mentions) m.documentId = id;
      for (const r of d.relations) for (const ev of r.evidence) ev.documentId = id;
      return namespaced(d, n);
    });
    const proxy = await tcpProxy(boltTarget(conn.uri));
    const victim = neo4j.driver(proxy.uri, neo4j.auth.basic(conn.user, conn.password), {
      disableLosslessIntegers: true,
    });
    let cuts = 0;
    try {
      const stats = await loadValidDocuments(victim, articles, {
        ...conn,
        skipSchema: true,
        batchSize: 64,
        beforeStatement: ({ batch, statement }) => {
          if (batch === 1 && statement === 2 && cuts++ === 0) proxy.cut();
        },
      });
      expect(cuts).toBeGreaterThan(1); // the batch ran again
      expect(stats.created).toBe(4);
    } finally {
      await proxy.close();
      await victim.close();
    }
    const total = articles.reduce((sum, d) => sum + d.relations.length, 0);
    expect(await counts(driver, n)).toMatchObject({
      articles: 4,
      entities: base.entities.length,
      relationships: total,
      mentionedIn: 4 * base.entities.length,
    });
  });
});
