import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { validateDocument, type KgDocument } from '@news-kg/schema';
import { openDriver } from './connection';
import { exportDocument } from './export';
import { loadValidDocuments } from './load';
import { getSavedQuery, runQuery, savedQueryParams } from './queries';
import { dropNamespace, fixture, namespaced, normalise, uniqueNs } from './test-support';
import { unloadArticles } from './unload';

/**
 * The saved queries' concrete answers. Each suite loads its graph into its own
 * namespace (ids prefixed), passes ids where a query takes an entity, and checks that
 * the expected rows are among the answers (other data on the shared server may add rows).
 */
const conn = inject('neo4j');
let driver: Driver;

const saved = async (name: string, params: Record<string, unknown> = {}) => {
  const query = getSavedQuery(name);
  return (await runQuery(driver, query.cypher, savedQueryParams(query, params), conn)).rows;
};

beforeAll(async () => {
  driver = await openDriver(conn);
});
afterAll(async () => {
  await driver.close();
});

describe('saved queries on the hand-written DW fixture (+ a second article)', () => {
  const ns = uniqueNs('saved');
  const id = (entity: string) => `${ns}/${entity}`;
  beforeAll(async () => {
    const docs = [fixture('dw-venezuela.kg.json'), fixture('judge-orders-planes-back.kg.json')];
    await loadValidDocuments(
      driver,
      docs.map((d) => namespaced(d, ns)),
      conn,
    );
  });
  afterAll(() => dropNamespace(driver, ns));

  it('connected-to-facility: CECOT holds the deportees and lies in El Salvador', async () => {
    const byId = await saved('connected-to-facility', {
      name: id('prison:terrorism-confinement-center'),
    });
    expect(byId).toEqual([
      expect.objectContaining({
        facility: 'Terrorism Confinement Center',
        direction: 'in',
        relation: 'HELD_IN',
        entity: 'the deportees',
        type: 'Group',
        articles: 1,
      }),
      expect.objectContaining({
        direction: 'out',
        relation: 'LOCATED_IN',
        entity: 'El Salvador',
        type: 'Country',
      }),
    ]);
    // By alias, case-insensitively (may include other copies of the same facts).
    const byAlias = await saved('connected-to-facility', { name: 'cecot' });
    expect(byAlias.map((r) => r.entity)).toEqual(
      expect.arrayContaining(['the deportees', 'El Salvador']),
    );
  });

  it('head-of-state-to-prison: Bukele in 2 hops, Trump in 3 through the US–El Salvador deal', async () => {
    const rows = await saved('head-of-state-to-prison');
    expect(rows).toEqual(
      expect.arrayContaining([
        {
          headOfState: 'Nayib Bukele',
          prison: 'Terrorism Confinement Center',
          hops: 2,
          via: ['Nayib Bukele', 'El Salvador', 'Terrorism Confinement Center'],
          relations: ['PRESIDENT_OF', 'LOCATED_IN'],
        },
        {
          headOfState: 'Donald Trump',
          prison: 'Terrorism Confinement Center',
          hops: 3,
          via: ['Donald Trump', 'United States', 'El Salvador', 'Terrorism Confinement Center'],
          relations: ['PRESIDENT_OF', 'AGREEMENT_WITH', 'LOCATED_IN'],
        },
      ]),
    );
  });

  it('claims-and-denials: the US and the White House claim gang membership, Venezuela denies it', async () => {
    const rows = await saved('claims-and-denials');
    const membership = (source: string, stance: string) =>
      expect.objectContaining({
        source,
        stance,
        subject: 'the deportees',
        relation: 'MEMBER_OF',
        object: 'Tren de Aragua',
      });
    expect(rows).toEqual(
      expect.arrayContaining([
        membership('United States', 'claimed'),
        membership('White House', 'claimed'),
        membership('Venezuela', 'denied'),
        expect.objectContaining({
          source: 'Venezuela',
          relation: 'DENIED',
          object: 'United States',
        }),
      ]),
    );
    const usClaim = rows.find((r) => r.source === 'United States' && r.stance === 'claimed')!;
    expect(usClaim.deniedBy).toContain('Venezuela');
    expect(usClaim.evidence).toMatch(/US claim that deportees/);
  });

  it('shortest-path: Trump to CECOT is 3 hops', async () => {
    const rows = await saved('shortest-path', {
      from: id('person:donald-trump'),
      to: id('prison:terrorism-confinement-center'),
    });
    expect(rows[0]).toMatchObject({
      hops: 3,
      entities: ['Donald Trump', 'United States', 'El Salvador', 'Terrorism Confinement Center'],
    });
  });

  it('entities-by-degree: the United States leads the countries, deportees the groups', async () => {
    const rows = await saved('entities-by-degree', { type: 'Country', limit: 10_000_000 });
    expect(rows.every((r) => r.type === 'Country')).toBe(true);
    const us = rows.find((r) => r.id === id('country:united-states'))!;
    expect(us).toMatchObject({ degree: 6, neighbours: 6 });
    const groups = await saved('entities-by-degree', { type: 'Group', limit: 10_000_000 });
    expect(groups.find((r) => r.id === id('group:the-deportees'))).toMatchObject({
      degree: 5,
      neighbours: 3,
      articles: 2,
    });
  });

  it('evidence: both articles state that Trump invoked the Alien Enemies Act', async () => {
    const rows = await saved('evidence', {
      subject: id('person:donald-trump'),
      object: id('law:alien-enemies-act'),
    });
    expect(rows).toEqual([
      expect.objectContaining({
        relation: 'INVOKED',
        article: `${ns}-hand-2025-03-16-judge-orders-planes-back`,
        published: '2025-03-16',
        span: 'President Donald Trump invoked the Alien Enemies Act',
      }),
      expect.objectContaining({
        relation: 'INVOKED',
        article: `${ns}-dw-2025-03-21-venezuela`,
        span: "Trump's use of the Alien Enemies Act",
        sentence: expect.stringMatching(/^On Friday, the judge called Trump's use/),
        rule: 'hand',
      }),
    ]);
  });

  it('search-entities: a fuzzy search finds Bukele through the full-text index', async () => {
    // The index is eventually consistent: give it a moment after the load.
    let rows: Array<Record<string, unknown>> = [];
    for (let i = 0; i < 20 && !rows.some((r) => r.id === id('person:nayib-bukele')); i++) {
      rows = await saved('search-entities', { text: 'bukel~', limit: 10_000 });
      if (!rows.some((r) => r.id === id('person:nayib-bukele')))
        await new Promise((r) => setTimeout(r, 250));
    }
    expect(rows).toContainEqual(
      expect.objectContaining({
        entity: 'Nayib Bukele',
        type: 'Person',
        id: id('person:nayib-bukele'),
      }),
    );
    const byAlias = await saved('search-entities', { text: 'CECOT', limit: 10_000 });
    expect(byAlias.map((r) => r.id)).toContain(id('prison:terrorism-confinement-center'));
  });

  it('article-facts: what the second article states, in text order', async () => {
    const rows = await saved('article-facts', {
      article: `${ns}-hand-2025-03-16-judge-orders-planes-back`,
    });
    expect(rows.map((r) => `${r.subject} ${r.relation} ${r.object}`)).toEqual([
      'the deportees DEPORTED_TO El Salvador',
      'Donald Trump INVOKED Alien Enemies Act',
      'Nayib Bukele PRESIDENT_OF El Salvador',
    ]);
    expect(rows[1]).toMatchObject({ stance: 'asserted', date: '2025-03-15', confidence: 0.95 });
  });

  it('multi-article-entities: six entities appear in both articles', async () => {
    const rows = await saved('multi-article-entities');
    const ours = rows.filter((r) =>
      (r.articleIds as string[]).every((a) => a.startsWith(`${ns}-`)),
    );
    expect(ours.map((r) => r.entity).sort()).toEqual([
      'Alien Enemies Act',
      'Donald Trump',
      'El Salvador',
      'James Boasberg',
      'Nayib Bukele',
      'the deportees',
    ]);
    expect(ours.every((r) => r.articles === 2)).toBe(true);
  });
});

describe('saved queries and round trip on the extracted first article', () => {
  const path = 'data/articles/dw-2025-03-21-venezuela-rejects-us-gang-accusations.txt';
  const ns = uniqueNs('extracted');
  const id = (entity: string) => `${ns}/${entity}`;
  let doc: KgDocument;
  beforeAll(async () => {
    const { readArticle, extractDocument } = await import('@news-kg/extract');
    const extracted = await extractDocument(await readArticle(path));
    const check = validateDocument(extracted);
    expect(check.ok).toBe(true);
    doc = namespaced(extracted, ns);
    await loadValidDocuments(driver, [doc], conn);
  }, 300_000);
  afterAll(async () => {
    if (doc) await unloadArticles(driver, [doc.documents[0]!.id], conn);
    await dropNamespace(driver, ns);
  });

  it('round trip: extract → load → export gives the same entities, relations and evidence', async () => {
    const out = await exportDocument(driver, { articleId: doc.documents[0]!.id }, conn);
    expect(validateDocument(out).ok).toBe(true);
    const a = normalise(out) as KgDocument;
    const b = normalise(doc) as KgDocument;
    expect(a.entities).toEqual(b.entities);
    expect(a.relations).toEqual(b.relations);
    expect(a.documents).toEqual(b.documents);
  });

  it('the prison query returns the deportees and El Salvador', async () => {
    const rows = await saved('connected-to-facility', {
      name: id('prison:terrorism-confinement-center'),
    });
    expect(rows.map((r) => r.entity)).toEqual(
      expect.arrayContaining([
        'El Salvador',
        doc.entities.find((e) => e.id === id('group:deportees'))!.name,
      ]),
    );
    expect(rows).toContainEqual(
      expect.objectContaining({ direction: 'in', relation: 'HELD_IN', type: 'Group' }),
    );
    expect(rows).toContainEqual(
      expect.objectContaining({ direction: 'out', relation: 'LOCATED_IN', entity: 'El Salvador' }),
    );
  });

  it('the US claims gang membership and Venezuela denies it', async () => {
    const rows = await saved('claims-and-denials');
    const claim = rows.find(
      (r) =>
        r.source === 'United States' &&
        r.stance === 'claimed' &&
        r.relation === 'MEMBER_OF' &&
        r.object === 'Tren de Aragua',
    );
    expect(claim).toBeDefined();
    expect(claim!.deniedBy).toContain('Venezuela');
  });

  it('a head of state reaches the prison; Trump and the prison are connected', async () => {
    const heads = await saved('head-of-state-to-prison');
    expect(heads.map((r) => r.headOfState)).toEqual(
      expect.arrayContaining(['Donald Trump', 'Nayib Bukele']),
    );
    const path = await saved('shortest-path', {
      from: id('person:donald-trump'),
      to: id('prison:terrorism-confinement-center'),
    });
    expect(path[0]!.hops).toBeLessThanOrEqual(3);
  });

  it('the evidence behind Trump invoking the Alien Enemies Act is a sentence of the article', async () => {
    const rows = await saved('evidence', {
      subject: id('person:donald-trump'),
      object: id('law:alien-enemies-act'),
      predicate: 'INVOKED',
    });
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(doc.documents[0]!.text).toContain(r.sentence as string);
  });

  it('entities-by-degree ranks the deportees first among groups', async () => {
    const rows = await saved('entities-by-degree', { type: 'Group', limit: 10_000_000 });
    const ours = rows.filter((r) => (r.id as string).startsWith(`${ns}/`));
    expect(ours[0]!.id).toBe(id('group:deportees'));
  });
});
