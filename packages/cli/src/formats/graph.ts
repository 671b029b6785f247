import Graph from 'graphology';
import { ENTITY_TYPE_SPECS, relationLabel, type KgDocument } from '@news-kg/schema';

/** Attribute values every exchange format can carry: no arrays, no objects. */
export type FlatValue = string | number | boolean;
export type FlatAttributes = Record<string, FlatValue>;

export interface ExportGraph {
  graph: Graph<FlatAttributes, FlatAttributes>;
}

/** What we take from a drawn graph (e.g. viz's `buildGraph` + `layoutGraph`), when one is given. */
export interface DrawnNode {
  x?: unknown;
  y?: unknown;
  size?: unknown;
  color?: unknown;
}

/**
 * The entity graph every file export shares: one node per entity, one directed
 * edge per relation (keyed by relation id, so parallel facts stay apart), with
 * flat attributes only. When a drawn graph is passed (same node keys, i.e. entity
 * ids), its positions, sizes and colours are carried over so Gephi opens the
 * same picture as the graph page.
 */
export function toExportGraph(
  doc: KgDocument,
  drawn?: { hasNode(key: string): boolean; getNodeAttributes(key: string): DrawnNode },
): Graph<FlatAttributes, FlatAttributes> {
  const graph = new Graph<FlatAttributes, FlatAttributes>({
    type: 'directed',
    multi: true,
    allowSelfLoops: true,
  });
  for (const entity of doc.entities) {
    const articles = new Set(entity.mentions.map((m) => m.documentId));
    const attrs: FlatAttributes = {
      label: entity.name,
      type: entity.type,
      typeLabel: ENTITY_TYPE_SPECS[entity.type].plural,
      aliases: entity.aliases.join('; '),
      mentions: entity.mentions.length,
      articles: articles.size,
    };
    const d = drawn?.hasNode(entity.id) ? drawn.getNodeAttributes(entity.id) : undefined;
    if (d) {
      if (typeof d.x === 'number' && Number.isFinite(d.x)) attrs.x = d.x;
      if (typeof d.y === 'number' && Number.isFinite(d.y)) attrs.y = d.y;
      if (typeof d.size === 'number' && Number.isFinite(d.size)) attrs.size = d.size;
      if (typeof d.color === 'string') attrs.color = d.color;
    }
    graph.addNode(entity.id, attrs);
  }
  for (const rel of doc.relations) {
    if (!graph.hasNode(rel.subject) || !graph.hasNode(rel.object)) continue;
    const attrs: FlatAttributes = {
      label: relationLabel(rel.predicate),
      predicate: rel.predicate,
      modality: rel.modality,
      confidence: rel.confidence,
      evidence: rel.evidence.length,
      sentence: rel.evidence[0]?.sentence ?? '',
      articles: [...new Set(rel.evidence.map((e) => e.documentId))].join('; '),
    };
    if (rel.attributedTo) attrs.attributedTo = rel.attributedTo;
    if (rel.date) attrs.date = rel.date;
    graph.addDirectedEdgeWithKey(rel.id, rel.subject, rel.object, attrs);
  }
  return graph;
}
