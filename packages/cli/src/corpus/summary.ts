/**
 * What `kg build` tells the user at the end: counts by type, predicate and modality,
 * where the files are, how to reach Neo4j, and Cypher queries that work on this graph.
 */
import {
  ENTITY_TYPES,
  MODALITIES,
  type EntityType,
  type KgDocument,
  type Modality,
  type Predicate,
} from '@news-kg/schema';
import { cypherString } from '../formats';

export interface GraphCounts {
  articles: number;
  entities: {
    total: number;
    byType: Partial<Record<EntityType, number>>;
    /** Entities mentioned by more than one article (one node each, merged). */
    shared: number;
  };
  relations: {
    total: number;
    byModality: Partial<Record<Modality, number>>;
    byPredicate: Partial<Record<Predicate, { total: number } & Partial<Record<Modality, number>>>>;
  };
}

export function countGraph(doc: KgDocument): GraphCounts {
  const byType: Partial<Record<EntityType, number>> = {};
  for (const type of ENTITY_TYPES) {
    const n = doc.entities.filter((e) => e.type === type).length;
    if (n) byType[type] = n;
  }
  const byModality: Partial<Record<Modality, number>> = {};
  const byPredicate: GraphCounts['relations']['byPredicate'] = {};
  for (const r of doc.relations) {
    byModality[r.modality] = (byModality[r.modality] ?? 0) + 1;
    const p = (byPredicate[r.predicate] ??= { total: 0 });
    p.total++;
    p[r.modality] = (p[r.modality] ?? 0) + 1;
  }
  const sortedPredicates = Object.fromEntries(
    Object.entries(byPredicate).sort((a, b) => b[1].total - a[1].total || a[0].localeCompare(b[0])),
  ) as GraphCounts['relations']['byPredicate'];
  return {
    articles: doc.documents.length,
    entities: {
      total: doc.entities.length,
      byType,
      shared: doc.entities.filter((e) => new Set(e.mentions.map((m) => m.documentId)).size > 1)
        .length,
    },
    relations: { total: doc.relations.length, byModality, byPredicate: sortedPredicates },
  };
}

export interface ExampleQuery {
  title: string;
  cypher: string;
}

/**
 * Three queries that return rows on this graph (they name its own best-connected
 * entity and most frequent predicate), in the loader's model: `(:Entity {id, name,
 * type})`, predicate relationships with `modality`, `attributedTo`, `sentences`.
 */
export function exampleQueries(doc: KgDocument): ExampleQuery[] {
  const degree = new Map<string, number>();
  for (const r of doc.relations) {
    degree.set(r.subject, (degree.get(r.subject) ?? 0) + 1);
    degree.set(r.object, (degree.get(r.object) ?? 0) + 1);
  }
  const top = [...degree.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
  const topEntity = top ? doc.entities.find((e) => e.id === top[0]) : doc.entities[0];
  const predicates = countGraph(doc).relations.byPredicate;
  const topPredicate = Object.keys(predicates)[0];
  const queries: ExampleQuery[] = [
    {
      title: 'The most connected entities',
      cypher:
        'MATCH (e:Entity)-[r]-(:Entity)\nRETURN e.name AS entity, e.type AS type, count(r) AS relations\nORDER BY relations DESC, entity LIMIT 10',
    },
  ];
  if (topEntity) {
    queries.push({
      title: `Everything stated about ${topEntity.name}`,
      cypher: `MATCH (e:Entity {id: ${cypherString(topEntity.id)}})-[r]-(other:Entity)\nRETURN e.name AS entity, type(r) AS relation, r.modality AS modality, other.name AS other, r.sentences[0] AS evidence`,
    });
  }
  const hasClaims = doc.relations.some((r) => r.modality !== 'asserted');
  if (hasClaims) {
    queries.push({
      title: 'Claims, allegations and denials, with who made them',
      cypher:
        "MATCH (s:Entity)-[r]->(o:Entity) WHERE r.modality <> 'asserted'\nOPTIONAL MATCH (src:Entity {id: r.attributedTo})\nRETURN s.name AS subject, type(r) AS relation, o.name AS object, r.modality AS modality, src.name AS accordingTo",
    });
  } else if (topPredicate) {
    queries.push({
      title: `Every ${topPredicate} relation and its evidence`,
      cypher: `MATCH (s:Entity)-[r:${topPredicate}]->(o:Entity)\nRETURN s.name AS subject, o.name AS object, r.sentences[0] AS evidence`,
    });
  }
  if (queries.length < 3) {
    queries.push({
      title: 'Entities by type',
      cypher: 'MATCH (e:Entity) RETURN e.type AS type, count(*) AS entities ORDER BY entities DESC',
    });
  }
  return queries.slice(0, 3);
}

/** For the human summary: "12 Person, 5 Country". */
export function formatCounts(counts: Record<string, number | undefined>): string {
  const parts = Object.entries(counts)
    .filter(([, n]) => n)
    .map(([k, n]) => `${n} ${k}`);
  return parts.length ? parts.join(', ') : 'none';
}

export const MODALITY_ORDER = MODALITIES;
