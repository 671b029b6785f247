/**
 * Reads the graph back into a contract document (the same shape `extract` writes),
 * for the viz, for other tools, and to prove that loading loses nothing.
 */
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import {
  KgUserError,
  SCHEMA_VERSION,
  type ArticleDocument,
  type Entity,
  type EntityType,
  type Evidence,
  type KgDocument,
  type Mention,
  type Relation,
  type Section,
} from '@news-kg/schema';
import { NO_CONFIDENCE, NO_INDEX } from './model';
import type { DbOptions } from './setup';

export type ExportSelector =
  /** One article: its entities, their mentions in it, its relations and evidence. */
  | { articleId: string; cypher?: undefined }
  /**
   * A read-only query: every Entity node, predicate relationship and path it returns is
   * exported (with the endpoints, sources and articles needed to keep the document
   * valid); an Article node it returns brings in that whole article.
   */
  | { cypher: string; params?: Record<string, unknown>; articleId?: undefined }
  /** Everything. */
  | { articleId?: undefined; cypher?: undefined };

export const EXPORT_GENERATOR = { name: '@news-kg/neo4j export', version: '1' };

export async function exportDocument(
  driver: Driver,
  selector: ExportSelector = {},
  options: DbOptions = {},
): Promise<KgDocument> {
  const session = driver.session({ database: options.database, defaultAccessMode: 'READ' });
  try {
    return await session.executeRead((tx) => exportIn(tx, selector));
  } finally {
    await session.close();
  }
}

interface Scope {
  /** Whole articles. */
  articleIds: string[];
  /** Individual entities (element ids) and relationships (element ids). */
  entityElementIds: string[];
  relElementIds: string[];
  everything: boolean;
}

async function exportIn(tx: ManagedTransaction, selector: ExportSelector): Promise<KgDocument> {
  const scope: Scope = {
    articleIds: [],
    entityElementIds: [],
    relElementIds: [],
    everything: false,
  };
  if (selector.articleId !== undefined) {
    const found = await tx.run('MATCH (a:Article {id: $id}) RETURN a.id AS id', {
      id: selector.articleId,
    });
    if (!found.records.length) {
      throw new KgUserError(`no article "${selector.articleId}" in the graph`, {
        hint: 'list them with `pnpm kg query "MATCH (a:Article) RETURN a.id, a.title"`',
      });
    }
    scope.articleIds.push(selector.articleId);
  } else if (selector.cypher !== undefined) {
    await collectScope(tx, selector.cypher, selector.params ?? {}, scope);
  } else {
    scope.everything = true;
  }

  // Relationships in scope.
  const relRecords = [
    ...(scope.everything
      ? (await tx.run(RELS_ALL)).records
      : [
          ...(scope.articleIds.length
            ? (await tx.run(RELS_BY_ARTICLE, { ids: scope.articleIds })).records
            : []),
          ...(scope.relElementIds.length
            ? (await tx.run(RELS_BY_ELEMENT_ID, { ids: scope.relElementIds })).records
            : []),
        ]),
  ];
  const relations = new Map<string, Relation>();
  const seenRel = new Set<string>();
  const entityIds = new Set<string>();
  const articleIds = new Set<string>(scope.articleIds);
  for (const record of relRecords) {
    const elementId = record.get('eid') as string;
    if (seenRel.has(elementId)) continue;
    seenRel.add(elementId);
    const p = record.get('p') as Record<string, unknown>;
    const subject = record.get('s') as string;
    const object = record.get('o') as string;
    entityIds.add(subject).add(object);
    if (typeof p.attributedTo === 'string') entityIds.add(p.attributedTo);
    articleIds.add(p.articleId as string);
    addRelation(relations, record.get('predicate') as Relation['predicate'], subject, object, p);
  }

  // Entities in scope: endpoints, sources, explicit nodes, and everything the articles mention.
  if (scope.entityElementIds.length) {
    const res = await tx.run(
      'UNWIND $ids AS eid MATCH (e:Entity) WHERE elementId(e) = eid RETURN e.id AS id',
      { ids: scope.entityElementIds },
    );
    for (const r of res.records) entityIds.add(r.get('id') as string);
  }
  if (scope.articleIds.length) {
    const res = await tx.run(
      'UNWIND $ids AS id MATCH (:Article {id: id})<-[:MENTIONED_IN]-(e:Entity) RETURN DISTINCT e.id AS id',
      { ids: scope.articleIds },
    );
    for (const r of res.records) entityIds.add(r.get('id') as string);
  }
  const entityRes = scope.everything
    ? await tx.run(ENTITIES_ALL)
    : await tx.run(ENTITIES_BY_ID, { ids: [...entityIds] });

  // Mentions: only in the selected articles for an article export, in all articles otherwise.
  const mentionScope = selector.articleId !== undefined ? new Set(scope.articleIds) : undefined;
  const entities: Entity[] = [];
  for (const record of entityRes.records) {
    const e = record.get('e') as Record<string, unknown>;
    const ms = record.get('ms') as Array<{
      articleId: string | null;
      m: Record<string, unknown> | null;
    }>;
    const mentions: Mention[] = [];
    for (const { articleId, m } of ms) {
      if (!articleId || !m || (mentionScope && !mentionScope.has(articleId))) continue;
      articleIds.add(articleId);
      mentions.push(...mentionsFrom(articleId, m));
    }
    const entity: Entity = {
      id: e.id as string,
      name: e.name as string,
      type: e.type as EntityType,
      aliases: (e.aliases as string[] | null) ?? [],
      mentions,
    };
    if (typeof e.attributes === 'string') entity.attributes = JSON.parse(e.attributes);
    entities.push(entity);
  }

  const articleRes = scope.everything
    ? await tx.run('MATCH (a:Article) RETURN properties(a) AS a ORDER BY a.loadedAt, a.id')
    : await tx.run(
        'UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN properties(a) AS a ORDER BY a.loadedAt, a.id',
        { ids: [...articleIds] },
      );
  const documents = articleRes.records.map((r) => articleFrom(r.get('a')));
  const order = new Map(documents.map((d, i) => [d.id, i]));
  const rels = [...relations.values()];
  for (const rel of rels) {
    rel.evidence.sort(
      (a, b) => (order.get(a.documentId) ?? 0) - (order.get(b.documentId) ?? 0) || 0,
    );
  }
  for (const entity of entities) {
    entity.mentions.sort(
      (a, b) =>
        (order.get(a.documentId) ?? 0) - (order.get(b.documentId) ?? 0) || a.start - b.start,
    );
  }

  return {
    schemaVersion: SCHEMA_VERSION,
    generator: EXPORT_GENERATOR,
    documents,
    entities: entities.sort((a, b) => a.id.localeCompare(b.id)),
    relations: rels.sort((a, b) => a.id.localeCompare(b.id)),
  };
}

const REL_RETURN = `RETURN elementId(r) AS eid, s.id AS s, type(r) AS predicate, o.id AS o, properties(r) AS p`;
const RELS_ALL = `MATCH (s:Entity)-[r]->(o:Entity) WHERE r.relationId IS NOT NULL ${REL_RETURN}`;
const RELS_BY_ARTICLE = `UNWIND $ids AS id
  MATCH (:Article {id: id})<-[:MENTIONED_IN]-(s:Entity)-[r]->(o:Entity)
  WHERE r.articleId = id ${REL_RETURN}`;
const RELS_BY_ELEMENT_ID = `UNWIND $ids AS rid
  MATCH (s:Entity)-[r]->(o:Entity) WHERE elementId(r) = rid AND r.relationId IS NOT NULL ${REL_RETURN}`;
const ENTITY_RETURN = `OPTIONAL MATCH (e)-[m:MENTIONED_IN]->(a:Article)
  WITH e, m, a ORDER BY a.loadedAt, a.id
  RETURN e {.id, .name, .type, .aliases, .attributes} AS e,
         collect({articleId: a.id, m: properties(m)}) AS ms`;
const ENTITIES_ALL = `MATCH (e:Entity) ${ENTITY_RETURN}`;
const ENTITIES_BY_ID = `UNWIND $ids AS id MATCH (e:Entity {id: id}) ${ENTITY_RETURN}`;

/** Runs the user's query and records the entities, relationships and articles it returns. */
async function collectScope(
  tx: ManagedTransaction,
  cypher: string,
  params: Record<string, unknown>,
  scope: Scope,
): Promise<void> {
  const res = await tx.run(cypher, params);
  const articleElementIds = new Set<string>();
  const visit = (value: unknown): void => {
    if (neo4j.isNode(value)) {
      if (value.labels.includes('Article')) articleElementIds.add(value.elementId);
      else if (value.labels.includes('Entity')) scope.entityElementIds.push(value.elementId);
    } else if (neo4j.isRelationship(value)) {
      if (value.type !== 'MENTIONED_IN') scope.relElementIds.push(value.elementId);
    } else if (neo4j.isPath(value)) {
      visit(value.start);
      for (const segment of value.segments) {
        visit(segment.relationship);
        visit(segment.end);
      }
    } else if (Array.isArray(value)) {
      value.forEach(visit);
    } else if (value && typeof value === 'object' && value.constructor === Object) {
      Object.values(value).forEach(visit);
    }
  };
  for (const record of res.records) for (const key of record.keys) visit(record.get(key));
  if (articleElementIds.size) {
    const ids = await tx.run(
      'UNWIND $ids AS eid MATCH (a:Article) WHERE elementId(a) = eid RETURN a.id AS id',
      { ids: [...articleElementIds] },
    );
    scope.articleIds.push(...ids.records.map((r) => r.get('id') as string));
  }
}

function addRelation(
  relations: Map<string, Relation>,
  predicate: Relation['predicate'],
  subject: string,
  object: string,
  p: Record<string, unknown>,
): void {
  const id = p.relationId as string;
  const articleId = p.articleId as string;
  const evidence: Evidence[] = (p.sentences as string[]).map((sentence, i) => {
    const e: Evidence = {
      documentId: articleId,
      sentence,
      start: (p.starts as number[])[i]!,
      end: (p.ends as number[])[i]!,
      text: (p.texts as string[])[i]!,
      rule: (p.rules as string[])[i]!,
    };
    const sentenceIndex = (p.sentenceIndexes as number[])[i];
    if (sentenceIndex !== undefined && sentenceIndex !== NO_INDEX) e.sentenceIndex = sentenceIndex;
    const section = (p.sections as string[])[i];
    if (section) e.section = section as Section;
    return e;
  });
  const date = p.date == null ? null : String(p.date);
  const existing = relations.get(id);
  if (existing) {
    existing.evidence.push(...evidence);
    existing.confidence = Math.max(existing.confidence, p.confidence as number);
    existing.date ??= date;
    return;
  }
  const relation: Relation = {
    id,
    subject,
    predicate,
    object,
    confidence: p.confidence as number,
    modality: p.modality as Relation['modality'],
    attributedTo: (p.attributedTo as string | undefined) ?? null,
    date,
    evidence,
  };
  if (typeof p.qualifiers === 'string') relation.qualifiers = JSON.parse(p.qualifiers);
  relations.set(id, relation);
}

function mentionsFrom(articleId: string, m: Record<string, unknown>): Mention[] {
  return ((m.mentions as string[] | null) ?? []).map((text, i) => {
    const mention: Mention = {
      documentId: articleId,
      start: (m.starts as number[])[i]!,
      end: (m.ends as number[])[i]!,
      text,
      sentence: (m.sentences as string[])[i]!,
    };
    const sentenceIndex = (m.sentenceIndexes as number[])[i];
    if (sentenceIndex !== undefined && sentenceIndex !== NO_INDEX)
      mention.sentenceIndex = sentenceIndex;
    const section = (m.sections as string[])[i];
    if (section) mention.section = section as Section;
    const rule = (m.rules as string[])[i];
    if (rule) mention.rule = rule;
    const confidence = (m.confidences as number[])[i];
    if (confidence !== undefined && confidence !== NO_CONFIDENCE) mention.confidence = confidence;
    return mention;
  });
}

function articleFrom(a: Record<string, unknown>): ArticleDocument {
  const doc: ArticleDocument = {
    id: a.id as string,
    title: (a.title as string | undefined) ?? null,
    url: (a.url as string | undefined) ?? null,
    publishedAt: a.publishedAt == null ? null : String(a.publishedAt),
    source: (a.source as string | undefined) ?? null,
    sha256: a.sha256 as string,
  };
  if (typeof a.language === 'string') doc.language = a.language;
  if (typeof a.text === 'string') doc.text = a.text;
  return doc;
}
