/**
 * A KG document that states exactly what a gold file says: used to check that the
 * scorer gives the gold a perfect score, and as a stub extractor for the harness.
 */
import { entityId, type KgDocument, type Relation } from '@news-kg/schema';
import type { GoldFile } from './gold';

export function goldToDocument(gold: GoldFile): KgDocument {
  const idOf = new Map(gold.entities.map((e) => [e.name, entityId(e.type, e.name)]));
  const id = (name: string): string => idOf.get(name) ?? name;
  return {
    schemaVersion: '1.0',
    documents: [],
    entities: gold.entities.map((e) => ({
      id: id(e.name),
      name: e.name,
      type: e.type,
      aliases: [...e.aliases],
      mentions: [],
    })),
    relations: gold.relations.map((r, i): Relation => ({
      id: `rel:${i}`,
      subject: id(r.subject),
      predicate: r.predicate,
      object: id(r.object),
      confidence: 1,
      modality: r.modality,
      attributedTo: r.attributedTo === null ? null : id(r.attributedTo),
      date: null,
      evidence: [
        {
          documentId: gold.article,
          sentence: r.note ?? '',
          start: 0,
          end: 0,
          text: '',
          rule: 'gold',
        },
      ],
    })),
  };
}
