import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assertValidDocument, ENTITY_TYPES, MODALITIES, validateDocument } from '@news-kg/schema';
import { buildGraph } from './build-graph';

const fixture = assertValidDocument(
  JSON.parse(readFileSync(new URL('../fixtures/venezuela.kg.json', import.meta.url), 'utf8')),
);

describe('buildGraph', () => {
  it('the viz fixture is a valid contract document covering every type and modality', () => {
    expect(validateDocument(fixture).ok).toBe(true);
    expect(new Set(fixture.entities.map((e) => e.type))).toEqual(new Set(ENTITY_TYPES));
    expect(new Set(fixture.relations.map((r) => r.modality))).toEqual(new Set(MODALITIES));
  });

  it('makes one node per entity with name, type, aliases and degree', () => {
    const graph = buildGraph(fixture);
    expect(graph.order).toBe(fixture.entities.length);
    const trump = graph.getNodeAttributes('person:donald-trump');
    expect(trump).toMatchObject({
      name: 'Donald Trump',
      label: 'Donald Trump',
      entityType: 'Person',
      aliases: ['Trump'],
    });
    expect(trump.degree).toBe(graph.degree('person:donald-trump'));
    expect(trump.degree).toBe(2);
    expect(trump.size).toBeGreaterThan(0);
  });

  it('makes one directed edge per relation with predicate, human label, modality and evidence', () => {
    const graph = buildGraph(fixture);
    expect(graph.size).toBe(fixture.relations.length);
    const invoked = fixture.relations.find(
      (r) => r.predicate === 'INVOKED' && r.subject === 'person:donald-trump',
    )!;
    expect(graph.source(invoked.id)).toBe('person:donald-trump');
    expect(graph.target(invoked.id)).toBe('law:alien-enemies-act');
    expect(graph.getEdgeAttributes(invoked.id)).toMatchObject({
      predicate: 'INVOKED',
      label: 'invoked',
      modality: 'asserted',
      attributedTo: null,
    });
    expect(graph.getEdgeAttribute(invoked.id, 'evidence')[0]?.sentence).toContain(
      'invoked an obscure wartime law',
    );
  });

  it('keeps a claim, an allegation and a denial of the same fact as parallel edges', () => {
    const graph = buildGraph(fixture);
    const edges = graph.directedEdges(
      'group:venezuelan-deportees',
      'criminalorganization:tren-de-aragua',
    );
    const modalities = edges.map((e) => graph.getEdgeAttribute(e, 'modality')).sort();
    expect(modalities).toEqual(['alleged', 'claimed', 'denied']);
    const claimed = edges.find((e) => graph.getEdgeAttribute(e, 'modality') === 'claimed')!;
    expect(graph.getEdgeAttribute(claimed, 'attributedToName')).toBe('White House');
  });

  it('carries article titles and links for evidence', () => {
    const graph = buildGraph(fixture);
    const articles = graph.getAttribute('articles');
    expect(Object.values(articles)[0]).toMatchObject({
      title: 'Venezuela rejects US crime gang accusations as slur',
      url: 'https://p.dw.com/p/4s77Q',
    });
  });

  it('skips relations whose ends are missing instead of throwing', () => {
    const broken = {
      ...fixture,
      entities: fixture.entities.filter((e) => e.id !== 'person:donald-trump'),
    };
    const graph = buildGraph(broken);
    expect(graph.hasNode('person:donald-trump')).toBe(false);
    expect(graph.size).toBe(fixture.relations.length - 2);
  });
});
