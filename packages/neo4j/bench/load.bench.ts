/**
 * `pnpm bench:load`: relationships per second for the batched loader, a naive loader
 * (one transaction per triple) and re-loads, on synthetic contract documents of 10k and
 * 100k relations. A benchmark, not a test: it prints figures and cleans up after itself.
 *
 *   pnpm bench:load [--sizes 10000,100000] [--naive-sample 2000] [--batch-size 1000] [--concurrency 1]
 *
 * Everything it writes has ids under a fresh `bench-…/` prefix and is deleted at the end.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { validateDocument, type KgDocument } from '@news-kg/schema';
import { syntheticDocument } from './synthetic';
import {
  DEFAULT_BATCH_SIZE,
  ensureSchema,
  loadValidDocuments,
  localNeo4jHome,
  openDriver,
  resolveConnection,
  type Neo4jConnection,
} from '@news-kg/neo4j';

const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const SIZES = arg('sizes', '10000,100000').split(',').map(Number);
const NAIVE_SAMPLE = Number(arg('naive-sample', '2000'));
const BATCH_SIZE = Number(arg('batch-size', String(DEFAULT_BATCH_SIZE)));
const CONCURRENCY = Number(arg('concurrency', '1'));
/** (relation, article) pairs: what the loader writes as relationships. */
function triples(doc: KgDocument) {
  const types = new Map(doc.entities.map((e) => [e.id, e.type]));
  return doc.relations.flatMap((r) =>
    r.evidence.map((e) => ({
      s: r.subject,
      st: types.get(r.subject)!,
      o: r.object,
      ot: types.get(r.object)!,
      predicate: r.predicate,
      articleId: e.documentId,
      relationId: r.id,
      sentence: e.sentence,
    })),
  );
}

/** The naive loader: one managed transaction per triple, MERGE both ends, CREATE the edge. */
async function naiveLoad(driver: Driver, conn: Neo4jConnection, rows: ReturnType<typeof triples>) {
  const session = driver.session({ database: conn.database });
  try {
    for (const row of rows) {
      await session.executeWrite((tx) =>
        tx.run(
          `MERGE (s:Entity {id: $s}) ON CREATE SET s.type = $st
           MERGE (o:Entity {id: $o}) ON CREATE SET o.type = $ot
           CREATE (s)-[r:${row.predicate}]->(o)
           SET r.articleId = $articleId, r.relationId = $relationId, r.sentences = [$sentence]`,
          row,
        ),
      );
    }
  } finally {
    await session.close();
  }
}

async function cleanup(driver: Driver, conn: Neo4jConnection, prefix: string) {
  const session = driver.session({ database: conn.database });
  try {
    await session.run(
      `MATCH (a:Article) WHERE a.id STARTS WITH $p
       CALL (a) { DETACH DELETE a } IN TRANSACTIONS OF 500 ROWS`,
      { p: `${prefix}-` },
    );
    await session.run(
      `MATCH (e:Entity) WHERE e.id STARTS WITH $p
       CALL (e) { DETACH DELETE e } IN TRANSACTIONS OF 200 ROWS`,
      { p: `${prefix}/` },
    );
  } finally {
    await session.close();
  }
}

/**
 * CPU seconds used by this process and, for the local server, by the Neo4j JVM (from
 * /proc). On a machine shared with other work, wall-clock rates swing with the load;
 * rates per CPU-second do much less, so the benchmark prints both.
 */
function serverPid(): string | undefined {
  if (process.env.NEO4J_URI) return undefined;
  try {
    const pid = readFileSync(join(localNeo4jHome(), 'neo4j.pid'), 'utf8').trim();
    return existsSync(`/proc/${pid}/stat`) ? pid : undefined;
  } catch {
    return undefined;
  }
}
const PID = serverPid();
const TICK_MS = 10; // USER_HZ is 100 on Linux

function cpuNow() {
  let server: number | undefined;
  if (PID) {
    const fields = readFileSync(`/proc/${PID}/stat`, 'utf8').split(') ')[1]!.split(' ');
    server = (Number(fields[11]) + Number(fields[12])) * TICK_MS;
  }
  return { client: process.cpuUsage(), server };
}

function cpuSince(start: ReturnType<typeof cpuNow>) {
  const client = process.cpuUsage(start.client);
  const now = cpuNow();
  return {
    clientCpuSeconds: (client.user + client.system) / 1e6,
    serverCpuSeconds:
      start.server === undefined || now.server === undefined
        ? undefined
        : (now.server - start.server) / 1000,
  };
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

async function main() {
  const conn = resolveConnection();
  const driver = await openDriver(conn);
  const run = `bench-${Date.now().toString(36)}`;
  const results: Array<Record<string, string | number | undefined>> = [];
  try {
    await ensureSchema(driver, conn);
    console.log(
      `news-kg load benchmark against ${conn.uri} (batch size ${BATCH_SIZE}, ${CONCURRENCY} writer(s), naive sample ${NAIVE_SAMPLE} triples)`,
    );
    for (const size of SIZES) {
      const prefix = `${run}-${size}`;
      const doc = syntheticDocument(prefix, size);
      const check = validateDocument(doc);
      if (!check.ok) throw new Error(`synthetic document invalid: ${check.issues[0]?.message}`);
      const rels = triples(doc).length;
      console.log(
        `\n${fmt(size)} relations: ${doc.documents.length} articles, ${fmt(doc.entities.length)} entities, ${fmt(rels)} relationships to write`,
      );
      const load = async (label: string, force: boolean) => {
        const cpu0 = cpuNow();
        const stats = await loadValidDocuments(driver, [doc], {
          ...conn,
          skipSchema: true,
          batchSize: BATCH_SIZE,
          concurrency: CONCURRENCY,
          force,
        });
        const rate = rels / (stats.ms / 1000);
        const all = stats.relationshipsCreated / (stats.ms / 1000);
        const cpu = cpuSince(cpu0);
        console.log(
          `  ${label.padEnd(34)} ${(stats.ms / 1000).toFixed(2).padStart(7)} s  ${fmt(rate).padStart(10)} rel/s  (${fmt(all)}/s counting MENTIONED_IN; ${stats.batches} transactions, ${fmt(stats.relationshipsCreated)} created, ${fmt(stats.relationshipsDeleted)} deleted)`,
        );
        results.push({
          size,
          loader: label,
          seconds: stats.ms / 1000,
          relPerSecond: Math.round(rate),
          allRelPerSecond: Math.round(all),
          ...cpu,
        });
        if (cpu.serverCpuSeconds !== undefined) {
          console.log(
            `  ${''.padEnd(34)} CPU: server ${cpu.serverCpuSeconds.toFixed(2)} s, client ${cpu.clientCpuSeconds.toFixed(2)} s → ${fmt(rels / (cpu.serverCpuSeconds + cpu.clientCpuSeconds))} rel per CPU-second`,
          );
        }
        return rate;
      };
      // Warm the server's query plans first (the first batches plan and JIT-compile).
      await loadValidDocuments(driver, [syntheticDocument(`${prefix}-warm`, 2000, 3)], {
        ...conn,
        skipSchema: true,
        batchSize: BATCH_SIZE,
      });
      await cleanup(driver, conn, `${prefix}-warm`);
      const batched = await load('batched loader (empty graph)', false);
      await load('re-load, unchanged (hash skip)', false);
      await load('re-load, forced (replace all)', true);

      // Naive: a sample of triples into a separate prefix, then extrapolated.
      const naivePrefix = `${prefix}-naive`;
      const sample = triples(syntheticDocument(naivePrefix, Math.min(size, NAIVE_SAMPLE), 2)).slice(
        0,
        NAIVE_SAMPLE,
      );
      const naiveCpu0 = cpuNow();
      const t0 = performance.now();
      await naiveLoad(driver, conn, sample);
      const naiveSeconds = (performance.now() - t0) / 1000;
      const naiveCpu = cpuSince(naiveCpu0);
      const naiveRate = sample.length / naiveSeconds;
      console.log(
        `  ${'naive: 1 transaction per triple'.padEnd(34)} ${naiveSeconds.toFixed(2).padStart(7)} s  ${fmt(naiveRate).padStart(10)} rel/s  (sample of ${fmt(sample.length)} triples; ${fmt(rels)} would take ~${(rels / naiveRate).toFixed(0)} s)`,
      );
      results.push({
        size,
        loader: `naive (sample ${sample.length}, extrapolated)`,
        seconds: naiveSeconds,
        relPerSecond: Math.round(naiveRate),
      });
      if (naiveCpu.serverCpuSeconds !== undefined) {
        console.log(
          `  ${''.padEnd(34)} CPU: server ${naiveCpu.serverCpuSeconds.toFixed(2)} s, client ${naiveCpu.clientCpuSeconds.toFixed(2)} s → ${fmt(sample.length / (naiveCpu.serverCpuSeconds + naiveCpu.clientCpuSeconds))} rel per CPU-second`,
        );
      }
      console.log(`  batched / naive: ${(batched / naiveRate).toFixed(1)}x`);
      await cleanup(driver, conn, naivePrefix);
      await cleanup(driver, conn, prefix);
    }
  } finally {
    await cleanup(driver, conn, run).catch(() => undefined);
    await driver.close();
  }
  console.log(`\n${JSON.stringify(results)}`);
}

await main();
