/**
 * Batched, idempotent, article-atomic loading of contract documents.
 *
 * Atomicity: a transaction holds whole articles only (about `batchSize` rows; an article
 * bigger than that gets a transaction of its own, written in several UNWIND statements).
 * Each transaction first locks its Article nodes, deletes what those articles contributed
 * before, and writes them anew; so when a transaction dies (connection killed, server
 * stopped, deadlock) Neo4j rolls all of it back and no article is left half-written,
 * and when it is retried (executeWrite) it starts again from the committed state.
 */
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { assertValidDocument, type KgDocument } from '@news-kg/schema';
import {
  chunk,
  ENTITY_COLUMNS,
  groupBy,
  labelFor,
  packBatches,
  planDocument,
  RELATION_COLUMNS,
  relTypeFor,
  type ArticlePlan,
} from './model';
import { ensureSchema, type DbOptions } from './setup';

export const DEFAULT_BATCH_SIZE = 1000;

/**
 * Prefixed to every load statement. Every load statement finds its nodes through the
 * uniqueness constraints (`Entity.id`, `Article.id`), so its plan does not depend on the
 * graph's size; but as a load grows the graph, Neo4j's statistics drift past the replan
 * threshold and it re-planned the large load statements every ~10 s, which took ~20% of the
 * server's CPU during a load (JFR profile). `replan=skip` keeps the cached plan; a schema
 * change still clears the plan cache.
 */
export const LOAD_CYPHER = 'CYPHER replan=skip ';

export interface LoadOptions extends DbOptions {
  /** Rows (entities + relations) per transaction and per UNWIND statement. */
  batchSize?: number;
  /** Transactions in flight at once (default 1); see the benchmark before raising it. */
  concurrency?: number;
  /** Re-write articles whose content hash is unchanged (normally skipped). */
  force?: boolean;
  /** Skip `ensureSchema` (the caller already ran it). */
  skipSchema?: boolean;
  /** Called after each committed transaction. */
  onBatch?: (progress: { batch: number; batches: number; articles: number }) => void;
  /**
   * Called before every statement of a write transaction; tests use it to kill the
   * connection mid-batch. Not for production use.
   */
  beforeStatement?: (info: { batch: number; statement: number }) => Promise<void> | void;
}

export interface LoadStats {
  articles: number;
  /** Articles written for the first time. */
  created: number;
  /** Articles that existed with other content and were replaced. */
  replaced: number;
  /** Articles skipped because their content hash was already loaded. */
  unchanged: number;
  entityRows: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  nodesCreated: number;
  nodesDeleted: number;
  batches: number;
  ms: number;
}

/** Validates every document first (refusing the whole load if any is invalid), then loads them. */
export async function loadDocuments(
  driver: Driver,
  inputs: Array<{ document: unknown; source?: string }>,
  options: LoadOptions = {},
): Promise<LoadStats> {
  const docs = inputs.map(({ document, source }) => assertValidDocument(document, source));
  return loadValidDocuments(driver, docs, options);
}

/** Loads documents that already passed `validateDocument`. */
export async function loadValidDocuments(
  driver: Driver,
  docs: KgDocument[],
  options: LoadOptions = {},
): Promise<LoadStats> {
  const started = performance.now();
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
  if (!options.skipSchema) await ensureSchema(driver, options);

  // Later documents win for an article id that appears twice in one load.
  const byArticle = new Map<string, ArticlePlan>();
  for (const doc of docs)
    for (const plan of planDocument(doc)) byArticle.set(plan.article.id, plan);
  const plans = [...byArticle.values()];

  const stats: LoadStats = {
    articles: plans.length,
    created: 0,
    replaced: 0,
    unchanged: 0,
    entityRows: 0,
    relationshipsCreated: 0,
    relationshipsDeleted: 0,
    nodesCreated: 0,
    nodesDeleted: 0,
    batches: 0,
    ms: 0,
  };

  const existing = await loadedHashes(
    driver,
    plans.map((p) => p.article.id),
    options,
  );
  const todo = plans.filter((p) => {
    const hash = existing.get(p.article.id);
    if (hash === undefined) return true;
    if (hash === p.article.contentHash && !options.force) {
      stats.unchanged++;
      return false;
    }
    return true;
  });

  const batches = packBatches(todo, batchSize);
  // `concurrency` writers pull whole-article batches from one queue, each in its own
  // session. Shared entities make concurrent batches wait on each other's locks (and
  // sometimes deadlock, which executeWrite retries), so 1 is the default.
  let next = 0;
  let done = 0;
  const writer = async () => {
    const session = driver.session({ database: options.database });
    try {
      for (let index = next++; index < batches.length; index = next++) {
        const batch = batches[index]!;
        const result = await session.executeWrite(
          (tx) => writeBatch(tx, batch, batchSize, index, options),
          { timeout: 300_000, metadata: { app: 'news-kg load', batch: index } },
        );
        stats.created += result.created;
        stats.replaced += result.replaced;
        stats.entityRows += batch.reduce((n, p) => n + p.entities.length, 0);
        stats.relationshipsCreated += result.relationshipsCreated;
        stats.relationshipsDeleted += result.relationshipsDeleted;
        stats.nodesCreated += result.nodesCreated;
        stats.nodesDeleted += result.nodesDeleted;
        stats.batches++;
        options.onBatch?.({ batch: ++done, batches: batches.length, articles: batch.length });
      }
    } finally {
      await session.close();
    }
  };
  const writers = Math.max(1, Math.min(options.concurrency ?? 1, batches.length));
  const results = await Promise.allSettled(Array.from({ length: writers }, writer));
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
  stats.ms = performance.now() - started;
  return stats;
}

async function loadedHashes(
  driver: Driver,
  ids: string[],
  options: DbOptions,
): Promise<Map<string, string | null>> {
  const out = new Map<string, string | null>();
  if (!ids.length) return out;
  const session = driver.session({ database: options.database, defaultAccessMode: 'READ' });
  try {
    for (const part of chunk(ids, 10_000)) {
      const res = await session.executeRead((tx) =>
        tx.run(
          'UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN a.id AS id, a.contentHash AS hash',
          { ids: part },
        ),
      );
      for (const record of res.records) out.set(record.get('id'), record.get('hash'));
    }
  } finally {
    await session.close();
  }
  return out;
}

interface BatchResult {
  created: number;
  replaced: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  nodesCreated: number;
  nodesDeleted: number;
}

async function writeBatch(
  tx: ManagedTransaction,
  batch: ArticlePlan[],
  batchSize: number,
  batchIndex: number,
  options: LoadOptions,
): Promise<BatchResult> {
  const result: BatchResult = {
    created: 0,
    replaced: 0,
    relationshipsCreated: 0,
    relationshipsDeleted: 0,
    nodesCreated: 0,
    nodesDeleted: 0,
  };
  let statement = 0;
  const tally = async (pending: ReturnType<ManagedTransaction['run']>) => {
    const res = await pending;
    const c = res.summary.counters.updates();
    result.relationshipsCreated += c.relationshipsCreated;
    result.relationshipsDeleted += c.relationshipsDeleted;
    result.nodesCreated += c.nodesCreated;
    result.nodesDeleted += c.nodesDeleted;
    return res;
  };
  const run = async (cypher: string, params: Record<string, unknown>) => {
    await options.beforeStatement?.({ batch: batchIndex, statement: statement++ });
    return tally(tx.run(LOAD_CYPHER + cypher, params));
  };
  // Writes whose results nothing depends on are pipelined: each is sent as soon as the one
  // before it was sent (Bolt keeps their order inside the transaction), so the server runs
  // one statement while the driver encodes the next; `flush` waits for all of them.
  let sent: Promise<void> = Promise.resolve();
  const inFlight: Array<Promise<unknown>> = [];
  // `send` returns the statement's result too, for the statements whose results are used
  // after a `flush` (which is what reports a failure; the returned promise never rejects
  // unhandled).
  const send = (cypher: string, params: Record<string, unknown>) => {
    const issued = sent.then(async () => {
      await options.beforeStatement?.({ batch: batchIndex, statement: statement++ });
      const pending = tally(tx.run(LOAD_CYPHER + cypher, params));
      inFlight.push(pending);
      return { pending };
    });
    sent = issued.then(() => undefined);
    const result = issued.then(({ pending }) => pending);
    result.catch(() => undefined);
    return result;
  };
  const flush = async (): Promise<void> => {
    let failure: unknown;
    try {
      await sent;
    } catch (error) {
      failure = error;
    }
    const settled = await Promise.allSettled(inFlight.splice(0));
    const rejected = settled.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failure !== undefined) throw failure;
    if (rejected) throw rejected.reason;
  };

  // 1. Lock (MERGE + SET) and describe the articles. Read committed: from here on this
  //    transaction sees any concurrent writer's committed version of these articles.
  const articles = batch.map((p) => p.article);
  const locked = await run(
    `UNWIND $articles AS a
     MERGE (art:Article {id: a.id})
     WITH art, a, art.loadedAt IS NOT NULL AS existed
     SET art.title = a.title, art.url = a.url, art.publishedAt = date(a.publishedAt),
         art.source = a.source, art.language = a.language, art.sha256 = a.sha256,
         art.text = a.text, art.contentHash = a.contentHash, art.loadedAt = datetime()
     RETURN a.id AS id, existed, elementId(art) AS node`,
    { articles },
  );
  const existed = locked.records.filter((r) => r.get('existed')).map((r) => r.get('id') as string);
  result.created = articles.length - existed.length;
  result.replaced = existed.length;

  // 2. Remove what the existing ones contributed before (a changed article, a forced re-load).
  const touched = existed.length ? await removeContributions(run, existed) : [];

  // 3. Entities, one statement per type: the label is spliced into the text only after
  //    labelFor's allow-list and pattern check. (A dynamic `SET e:$(row.type)` would make
  //    the planner add Eager operators, since any label could then be written.) Every write
  //    sits in ON CREATE / ON MATCH or in CREATE's property map, so no Eager is needed
  //    anywhere (checked with EXPLAIN, see load.int.test.ts): rows stream instead of being
  //    buffered. Each row is a list (see ENTITY_COLUMNS), not a map: the driver then encodes
  //    no key names (half the client's CPU went to Bolt packing), and `row[i]` is not a
  //    property the planner could confuse with one MERGE writes on `e`. The statement returns
  //    every entity's element id, so that step 4 finds its nodes without an index seek.
  //    Sorted by type and id: concurrent transactions take entity locks in one order.
  const articleNode = new Map(
    locked.records.map((r) => [r.get('id') as string, r.get('node') as string]),
  );
  const entityRows = batch
    .flatMap((p) => p.entities)
    .sort((x, y) => (x.type === y.type ? x.id.localeCompare(y.id) : x.type.localeCompare(y.type)));
  const nodes = new Map<string, string>();
  const entityResults: Array<Promise<{ records: Array<{ get(key: string): unknown }> }>> = [];
  const e = ENTITY_COLUMNS.at;
  for (const [type, rows] of groupBy(entityRows, (r) => r.type)) {
    const label = labelFor(type);
    for (const part of chunk(rows, batchSize)) {
      entityResults.push(
        send(
          `UNWIND $rows AS row
           MERGE (e:Entity {id: ${e.id}})
           ON CREATE SET e:${label}, e.name = ${e.name}, e.type = ${e.type},
               e.aliases = [x IN ${e.aliases} WHERE x <> ${e.name}], e.attributes = ${e.attributes}
           ON MATCH SET e:${label}, e.name = ${e.name}, e.type = ${e.type},
               e.aliases = e.aliases + [x IN ${e.aliases} WHERE NOT x IN e.aliases AND x <> ${e.name}],
               e.attributes = coalesce(${e.attributes}, e.attributes)
           WITH e, row
           MATCH (art:Article) WHERE elementId(art) = ${e.article}
           CREATE (e)-[:MENTIONED_IN {count: ${e.count}, mentions: ${e.mentions},
             starts: ${e.starts}, ends: ${e.ends}, sentences: ${e.sentences},
             sentenceIndexes: ${e.sentenceIndexes}, sections: ${e.sections}, rules: ${e.rules},
             confidences: ${e.confidences}, entityAliases: ${e.aliases}, entityName: ${e.name},
             entityAttributes: ${e.attributes}}]->(art)
           RETURN DISTINCT ${e.id} AS id, elementId(e) AS node`,
          {
            rows: part.map((row) =>
              ENTITY_COLUMNS.pack({ ...row, article: articleNode.get(row.articleId)! }),
            ),
          },
        ),
      );
    }
  }
  await flush();
  for (const res of await Promise.all(entityResults))
    for (const record of res.records)
      nodes.set(record.get('id') as string, record.get('node') as string);

  // 4. Relations: one relationship per (relation, article), one statement per predicate with
  //    its type spliced in after relTypeFor's allow-list check (a static type, as the
  //    entity labels are). Both ends are the nodes step 3 merged and write-locked in this
  //    transaction (so no one can delete them before it ends), found by element id
  //    (NodeByElementIdSeek) instead of two unique-index seeks per row. Simple qualifier keys also
  //    become `q_<key>` properties (`SET r += {}` for rows without any writes nothing).
  const relationRows = batch.flatMap((p) => p.relations);
  const r = RELATION_COLUMNS.at;
  for (const [predicate, rows] of groupBy(relationRows, (row) => row.predicate)) {
    const type = relTypeFor(predicate);
    for (const part of chunk(rows, batchSize)) {
      send(
        `UNWIND $rows AS row
         MATCH (s) WHERE elementId(s) = ${r.s}
         MATCH (o) WHERE elementId(o) = ${r.o}
         CREATE (s)-[rel:${type} {relationId: ${r.relationId}, articleId: ${r.articleId},
           modality: ${r.modality}, attributedTo: ${r.attributedTo}, date: date(${r.date}),
           confidence: ${r.confidence}, qualifiers: ${r.qualifiers},
           evidenceCount: ${r.evidenceCount}, sentences: ${r.sentences}, texts: ${r.texts},
           starts: ${r.starts}, ends: ${r.ends}, sentenceIndexes: ${r.sentenceIndexes},
           sections: ${r.sections}, rules: ${r.rules}}]->(o)
         SET rel += ${r.q}`,
        {
          rows: part.map((row) =>
            RELATION_COLUMNS.pack({
              ...row.props,
              s: nodes.get(row.s)!,
              o: nodes.get(row.o)!,
              q: row.q,
            }),
          ),
        },
      );
    }
  }

  // 5. Entities the replaced versions supported and nothing supports now go; the rest
  //    get their aliases recomputed from the articles that still mention them.
  await flush();
  if (touched.length) await collectEntities(run, touched);
  return result;
}

type Run = (
  cypher: string,
  params: Record<string, unknown>,
) => Promise<{ records: Array<{ get(key: string): unknown }> }>;

/*
 * The two statements below find their start node by a hinted index SEEK (a plain USING INDEX may
 * be met by a scan of the whole index, which CI runs saw on small graphs) and leave the far end
 * of MENTIONED_IN, which is always an Entity or an Article, without a label to scan.
 */

/** Deletes the MENTIONED_IN and predicate relationships of these articles; returns the entity ids they touched. */
export async function removeContributions(run: Run, articleIds: string[]): Promise<string[]> {
  const res = await run(
    `UNWIND $ids AS id
     MATCH (a:Article {id: id})<-[m:MENTIONED_IN]-(e)
     USING INDEX SEEK a:Article(id)
     CALL (e, id) {
       MATCH (e)-[r]->(:Entity) WHERE r.articleId = id
       DELETE r
     }
     DELETE m
     RETURN collect(DISTINCT e.id) AS touched`,
    { ids: articleIds },
  );
  return (res.records[0]?.get('touched') as string[] | undefined) ?? [];
}

/**
 * Deletes unsupported entities among `ids`; the others get their name, aliases and attributes
 * recomputed from the articles that still mention them (the latest article's name and
 * attributes, every article's aliases).
 */
export async function collectEntities(run: Run, ids: string[]): Promise<void> {
  await run(
    `UNWIND $ids AS id
     MATCH (e:Entity {id: id})
     USING INDEX SEEK e:Entity(id)
     WHERE NOT (e)-[:MENTIONED_IN]->()
     DETACH DELETE e`,
    { ids },
  );
  await run(
    `UNWIND $ids AS id
     MATCH (e:Entity {id: id})-[m:MENTIONED_IN]->(a)
     USING INDEX SEEK e:Entity(id)
     WITH e, m ORDER BY a.loadedAt, a.id
     WITH e, collect(m) AS ms
     WITH e, ms, last(ms).entityName AS name
     SET e.name = name,
         e.aliases = reduce(acc = [], m IN ms |
           acc + [x IN m.entityAliases WHERE NOT x IN acc AND x <> name]),
         e.attributes = last([m IN ms WHERE m.entityAttributes IS NOT NULL | m.entityAttributes])`,
    { ids },
  );
}
