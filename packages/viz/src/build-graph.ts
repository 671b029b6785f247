/**
 * Contract document → graphology graph. Plain Node (no sigma), so it is unit-tested
 * and reused for GEXF/GraphML export.
 */
import { MultiDirectedGraph } from 'graphology';
import {
  relationLabel,
  type EntityType,
  type KgDocument,
  type Modality,
  type Predicate,
} from '@news-kg/schema';
import { ENTITY_STYLES, MODALITY_STYLES, nodeSizeForDegree } from './entity-styles';

export interface KgNodeAttributes {
  /** Canonical name; `label` repeats it because sigma and GEXF read `label`. */
  name: string;
  label: string;
  entityType: EntityType;
  aliases: string[];
  /** Number of relations in and out (parallel relations count separately). */
  degree: number;
  mentionCount: number;
  /** Ids of the articles that mention the entity. */
  articleIds: string[];
  color: string;
  size: number;
  x: number;
  y: number;
}

export interface KgEdgeEvidence {
  documentId: string;
  sentence: string;
  /** The span that states the relation, inside `sentence` where it fits. */
  text: string;
}

export interface KgEdgeAttributes {
  relationId: string;
  predicate: Predicate;
  /** Human label from the ontology ("invoked", "held in"). */
  label: string;
  modality: Modality;
  /** Entity id of whoever claims, alleges or denies it, and its name. */
  attributedTo: string | null;
  attributedToName: string | null;
  confidence: number;
  date: string | null;
  qualifiers: Record<string, string>;
  evidence: KgEdgeEvidence[];
  color: string;
  size: number;
}

export interface KgArticleInfo {
  id: string;
  title: string | null;
  url: string | null;
  publishedAt: string | null;
  source: string | null;
}

export interface KgGraphAttributes {
  articles: Record<string, KgArticleInfo>;
}

export type KgGraph = MultiDirectedGraph<KgNodeAttributes, KgEdgeAttributes, KgGraphAttributes>;

/**
 * One node per entity, one directed edge per relation (a MultiDirectedGraph, so a
 * claim and its denial between the same two entities stay two edges). Relations
 * whose subject or object is missing are skipped, so a partly broken document
 * still draws; validate first when that matters. Positions start at 0 until
 * `layoutGraph` runs.
 */
export function buildGraph(doc: KgDocument): KgGraph {
  const articles: Record<string, KgArticleInfo> = {};
  for (const d of doc.documents) {
    articles[d.id] = {
      id: d.id,
      title: d.title,
      url: d.url,
      publishedAt: d.publishedAt,
      source: d.source,
    };
  }
  const graph: KgGraph = new MultiDirectedGraph({ allowSelfLoops: true });
  graph.replaceAttributes({ articles });

  const names = new Map<string, string>();
  for (const entity of doc.entities) {
    names.set(entity.id, entity.name);
    if (graph.hasNode(entity.id)) continue;
    graph.addNode(entity.id, {
      name: entity.name,
      label: entity.name,
      entityType: entity.type,
      aliases: entity.aliases.filter((a) => a !== entity.name),
      degree: 0,
      mentionCount: entity.mentions.length,
      articleIds: [...new Set(entity.mentions.map((m) => m.documentId))],
      color: ENTITY_STYLES[entity.type].color,
      size: 1,
      x: 0,
      y: 0,
    });
  }

  for (const rel of doc.relations) {
    if (!graph.hasNode(rel.subject) || !graph.hasNode(rel.object)) continue;
    if (graph.hasEdge(rel.id)) continue;
    graph.addDirectedEdgeWithKey(rel.id, rel.subject, rel.object, {
      relationId: rel.id,
      predicate: rel.predicate,
      label: relationLabel(rel.predicate),
      modality: rel.modality,
      attributedTo: rel.attributedTo,
      attributedToName: rel.attributedTo ? (names.get(rel.attributedTo) ?? rel.attributedTo) : null,
      confidence: rel.confidence,
      date: rel.date,
      qualifiers: { ...rel.qualifiers },
      evidence: rel.evidence.map((e) => ({
        documentId: e.documentId,
        sentence: e.sentence,
        text: e.text,
      })),
      color: MODALITY_STYLES[rel.modality].color,
      size: rel.modality === 'asserted' ? 2 : 1.5,
    });
  }

  const order = graph.order;
  graph.updateEachNodeAttributes((node, attr) => {
    const degree = graph.degree(node);
    return { ...attr, degree, size: nodeSizeForDegree(degree, order) };
  });
  return graph;
}
