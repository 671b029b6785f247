import { isEntityType, isPredicate, KgUserError, type KgDocument } from '@news-kg/schema';

/**
 * The property-graph model shared by the CSV and Cypher exports (the same shape the
 * Neo4j loader writes): `(:Entity:<Type>)` and `(:Article)` nodes, one relationship per
 * relation typed by its predicate, and `(:Entity)-[:MENTIONED_IN {count}]->(:Article)`.
 * Labels and types come only from the ontology allow-list; anything else is refused.
 */
export const ENTITY_LABEL = 'Entity';
export const ARTICLE_LABEL = 'Article';
export const MENTIONED_IN = 'MENTIONED_IN';

export interface ArticleRow {
  id: string;
  title: string | null;
  url: string | null;
  publishedAt: string | null;
  source: string | null;
  sha256: string;
  language: string | null;
}

export interface EntityRow {
  id: string;
  name: string;
  type: string;
  aliases: string[];
  mentionCount: number;
  attributes: string | null;
}

export interface RelationRow {
  id: string;
  subject: string;
  object: string;
  predicate: string;
  label: string;
  modality: string;
  confidence: number;
  attributedTo: string | null;
  date: string | null;
  evidenceCount: number;
  sentence: string;
  /** Every evidence sentence, in evidence order. */
  sentences: string[];
  documentIds: string[];
  /** JSON array of the evidence records (sentences, offsets, rules). */
  evidence: string;
  /** JSON object of the qualifiers, or null. */
  qualifiers: string | null;
}

export interface MentionRow {
  entity: string;
  article: string;
  count: number;
}

export interface PropertyGraph {
  articles: ArticleRow[];
  entities: EntityRow[];
  relations: RelationRow[];
  mentions: MentionRow[];
}

export function toPropertyGraph(doc: KgDocument): PropertyGraph {
  const articleIds = new Set(doc.documents.map((d) => d.id));
  const entityIds = new Set(doc.entities.map((e) => e.id));
  const articles = doc.documents.map((d) => ({
    id: d.id,
    title: d.title,
    url: d.url,
    publishedAt: d.publishedAt,
    source: d.source,
    sha256: d.sha256,
    language: d.language ?? null,
  }));
  const entities: EntityRow[] = [];
  const mentions: MentionRow[] = [];
  for (const e of doc.entities) {
    if (!isEntityType(e.type)) {
      throw new KgUserError(
        `entity ${e.id} has type "${String(e.type)}", which is not in the ontology`,
      );
    }
    entities.push({
      id: e.id,
      name: e.name,
      type: e.type,
      aliases: e.aliases,
      mentionCount: e.mentions.length,
      attributes:
        e.attributes && Object.keys(e.attributes).length ? JSON.stringify(e.attributes) : null,
    });
    const perArticle = new Map<string, number>();
    for (const m of e.mentions)
      perArticle.set(m.documentId, (perArticle.get(m.documentId) ?? 0) + 1);
    for (const [article, count] of perArticle) {
      if (articleIds.has(article)) mentions.push({ entity: e.id, article, count });
    }
  }
  const relations: RelationRow[] = [];
  for (const r of doc.relations) {
    if (!isPredicate(r.predicate)) {
      throw new KgUserError(
        `relation ${r.id} has predicate "${String(r.predicate)}", which is not in the ontology`,
      );
    }
    if (!entityIds.has(r.subject) || !entityIds.has(r.object)) continue;
    relations.push({
      id: r.id,
      subject: r.subject,
      object: r.object,
      predicate: r.predicate,
      label: r.predicate.toLowerCase().replace(/_/g, ' '),
      modality: r.modality,
      confidence: r.confidence,
      attributedTo: r.attributedTo,
      date: r.date,
      evidenceCount: r.evidence.length,
      sentence: r.evidence[0]?.sentence ?? '',
      sentences: r.evidence.map((e) => e.sentence),
      documentIds: [...new Set(r.evidence.map((e) => e.documentId))],
      evidence: JSON.stringify(r.evidence),
      qualifiers:
        r.qualifiers && Object.keys(r.qualifiers).length ? JSON.stringify(r.qualifiers) : null,
    });
  }
  return { articles, entities, relations, mentions };
}
