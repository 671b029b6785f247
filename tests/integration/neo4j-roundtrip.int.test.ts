import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDriver } from '@news-kg/neo4j';

/**
 * Writes nodes and relationships through neo4j-driver and reads them back.
 * Everything carries this run's unique id, so parallel or earlier runs and the
 * loader's own data are never seen, and afterAll removes exactly what was written.
 */
const conn = inject('neo4j');
const runId = `roundtrip-${randomUUID()}`;
let driver: ReturnType<typeof createDriver>;

const people = [
  {
    id: `${runId}:ada`,
    name: 'Ada',
    born: 1815,
    score: 0.5,
    tags: ['math', 'poetry'],
    alive: false,
  },
  { id: `${runId}:grace`, name: 'Grace', born: 1906, score: 0.75, tags: ['navy'], alive: false },
  { id: `${runId}:linus`, name: 'Linus', born: 1969, score: 1, tags: [], alive: true },
];
const links = [
  { from: `${runId}:ada`, to: `${runId}:grace`, since: '2020-01-02', weight: 0.9 },
  { from: `${runId}:grace`, to: `${runId}:linus`, since: '2021-03-04', weight: 0.1 },
];

const cypher = async <T>(query: string, params: Record<string, unknown> = {}): Promise<T[]> => {
  const result = await driver.executeQuery(query, params, { database: conn.database });
  return result.records.map((record) => record.toObject() as T);
};

beforeAll(async () => {
  driver = createDriver(conn);
  await driver.verifyConnectivity(conn.database ? { database: conn.database } : {});
});

afterAll(async () => {
  await cypher('MATCH (n:KgTestPerson {runId: $runId}) DETACH DELETE n', { runId });
  await driver.close();
});

describe('neo4j round trip through neo4j-driver', () => {
  it('writes nodes and relationships', async () => {
    const created = await cypher<{ nodes: number; rels: number }>(
      `UNWIND $people AS p
       CREATE (n:KgTestPerson {id: p.id, runId: $runId})
       SET n.name = p.name, n.born = p.born, n.score = p.score, n.tags = p.tags, n.alive = p.alive
       WITH count(n) AS nodes
       UNWIND $links AS l
       MATCH (a:KgTestPerson {id: l.from, runId: $runId}), (b:KgTestPerson {id: l.to, runId: $runId})
       CREATE (a)-[r:KG_TEST_KNOWS {since: date(l.since), weight: l.weight}]->(b)
       RETURN nodes, count(r) AS rels`,
      { people, links, runId },
    );
    expect(created).toEqual([{ nodes: 3, rels: 2 }]);
  });

  it('reads the same nodes back with their property types intact', async () => {
    const rows = await cypher<{
      id: string;
      name: string;
      born: number;
      score: number;
      tags: string[];
      alive: boolean;
    }>(
      `MATCH (n:KgTestPerson {runId: $runId})
       RETURN n.id AS id, n.name AS name, n.born AS born, n.score AS score, n.tags AS tags, n.alive AS alive
       ORDER BY n.born`,
      { runId },
    );
    expect(rows).toEqual(
      people.map(({ id, name, born, score, tags, alive }) => ({
        id,
        name,
        born,
        score,
        tags,
        alive,
      })),
    );
  });

  it('reads the relationships back, with direction and properties', async () => {
    const rows = await cypher<{
      from: string;
      to: string;
      type: string;
      since: string;
      weight: number;
    }>(
      `MATCH (a:KgTestPerson {runId: $runId})-[r]->(b:KgTestPerson {runId: $runId})
       RETURN a.id AS from, b.id AS to, type(r) AS type, toString(r.since) AS since, r.weight AS weight
       ORDER BY since`,
      { runId },
    );
    expect(rows).toEqual(links.map((l) => ({ ...l, type: 'KG_TEST_KNOWS' })));
  });

  it('follows a two-hop path', async () => {
    const rows = await cypher<{ names: string[] }>(
      `MATCH p = (:KgTestPerson {id: $start})-[:KG_TEST_KNOWS*2]->(:KgTestPerson)
       RETURN [n IN nodes(p) | n.name] AS names`,
      { start: `${runId}:ada` },
    );
    expect(rows).toEqual([{ names: ['Ada', 'Grace', 'Linus'] }]);
  });

  it('rolls back a failed transaction: nothing of it is visible', async () => {
    const session = driver.session({ database: conn.database });
    try {
      await expect(
        session.executeWrite(async (tx) => {
          await tx.run('CREATE (:KgTestPerson {id: $id, runId: $runId})', {
            id: `${runId}:ghost`,
            runId,
          });
          await tx.run('RETURN 1 / 0');
        }),
      ).rejects.toThrow(/by zero/i);
    } finally {
      await session.close();
    }
    const rows = await cypher<{ n: number }>(
      'MATCH (n:KgTestPerson {id: $id}) RETURN count(n) AS n',
      {
        id: `${runId}:ghost`,
      },
    );
    expect(rows).toEqual([{ n: 0 }]);
  });
});
