/**
 * The graph model, as rows ready for `UNWIND`.
 *
 *   (:Entity:<Type> {id, name, type, aliases, attributes})
 *   (:Article {id, title, url, publishedAt, source, language, sha256, contentHash, text, loadedAt})
 *   (:Entity)-[:MENTIONED_IN {count, mentions, starts, ends, sentences, …, aliases}]->(:Article)
 *   (:Entity)-[:<PREDICATE> {relationId, articleId, modality, attributedTo, date, confidence,
 *                           qualifiers, q_<key>…, evidenceCount, sentences, texts, starts, …}]->(:Entity)
 *
 * One predicate relationship per (relation, article): an article's contribution is a set of
 * relationships that belong to it alone, so replacing or unloading an article never edits
 * a property another article wrote (see README "Evidence per article").
 */
import {
  ENTITY_TYPES,
  PREDICATES,
  isEntityType,
  isPredicate,
  type ArticleDocument,
  type Entity,
  type EntityType,
  type Evidence,
  type KgDocument,
  type Mention,
  type Predicate,
  type Relation,
} from '@news-kg/schema';
import { createHash } from 'node:crypto';

/** Labels and relationship types owned by the product, never produced by extraction. */
export const ENTITY_LABEL = 'Entity';
export const ARTICLE_LABEL = 'Article';
export const MENTIONED_IN = 'MENTIONED_IN';
export const PRODUCT_LABELS = [ENTITY_LABEL, ARTICLE_LABEL] as const;
export const PRODUCT_RELATIONSHIP_TYPES = [MENTIONED_IN] as const;

/** Fails at import time if the ontology ever grows a name the product already uses. */
export function assertNoCollisions(
  entityTypes: readonly string[] = ENTITY_TYPES,
  predicates: readonly string[] = PREDICATES,
): void {
  for (const label of PRODUCT_LABELS) {
    if (entityTypes.includes(label))
      throw new Error(`ontology entity type "${label}" collides with a product label`);
  }
  for (const type of PRODUCT_RELATIONSHIP_TYPES) {
    if (predicates.includes(type))
      throw new Error(`ontology predicate "${type}" collides with a product relationship type`);
  }
}
assertNoCollisions();

/** Splices a label into Cypher only after the allow-list and shape checks pass. */
export function labelFor(type: string): EntityType {
  if (!isEntityType(type))
    throw new Error(`refusing label outside the ontology: ${JSON.stringify(type)}`);
  return type;
}

/** Splices a relationship type into Cypher only after the allow-list and shape checks pass. */
export function relTypeFor(predicate: string): Predicate {
  if (!isPredicate(predicate))
    throw new Error(
      `refusing relationship type outside the ontology: ${JSON.stringify(predicate)}`,
    );
  return predicate;
}

/** Qualifier keys simple enough to also become `q_<key>` properties analysts can filter on. */
const FLAT_KEY = /^[A-Za-z][A-Za-z0-9_]{0,39}$/;

export interface ArticleRow {
  id: string;
  title: string | null;
  url: string | null;
  publishedAt: string | null;
  source: string | null;
  language: string | null;
  sha256: string;
  text: string | null;
  contentHash: string;
}

export interface EntityRow {
  id: string;
  name: string;
  type: EntityType;
  /** The aliases this article's document gives the entity; the node holds the union over articles. */
  aliases: string[];
  attributes: string | null;
  articleId: string;
  count: number;
  mentions: string[];
  starts: number[];
  ends: number[];
  sentences: string[];
  sentenceIndexes: number[];
  sections: string[];
  rules: string[];
  confidences: number[];
}

export interface RelationRow {
  s: string;
  o: string;
  props: {
    relationId: string;
    articleId: string;
    modality: string;
    attributedTo: string | null;
    date: string | null;
    confidence: number;
    qualifiers: string | null;
    evidenceCount: number;
    sentences: string[];
    texts: string[];
    starts: number[];
    ends: number[];
    sentenceIndexes: number[];
    sections: string[];
    rules: string[];
  };
  /** `q_<key>` copies of simple qualifier keys. */
  q: Record<string, string>;
}

/** Everything one article contributes: written and replaced as one unit. */
export interface ArticlePlan {
  article: ArticleRow;
  entities: EntityRow[];
  relations: Array<RelationRow & { predicate: Predicate }>;
  /** Rows this article costs in a batch (entities + relations + the article). */
  rows: number;
}

// Neo4j lists cannot hold nulls: optional fields use out-of-range sentinels.
export const NO_INDEX = -1;
export const NO_CONFIDENCE = -1;

/**
 * Splits a valid document into per-article plans. An entity belongs to every article
 * that mentions it or states a relation about it (as subject, object or source); an
 * entity with neither belongs to every article of its document.
 */
export function planDocument(doc: KgDocument): ArticlePlan[] {
  const entityById = new Map(doc.entities.map((e) => [e.id, e]));
  const plans = new Map<
    string,
    { article: ArticleDocument; entityIds: Set<string>; rels: Relation[] }
  >();
  for (const article of doc.documents)
    plans.set(article.id, { article, entityIds: new Set(), rels: [] });

  for (const entity of doc.entities) {
    for (const m of entity.mentions) plans.get(m.documentId)?.entityIds.add(entity.id);
  }
  for (const rel of doc.relations) {
    const articleIds = new Set(rel.evidence.map((e) => e.documentId));
    for (const articleId of articleIds) {
      const plan = plans.get(articleId);
      if (!plan) continue;
      plan.rels.push(rel);
      plan.entityIds.add(rel.subject).add(rel.object);
      if (rel.attributedTo) plan.entityIds.add(rel.attributedTo);
    }
  }
  const claimed = new Set([...plans.values()].flatMap((p) => [...p.entityIds]));
  for (const entity of doc.entities) {
    if (!claimed.has(entity.id)) for (const plan of plans.values()) plan.entityIds.add(entity.id);
  }

  return [...plans.values()].map(({ article, entityIds, rels }) => {
    const entities = [...entityIds].sort().map((id) => entityRow(entityById.get(id)!, article.id));
    const relations = rels.map((rel) => relationRow(rel, article.id));
    const articleRow: ArticleRow = {
      id: article.id,
      title: article.title,
      url: article.url,
      publishedAt: article.publishedAt,
      source: article.source,
      language: article.language ?? null,
      sha256: article.sha256,
      text: article.text ?? null,
      contentHash: '',
    };
    articleRow.contentHash = contentHash(articleRow, entities, relations);
    return {
      article: articleRow,
      entities,
      relations,
      rows: 1 + entities.length + relations.length,
    };
  });
}

function entityRow(entity: Entity, articleId: string): EntityRow {
  const mentions = entity.mentions.filter((m: Mention) => m.documentId === articleId);
  return {
    id: entity.id,
    name: entity.name,
    type: labelFor(entity.type),
    aliases: entity.aliases,
    attributes:
      entity.attributes && Object.keys(entity.attributes).length
        ? JSON.stringify(entity.attributes)
        : null,
    articleId,
    count: mentions.length,
    mentions: mentions.map((m) => m.text),
    starts: mentions.map((m) => m.start),
    ends: mentions.map((m) => m.end),
    sentences: mentions.map((m) => m.sentence),
    sentenceIndexes: mentions.map((m) => m.sentenceIndex ?? NO_INDEX),
    sections: mentions.map((m) => m.section ?? ''),
    rules: mentions.map((m) => m.rule ?? ''),
    confidences: mentions.map((m) => m.confidence ?? NO_CONFIDENCE),
  };
}

function relationRow(rel: Relation, articleId: string): RelationRow & { predicate: Predicate } {
  const evidence = rel.evidence.filter((e: Evidence) => e.documentId === articleId);
  const q: Record<string, string> = {};
  for (const [key, value] of Object.entries(rel.qualifiers ?? {})) {
    if (FLAT_KEY.test(key)) q[`q_${key}`] = value;
  }
  return {
    predicate: relTypeFor(rel.predicate),
    s: rel.subject,
    o: rel.object,
    props: {
      relationId: rel.id,
      articleId,
      modality: rel.modality,
      attributedTo: rel.attributedTo,
      date: rel.date,
      confidence: rel.confidence,
      qualifiers:
        rel.qualifiers && Object.keys(rel.qualifiers).length
          ? JSON.stringify(rel.qualifiers)
          : null,
      evidenceCount: evidence.length,
      sentences: evidence.map((e) => e.sentence),
      texts: evidence.map((e) => e.text),
      starts: evidence.map((e) => e.start),
      ends: evidence.map((e) => e.end),
      sentenceIndexes: evidence.map((e) => e.sentenceIndex ?? NO_INDEX),
      sections: evidence.map((e) => e.section ?? ''),
      rules: evidence.map((e) => e.rule),
    },
    q,
  };
}

/**
 * Hash of everything the article would write. Equal hash means a re-load has nothing to
 * do; a new extractor version over the same text (same sha256) still gets re-written.
 */
function contentHash(article: ArticleRow, entities: EntityRow[], relations: RelationRow[]): string {
  return createHash('sha256')
    .update(JSON.stringify([article, entities, relations]))
    .digest('hex');
}

/** Groups whole articles into transactions of about `batchSize` rows (an oversized article goes alone). */
export function packBatches(plans: ArticlePlan[], batchSize: number): ArticlePlan[][] {
  const batches: ArticlePlan[][] = [];
  let current: ArticlePlan[] = [];
  let rows = 0;
  for (const plan of plans) {
    if (current.length && rows + plan.rows > batchSize) {
      batches.push(current);
      current = [];
      rows = 0;
    }
    current.push(plan);
    rows += plan.rows;
  }
  if (current.length) batches.push(current);
  return batches;
}

/** Splits rows into chunks of at most `size` for one UNWIND statement each. */
export function chunk<T>(rows: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

export function groupBy<T, K extends string>(rows: T[], key: (row: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = out.get(k);
    if (list) list.push(row);
    else out.set(k, [row]);
  }
  return out;
}

/**
 * Rows sent as lists instead of maps: `pack` orders a row's values by `names`, and `at.x`
 * is the Cypher expression (`row[3]`) that reads `x` back. The driver then encodes no key
 * names per row, which was half of the loader's own CPU.
 */
export function columns<const K extends string>(names: readonly K[]) {
  const at = Object.fromEntries(names.map((name, i) => [name, `row[${i}]`])) as Record<K, string>;
  return {
    names,
    at,
    pack: (row: Record<K, unknown>): unknown[] => names.map((name) => row[name] ?? null),
  };
}

/** An entity and its mentions in one article; `article` is the Article node's element id. */
export const ENTITY_COLUMNS = columns([
  'id',
  'name',
  'type',
  'aliases',
  'attributes',
  'article',
  'count',
  'mentions',
  'starts',
  'ends',
  'sentences',
  'sentenceIndexes',
  'sections',
  'rules',
  'confidences',
]);

/** A relation in one article; `s` and `o` are the element ids of its end nodes, `q` its `q_<key>` map. */
export const RELATION_COLUMNS = columns([
  's',
  'o',
  'relationId',
  'articleId',
  'modality',
  'attributedTo',
  'date',
  'confidence',
  'qualifiers',
  'evidenceCount',
  'sentences',
  'texts',
  'starts',
  'ends',
  'sentenceIndexes',
  'sections',
  'rules',
  'q',
]);
