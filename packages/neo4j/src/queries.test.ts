import { describe, expect, it } from 'vitest';
import neo4j from 'neo4j-driver';
import {
  formatCell,
  listSavedQueries,
  parseParam,
  parseSavedQuery,
  savedQueryParams,
} from './queries';

describe('saved queries', () => {
  it('parses the header: question, description, parameters and defaults', () => {
    const q = parseSavedQuery(
      '/x/by-degree.cypher',
      '// Entities ranked by degree.\n// More text.\n// @param type  a type (default: null)\n// @param limit  rows (default: 25)\n// @param name  required\nMATCH (n) RETURN n',
    );
    expect(q.name).toBe('by-degree');
    expect(q.title).toBe('Entities ranked by degree.');
    expect(q.description).toBe('More text.');
    expect(q.params.map((p) => p.name)).toEqual(['type', 'limit', 'name']);
    expect(q.params[0]!.default).toBeNull();
    expect(neo4j.isInt(q.params[1]!.default)).toBe(true);
    expect(q.cypher).toBe('MATCH (n) RETURN n');
    expect(() => savedQueryParams(q, {})).toThrow(/needs --param name=/);
    expect(savedQueryParams(q, { name: 'x' })).toMatchObject({ name: 'x', type: null });
  });

  it('ships every saved query the analysts asked for, each documented', () => {
    const names = listSavedQueries().map((q) => q.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'connected-to-facility',
        'head-of-state-to-prison',
        'claims-and-denials',
        'shortest-path',
        'entities-by-degree',
        'evidence',
        'multi-article-entities',
      ]),
    );
    for (const q of listSavedQueries()) {
      expect(q.title, q.name).toMatch(/\S/);
      for (const m of q.cypher.matchAll(/\$(\w+)/g)) {
        expect(
          q.params.map((p) => p.name),
          `${q.name} documents $${m[1]}`,
        ).toContain(m[1]);
      }
    }
  });

  it('parses --param values', () => {
    expect(parseParam('name=CECOT')).toEqual(['name', 'CECOT']);
    const [, n] = parseParam('limit=10');
    expect(neo4j.isInt(n) && (n as ReturnType<typeof neo4j.int>).toNumber()).toBe(10);
    expect(parseParam('x=0.5')).toEqual(['x', 0.5]);
    expect(parseParam('ids=["a","b"]')).toEqual(['ids', ['a', 'b']]);
    expect(parseParam('q=a=b')).toEqual(['q', 'a=b']);
    expect(() => parseParam('novalue')).toThrow(/bad --param/);
  });

  it('formats cells readably', () => {
    expect(formatCell({ _labels: ['Entity', 'Prison'], name: 'CECOT' })).toBe('CECOT (Prison)');
    expect(
      formatCell([
        { _labels: ['Entity', 'Group'], name: 'deportees' },
        { _type: 'HELD_IN' },
        { _labels: ['Entity', 'Prison'], name: 'CECOT' },
      ]),
    ).toBe('deportees (Group) -[HELD_IN]-> CECOT (Prison)');
    expect(formatCell(['a', 'b'])).toBe('a, b');
    expect(formatCell('x'.repeat(100)).length).toBe(80);
  });
});
