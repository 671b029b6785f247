import { describe, expect, it } from 'vitest';
import { browserUrlFor, formatSummary, type BuildSummary } from './build';

const base: BuildSummary = {
  name: 'dw',
  outDir: '/w/out/dw',
  files: { json: '/w/out/dw/graph.json', html: '/w/out/dw/graph.html', exports: [] },
  articles: {
    inputs: 2,
    extracted: 1,
    unchanged: 0,
    failed: [{ input: 'bad.txt', error: 'input is empty' }],
  },
  counts: {
    articles: 1,
    entities: { total: 3, byType: { Person: 2, Prison: 1 }, shared: 0 },
    relations: {
      total: 2,
      byModality: { asserted: 1, claimed: 1 },
      byPredicate: { HELD_IN: { total: 2, asserted: 1, claimed: 1 } },
    },
  },
  neo4j: {
    used: true,
    uri: 'bolt://127.0.0.1:7687',
    browserUrl: 'http://127.0.0.1:7474/browser/',
    user: 'neo4j',
    passwordFile: '/w/.neo4j/password',
    local: true,
    startedNow: true,
    stopCommand: 'pnpm kg neo4j stop',
    load: { created: 1, replaced: 0, unchanged: 0 },
  },
  queries: [{ title: 'Q', cypher: 'MATCH (n)\nRETURN n' }],
  timings: { extractMs: 1, loadMs: 1, exportMs: 1, renderMs: 1, totalMs: 1500 },
  workers: 2,
  exitCode: 3,
};

const plain = (text: string): string => text.replace(/\x1b\[[0-9;]*m/g, ''); // eslint-disable-line no-control-regex

describe('formatSummary', () => {
  it('says what was built, what was skipped, where the files are and how to reach and stop Neo4j', () => {
    const text = plain(formatSummary(base, '/w'));
    expect(text).toContain('Built dw: 1 article extracted, 1 skipped in 1.5s');
    expect(text).toContain('skipped bad.txt: input is empty');
    expect(text).toContain('Entities (3): 2 Person, 1 Prison');
    expect(text).toContain('Relations (2): 1 asserted, 1 claimed');
    expect(text).toMatch(/HELD_IN\s+2\s+1 asserted, 1 claimed/);
    expect(text).toContain('Graph page  out/dw/graph.html');
    expect(text).toContain('Neo4j Browser http://127.0.0.1:7474/browser/');
    expect(text).toContain('user neo4j, password in .neo4j/password');
    expect(text).toContain(
      'This build started the local Neo4j; it is still running. Stop it with `pnpm kg neo4j stop`.',
    );
    expect(text).toContain('  // Q\n  MATCH (n)\n  RETURN n');
  });

  it('says how many entities several articles share in a corpus', () => {
    const corpus = {
      ...base,
      counts: { ...base.counts, articles: 5, entities: { ...base.counts.entities, shared: 2 } },
    };
    expect(plain(formatSummary(corpus, '/w'))).toContain(
      '2 of them appear in more than one of the 5 articles',
    );
    expect(plain(formatSummary(base, '/w'))).not.toContain('appear in more than one');
  });

  it('points to NEO4J_PASSWORD for a remote server and to kg load without Neo4j', () => {
    const remote = plain(
      formatSummary(
        {
          ...base,
          neo4j: {
            ...base.neo4j,
            local: false,
            startedNow: false,
            passwordFile: null,
            stopCommand: null,
            uri: 'neo4j+s://db.example.org',
          } as BuildSummary['neo4j'],
        },
        '/w',
      ),
    );
    expect(remote).toContain('password from NEO4J_PASSWORD');
    expect(remote).not.toContain('neo4j stop');
    const none = plain(formatSummary({ ...base, neo4j: { used: false } }, '/w'));
    expect(none).toContain('skipped (--no-neo4j)');
    expect(none).toContain('pnpm kg load out/dw/graph.json');
  });
});

describe('browserUrlFor', () => {
  it('derives the Browser URL of a remote server, or takes NEO4J_BROWSER_URL', () => {
    expect(browserUrlFor('bolt://db.local:7687', {})).toBe('http://db.local:7474/browser/');
    expect(browserUrlFor('neo4j+s://x.databases.example:7687', {})).toBe(
      'https://x.databases.example:7473/browser/',
    );
    expect(browserUrlFor('bolt://a', { NEO4J_BROWSER_URL: 'https://b/' })).toBe('https://b/');
  });
});
