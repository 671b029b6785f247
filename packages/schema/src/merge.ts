import {
  SCHEMA_VERSION,
  type Entity,
  type Evidence,
  type KgDocument,
  type Mention,
  type Relation,
} from './document';

/**
 * Merges documents that share entity and relation ids (the ids are content-derived,
 * see `ids.ts`): one entity record per id with every alias and mention, one
 * relation per id with every piece of evidence. Later articles never drop earlier ones.
 */
export function mergeDocuments(docs: readonly KgDocument[]): KgDocument {
  const articles = new Map<string, KgDocument['documents'][number]>();
  const entities = new Map<string, Entity>();
  const relations = new Map<string, Relation>();

  for (const doc of docs) {
    for (const article of doc.documents) articles.set(article.id, article);
    for (const entity of doc.entities) {
      const existing = entities.get(entity.id);
      if (!existing) {
        entities.set(entity.id, {
          ...entity,
          aliases: [...entity.aliases],
          mentions: [...entity.mentions],
        });
        continue;
      }
      existing.aliases = union(existing.aliases, entity.aliases).filter((a) => a !== existing.name);
      existing.mentions = uniqueBy([...existing.mentions, ...entity.mentions], mentionKey);
      if (entity.attributes) existing.attributes = { ...entity.attributes, ...existing.attributes };
    }
    for (const relation of doc.relations) {
      const existing = relations.get(relation.id);
      if (!existing) {
        relations.set(relation.id, { ...relation, evidence: [...relation.evidence] });
        continue;
      }
      existing.evidence = uniqueBy([...existing.evidence, ...relation.evidence], evidenceKey);
      existing.confidence = Math.max(existing.confidence, relation.confidence);
      existing.date ??= relation.date;
    }
  }

  return {
    schemaVersion: SCHEMA_VERSION,
    ...(docs[0]?.generator ? { generator: docs[0].generator } : {}),
    documents: [...articles.values()],
    entities: [...entities.values()],
    relations: [...relations.values()],
  };
}

function union(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])];
}

function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const item of items) if (!seen.has(key(item))) seen.set(key(item), item);
  return [...seen.values()];
}

const mentionKey = (m: Mention): string => `${m.documentId}:${m.start}:${m.end}`;
const evidenceKey = (e: Evidence): string => `${e.documentId}:${e.start}:${e.end}:${e.rule}`;
