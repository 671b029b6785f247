import { describe, expect, it } from 'vitest';
import { entityOf, extractText, relationLines } from '../test-support/extract-text';
import { isShortFormOf, shortFormTargets } from './short-forms';

/** Short forms of institution names on invented names: what joins and what must not. */
describe('short forms of institution names', () => {
  it('recognises a name minus its head word, and a shorter name with the same first word and head', () => {
    expect(isShortFormOf('Valdrossa', 'Valdrossa Prison')).toBe(true);
    expect(isShortFormOf('Merenti', 'Merenti Maximum Security Prison')).toBe(true);
    expect(isShortFormOf('Tavrin', 'Tavrin prison complex')).toBe(true);
    expect(isShortFormOf('Ferro Vivo', 'Ferro Vivo gang')).toBe(true);
    expect(isShortFormOf('Dukaj', 'Dukaj clan')).toBe(true);
    expect(isShortFormOf('Orlena penitentiary', 'Orlena Federal Penitentiary')).toBe(true);
  });

  it('never joins two differently named institutions or a generic first word', () => {
    expect(isShortFormOf('Pellaro Prison', 'Pellaro District Court')).toBe(false);
    expect(isShortFormOf('Pellaro High Court', 'Pellaro District Court')).toBe(false);
    expect(isShortFormOf('Supreme Court', 'Supreme Federal Court')).toBe(false);
    expect(isShortFormOf('Pellaro', 'Pellaro District Court')).toBe(false);
    expect(isShortFormOf('Liberal', 'Liberal Party')).toBe(false);
    expect(isShortFormOf('Peru', 'Peru Prison')).toBe(false);
    expect(isShortFormOf('Valdrossa Prison', 'Valdrossa')).toBe(false);
  });

  it('leaves places, strongly typed people and ambiguous short names alone', () => {
    const targets = shortFormTargets(
      new Map([
        ['Valdrossa Prison', { type: 'Prison', weak: false }],
        ['Valdrossa prison', { type: 'Prison', weak: false }],
        ['Valdrossa', { type: 'Organization', weak: true }],
        ['Tavrin prison complex', { type: 'Prison', weak: false }],
        ['Tavrin', { type: 'Place', weak: false }],
        ['Orsi', { type: 'Person', weak: false }],
        ['Orsi clan', { type: 'CriminalOrganization', weak: false }],
        ['Kelm Prison', { type: 'Prison', weak: false }],
        ['Kelm gang', { type: 'CriminalOrganization', weak: false }],
        ['Kelm', { type: 'Organization', weak: true }],
      ]),
    );
    expect(targets.get('Valdrossa')).toBe('Valdrossa Prison');
    expect(targets.has('Tavrin')).toBe(false);
    expect(targets.has('Orsi')).toBe(false);
    expect(targets.has('Kelm')).toBe(false);
  });

  it('makes the short form an alias of the institution in an article', () => {
    const doc = extractText(
      'Forty inmates of Valdrossa Prison in Lisbon went on hunger strike on Monday. ' +
        'Overcrowding at Valdrossa has worsened since 2021, said the director of Valdrossa, Rui Tavares. ' +
        'Two guards were moved from the Orlena Federal Penitentiary last year. ' +
        'In 2023 three men escaped from the Orlena penitentiary.',
    );
    const prison = entityOf(doc, 'Valdrossa Prison');
    expect(prison?.type).toBe('Prison');
    expect(prison?.aliases).toContain('Valdrossa');
    expect(entityOf(doc, 'Valdrossa')).toBeUndefined();
    expect(entityOf(doc, 'Orlena Federal Penitentiary')?.aliases).toContain('Orlena penitentiary');
    expect(entityOf(doc, 'Orlena penitentiary')).toBeUndefined();
    expect(relationLines(doc)).toContain('Rui Tavares LEADS Valdrossa Prison');
  });

  it('keeps a town apart from the prison named after it, and a court apart from a prison', () => {
    const doc = extractText(
      'The men were flown to Tavrin, a port town, and held in the Tavrin prison complex. ' +
        'The Pellaro District Court sentenced them in May, and they were later moved to Pellaro Prison.',
    );
    expect(entityOf(doc, 'Tavrin')?.type).toBe('Place');
    expect(entityOf(doc, 'Pellaro District Court')?.type).toBe('Court');
    expect(entityOf(doc, 'Pellaro Prison')?.type).toBe('Prison');
  });
});

describe('a place guessed from "in X" that is a prison’s short name', () => {
  it('joins "in Kessling" to "Kessling jail", but never a known city', () => {
    const doc = extractText(
      'Ruiz is held at Kessling jail in Lima. His wife visited him in Kessling on Monday.',
    );
    const jail = doc.entities.find((e) => e.type === 'Prison');
    expect(jail?.aliases).toContain('Kessling');
    expect(doc.entities.some((e) => e.type === 'Place' && e.name === 'Kessling')).toBe(false);
    expect(doc.entities.some((e) => e.type === 'Place' && e.name === 'Lima')).toBe(true);
  });
});

describe('a court named once with its country or town', () => {
  it('takes "Supreme Court" for "Supreme Court of Peru" and "Regional Court" for "… in Gdańsk"', () => {
    expect(isShortFormOf('Supreme Court', 'Supreme Court of Peru')).toBe(true);
    expect(isShortFormOf('Regional Court', 'Regional Court in Gdańsk')).toBe(true);
  });

  it('does not shorten a kind of court: "Court" is not "Court of Appeal"', () => {
    expect(isShortFormOf('Supreme Court', 'Supreme Court of Appeal')).toBe(false);
    expect(isShortFormOf('High Court', 'Supreme Court of Peru')).toBe(false);
  });
});

describe('company short names', () => {
  it('takes "Golden Reef" for "Golden Reef Technologies", even after "from"', () => {
    expect(isShortFormOf('Kestrel Reef', 'Kestrel Reef Technologies')).toBe(true);
    const out = relationLines(
      extractText(
        'Kestrel Reef Technologies ran the compound. Tomas Rek received monthly payments of up to ' +
          '2 million pesos ($34,000) from Kestrel Reef.',
      ),
    );
    expect(out).toContain('Kestrel Reef Technologies PAID Tomas Rek');
  });
});

describe('companies called by a shorter name', () => {
  const entities = (text: string): string[] =>
    extractText(text).entities.map((e) => `${e.type} ${e.name} [${e.aliases.join(', ')}]`);

  it('reads "Ostra Dal" and "Zentrix" as the companies named in full before', () => {
    const out = entities(
      'Temuulen Bat, the former chief executive of Ostra Dal Resources, landed in Ulaanbaatar. ' +
        'The quotas allowed Ostra Dal to ship coal. Park Min, the founder of Zentrix Digital ' +
        'Assets, was arrested. Prosecutors said Zentrix promised investors returns.',
    );
    expect(out).toContain('Organization Ostra Dal Resources [Ostra Dal]');
    expect(out).toContain('Organization Zentrix Digital Assets [Zentrix]');
    expect(out.some((e) => e.startsWith('Person Ostra Dal'))).toBe(false);
  });

  it('keeps a person named like a company, and an English word alone, apart', () => {
    const out = entities(
      'Tom Baker Holdings hired Tom Baker in May. Golden Reef Technologies paid the fee, Golden said.',
    );
    expect(out).toContain('Person Tom Baker []');
    expect(out).toContain('Organization Golden Reef Technologies []');
  });
});

describe('a prison named by its function and by its town', () => {
  it('is one prison: "Ostra Correctional and Rehabilitation Center", "Ostra prison", "Ostra prison complex"', () => {
    expect(isShortFormOf('Ostra prison', 'Ostra Correctional and Rehabilitation Center')).toBe(
      true,
    );
    const doc = extractText(
      'Inmates at the Ostra prison complex began a hunger strike. The Ostra Correctional and ' +
        'Rehabilitation Center holds 2,000 inmates. Relatives gathered outside Ostra prison.',
    );
    expect(doc.entities.filter((e) => e.type === 'Prison').map((e) => e.name)).toEqual([
      'Ostra Correctional and Rehabilitation Center',
    ]);
  });
});

describe('a police force introduced as "the national police"', () => {
  it('is what "police" and "Estonian police" stand for later in the article', () => {
    const doc = extractText(
      'Officers from the Civic Guard, the national police, searched 31 properties in Tartu. ' +
        'Estonian police arrested Tomas Vell on Tuesday.',
    );
    expect(relationLines(doc)).toContain('Civic Guard ARRESTED Tomas Vell');
  });

  it('leaves the police of another country alone', () => {
    const doc = extractText(
      'TALLINN (Reuters) - Officers from the Civic Guard, the national police, searched 31 properties in Estonia. ' +
        'The Estonian government said the raids would go on. Latvian police arrested Tomas Vell on Tuesday.',
    );
    expect(relationLines(doc)).not.toContain('Civic Guard ARRESTED Tomas Vell');
  });
});
