import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ENTITY_TYPES, PREDICATES, type KgDocument } from '@news-kg/schema';
import {
  assertNoCollisions,
  chunk,
  columns,
  ENTITY_COLUMNS,
  labelFor,
  packBatches,
  planDocument,
  PRODUCT_LABELS,
  PRODUCT_RELATIONSHIP_TYPES,
  RELATION_COLUMNS,
  relTypeFor,
} from './model';

const fixture = (name: string): KgDocument =>
  JSON.parse(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8'));

describe('graph model', () => {
  it('keeps product labels and types apart from the ontology', () => {
    for (const label of PRODUCT_LABELS)
      expect(ENTITY_TYPES as readonly string[]).not.toContain(label);
    for (const type of PRODUCT_RELATIONSHIP_TYPES)
      expect(PREDICATES as string[]).not.toContain(type);
    expect(() => assertNoCollisions([...ENTITY_TYPES, 'Article'], PREDICATES)).toThrow(/collides/);
    expect(() => assertNoCollisions(ENTITY_TYPES, [...PREDICATES, 'MENTIONED_IN'])).toThrow(
      /collides/,
    );
  });

  it('refuses labels and types outside the allow-list, whatever their shape', () => {
    expect(labelFor('Prison')).toBe('Prison');
    expect(relTypeFor('HELD_IN')).toBe('HELD_IN');
    for (const bad of [
      'Entity',
      'Person`) DETACH DELETE n //',
      'person',
      'KNOWS',
      'MENTIONED_IN',
      '',
    ]) {
      expect(() => labelFor(bad)).toThrow(/refusing/);
      expect(() => relTypeFor(bad)).toThrow(/refusing/);
    }
  });

  it('splits a document into one plan per article', () => {
    const doc = fixture('dw-venezuela.kg.json');
    const [plan] = planDocument(doc);
    expect(plan!.article.id).toBe('dw-2025-03-21-venezuela');
    expect(plan!.entities).toHaveLength(doc.entities.length);
    expect(plan!.relations).toHaveLength(doc.relations.length);
    const trump = plan!.entities.find((e) => e.id === 'person:donald-trump')!;
    expect(trump.count).toBe(trump.mentions.length);
    expect(trump.count).toBeGreaterThan(1);
    const claim = plan!.relations.find((r) => r.props.attributedTo === 'country:united-states')!;
    expect(claim.props.modality).toBe('claimed');
    const minister = plan!.relations.find((r) => r.predicate === 'MINISTER_OF')!;
    expect(minister.q).toEqual({ q_portfolio: 'Interior' });
    expect(JSON.parse(minister.props.qualifiers!)).toEqual({ portfolio: 'Interior' });
  });

  it('gives an article a content hash that changes with what it would write', () => {
    const doc = fixture('dw-venezuela.kg.json');
    const before = planDocument(doc)[0]!.article.contentHash;
    expect(planDocument(fixture('dw-venezuela.kg.json'))[0]!.article.contentHash).toBe(before);
    doc.relations[0]!.confidence = 0.1;
    expect(planDocument(doc)[0]!.article.contentHash).not.toBe(before);
  });

  it('splits relations stated by two articles of one document per article', () => {
    const a = fixture('dw-venezuela.kg.json');
    const b = fixture('judge-orders-planes-back.kg.json');
    const doc: KgDocument = {
      ...a,
      documents: [...a.documents, ...b.documents],
      relations: [...a.relations],
    };
    const shared = doc.relations.find(
      (r) => r.predicate === 'PRESIDENT_OF' && r.subject === 'person:nayib-bukele',
    )!;
    shared.evidence = [
      ...shared.evidence,
      ...b.relations.find((r) => r.id === shared.id)!.evidence,
    ];
    doc.entities = a.entities.map((e) => ({
      ...e,
      mentions: [...e.mentions, ...(b.entities.find((x) => x.id === e.id)?.mentions ?? [])],
    }));
    const plans = planDocument(doc);
    expect(plans).toHaveLength(2);
    const inB = plans[1]!.relations.filter((r) => r.props.relationId === shared.id);
    expect(inB).toHaveLength(1);
    expect(inB[0]!.props.evidenceCount).toBe(1);
    expect(inB[0]!.props.articleId).toBe(b.documents[0]!.id);
  });

  it('packs whole articles into batches of about batchSize rows', () => {
    const plan = (rows: number) => ({ rows }) as never;
    expect(packBatches([plan(400), plan(400), plan(400)], 1000).map((b) => b.length)).toEqual([
      2, 1,
    ]);
    expect(packBatches([plan(3000), plan(10)], 1000).map((b) => b.length)).toEqual([1, 1]);
    expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
  });

  it('packs rows as lists that the Cypher accessors read back', () => {
    const c = columns(['id', 'name', 'aliases']);
    expect(c.at).toEqual({ id: 'row[0]', name: 'row[1]', aliases: 'row[2]' });
    expect(c.pack({ id: 'x', name: undefined, aliases: ['a'] })).toEqual(['x', null, ['a']]);
    // Every field of a planned row has a column (plus the node ids the loader adds).
    const [plan] = planDocument(fixture('dw-venezuela.kg.json'));
    const entityFields = Object.keys(plan!.entities[0]!).filter((k) => k !== 'articleId');
    expect([...ENTITY_COLUMNS.names].sort()).toEqual([...entityFields, 'article'].sort());
    const relationFields = Object.keys(plan!.relations[0]!.props);
    expect([...RELATION_COLUMNS.names].sort()).toEqual([...relationFields, 's', 'o', 'q'].sort());
  });
});
