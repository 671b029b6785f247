import { describe, expect, it } from 'vitest';
import { nastyDoc, sampleDoc } from '../formats/fixtures';
import { countGraph, exampleQueries, formatCounts } from './summary';

describe('countGraph', () => {
  it('counts entities by type and relations by predicate and modality', () => {
    const c = countGraph(sampleDoc());
    expect(c.articles).toBe(1);
    expect(c.entities).toEqual({
      total: 8,
      byType: { Person: 2, Country: 1, Law: 1, Court: 1, Prison: 1, Organization: 1, Group: 1 },
      shared: 0,
    });
    expect(c.relations.total).toBe(4);
    expect(c.relations.byModality).toEqual({ asserted: 3, claimed: 1 });
    expect(c.relations.byPredicate.HELD_IN).toEqual({ total: 1, claimed: 1 });
    expect(formatCounts(c.relations.byModality)).toBe('3 asserted, 1 claimed');
  });
});

describe('exampleQueries', () => {
  it('gives three queries naming this graph’s best-connected entity, escaped', () => {
    const queries = exampleQueries(sampleDoc());
    expect(queries).toHaveLength(3);
    expect(queries[1]!.cypher).toContain("{id: 'person:ana-ruiz'}");
    expect(queries[2]!.title).toMatch(/Claims/);
    const nasty = exampleQueries(nastyDoc());
    expect(nasty[1]!.cypher).toContain("{id: 'person:ana-ruiz'}");
  });

  it('asks about the most frequent predicate when nothing is claimed', () => {
    const doc = sampleDoc();
    doc.relations = doc.relations.filter((r) => r.modality === 'asserted');
    const queries = exampleQueries(doc);
    expect(queries[2]!.cypher).toMatch(/\[r:(PRIME_MINISTER_OF|INVOKED|JUDGE_OF)\]/);
  });
});
