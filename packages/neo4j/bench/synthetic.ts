/** Synthetic contract documents for the load benchmark. */
import {
  relationId,
  type Entity,
  type EntityType,
  type KgDocument,
  type Predicate,
  type Relation,
} from '@news-kg/schema';

const RELATIONS_PER_ARTICLE = 50;
const ENTITIES_PER_ARTICLE = 40;

const TYPES: EntityType[] = ['Person', 'Organization', 'Country', 'Government', 'Group'];
const PREDICATES: Predicate[] = [
  'RELATED_TO',
  'CRITICIZED',
  'SUPPORTED',
  'MET_WITH',
  'SUED',
  'PAID',
];

/** A seeded PRNG so that runs compare. */
function rng(seed: number) {
  return () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
}

/**
 * `relations` relations in articles of 50 relations over 40 entities each, drawn from
 * a shared pool (so entities and some facts recur across articles, as in a news corpus).
 */
export function syntheticDocument(prefix: string, relations: number, seed = 1): KgDocument {
  const random = rng(seed);
  const pool = Math.max(100, Math.round(relations / 5));
  const articleCount = Math.ceil(relations / RELATIONS_PER_ARTICLE);
  const entities = new Map<string, Entity>();
  const docs: KgDocument['documents'] = [];
  const rels = new Map<string, Relation>();
  for (let a = 0; a < articleCount; a++) {
    const articleId = `${prefix}-article-${a}`;
    docs.push({
      id: articleId,
      title: `Synthetic article ${a}`,
      url: `https://example.org/${a}`,
      publishedAt: '2025-03-21',
      source: 'bench',
      sha256: (a.toString(16) + '0'.repeat(64)).slice(0, 64),
    });
    const members: string[] = [];
    for (let i = 0; i < ENTITIES_PER_ARTICLE; i++) {
      const n = Math.floor(random() * pool);
      const type = TYPES[n % TYPES.length]!;
      const id = `${prefix}/${type.toLowerCase()}:entity-${n}`;
      members.push(id);
      let entity = entities.get(id);
      if (!entity) {
        entity = { id, name: `Entity ${n}`, type, aliases: [`E${n}`], mentions: [] };
        entities.set(id, entity);
      }
      entity.mentions.push({
        documentId: articleId,
        start: i * 10,
        end: i * 10 + 8,
        text: `Entity ${n}`,
        sentence: `Sentence ${i} mentions Entity ${n}.`,
        sentenceIndex: i,
        section: 'body',
        rule: 'bench',
        confidence: 0.9,
      });
    }
    let made = 0;
    while (made < RELATIONS_PER_ARTICLE && made + a * RELATIONS_PER_ARTICLE < relations) {
      const s = members[Math.floor(random() * members.length)]!;
      const o = members[Math.floor(random() * members.length)]!;
      if (s === o) continue;
      const predicate = PREDICATES[Math.floor(random() * PREDICATES.length)]!;
      const key = {
        subject: s,
        predicate,
        object: o,
        modality: 'asserted' as const,
        attributedTo: null,
      };
      const id = relationId(key);
      const evidence = {
        documentId: articleId,
        sentence: `In article ${a}, ${s} ${predicate} ${o}.`,
        sentenceIndex: made,
        start: made * 20,
        end: made * 20 + 15,
        text: `${predicate} span`,
        rule: 'bench',
        section: 'body' as const,
      };
      const existing = rels.get(id);
      if (existing) {
        if (existing.evidence.some((e) => e.documentId === articleId)) continue;
        existing.evidence.push(evidence);
      } else {
        rels.set(id, { id, ...key, confidence: 0.8, date: null, evidence: [evidence] });
      }
      made++;
    }
  }
  return {
    schemaVersion: '1.0',
    generator: { name: 'bench', version: '1' },
    documents: docs,
    entities: [...entities.values()],
    relations: [...rels.values()],
  };
}
