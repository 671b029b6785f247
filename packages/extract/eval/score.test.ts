import { describe, expect, it } from 'vitest';
import { parseGold } from './gold';
import {
  byPredicate,
  maxMatching,
  microAverage,
  prf,
  scoreArticle,
  type PredictedDocument,
} from './score';

const gold = parseGold({
  article: 'synthetic.txt',
  entities: [
    { name: 'Ana Ruiz', type: 'Person', aliases: ['Ruiz', 'Justice Ana Ruiz'] },
    { name: 'Supreme Court', type: 'Court', aliases: [] },
    { name: 'Ruritania', type: 'Country', aliases: [] },
    { name: 'Ruritanian government', type: 'Government', aliases: ['Interior Ministry'] },
    { name: 'Asylum Act', type: 'Law', aliases: [] },
    { name: 'Blue Hand', type: 'CriminalOrganization', aliases: [] },
    { name: 'the detainees', type: 'Group', aliases: ['detainees'] },
    { name: 'Borduria', type: 'Country', aliases: [] },
  ],
  relations: [
    {
      subject: 'Ana Ruiz',
      predicate: 'JUDGE_OF',
      object: 'Supreme Court',
      modality: 'asserted',
      attributedTo: null,
    },
    {
      subject: 'Ruritanian government',
      predicate: 'GOVERNMENT_OF',
      object: 'Ruritania',
      modality: 'asserted',
      attributedTo: null,
    },
    {
      subject: 'Ruritanian government',
      predicate: 'INVOKED',
      object: 'Asylum Act',
      modality: 'asserted',
      attributedTo: null,
    },
    {
      subject: 'the detainees',
      predicate: 'MEMBER_OF',
      object: 'Blue Hand',
      modality: 'claimed',
      attributedTo: 'Ruritanian government',
    },
    {
      subject: 'the detainees',
      predicate: 'MEMBER_OF',
      object: 'Blue Hand',
      modality: 'denied',
      attributedTo: 'Borduria',
    },
    {
      subject: 'Ana Ruiz',
      predicate: 'RULED_AGAINST',
      object: 'Ruritanian government',
      modality: 'asserted',
      attributedTo: null,
      subjectAlternatives: ['Supreme Court'],
    },
    {
      subject: 'Ruritania',
      predicate: 'AGREEMENT_WITH',
      object: 'Borduria',
      modality: 'asserted',
      attributedTo: null,
    },
  ],
});

const e = (id: string, name: string, type: string, aliases: string[] = []) =>
  ({ id, name, type, aliases }) as PredictedDocument['entities'][number];
const r = (
  subject: string,
  predicate: string,
  object: string,
  modality = 'asserted',
  attributedTo: string | null = null,
) =>
  ({
    subject,
    predicate,
    object,
    modality,
    attributedTo,
  }) as PredictedDocument['relations'][number];

describe('prf', () => {
  it('computes precision, recall and F1 and handles empty sides', () => {
    expect(prf({ tp: 3, fp: 1, fn: 2 })).toMatchObject({ precision: 0.75, recall: 0.6 });
    expect(prf({ tp: 3, fp: 1, fn: 2 }).f1).toBeCloseTo(2 / 3);
    expect(prf({ tp: 0, fp: 0, fn: 0 })).toMatchObject({ precision: 1, recall: 1, f1: 1 });
    expect(prf({ tp: 0, fp: 0, fn: 4 })).toMatchObject({ precision: 0, recall: 0, f1: 0 });
  });
});

describe('maxMatching', () => {
  it('finds a maximum one-to-one matching', () => {
    // left 0 could take 0 or 1, left 1 only 0: both must be matched
    expect(maxMatching([[0, 1], [0]], 2)).toEqual([1, 0]);
    expect(maxMatching([[0], [0]], 1)).toEqual([0, -1]);
  });
});

describe('scoreArticle: entities', () => {
  it('matches by type and normalised name or alias, each gold entity once', () => {
    const s = scoreArticle(gold, {
      entities: [
        e('p1', 'RUIZ', 'Person'),
        e('p2', 'Justice Ana Ruiz', 'Person'), // duplicate of the same gold entity → FP
        e('c1', 'The Supreme Court', 'Court'),
        e('g1', 'the Interior Ministry', 'Government'),
        e('x1', 'Asylum Act', 'Organization'), // wrong type → FP, and the gold Law is a FN
        e('x2', 'Monday', 'Place'),
      ],
      relations: [],
    });
    expect(s.entities).toMatchObject({ tp: 3, fp: 3, fn: 5 });
    expect(s.entityMatches.map((m) => m.gold).sort()).toEqual([
      'Ana Ruiz',
      'Ruritanian government',
      'Supreme Court',
    ]);
    expect(s.falseNegativeEntities.map((x) => x.name)).toContain('Asylum Act');
  });
});

describe('scoreArticle: relations', () => {
  const entities = [
    e('ana', 'Ana Ruiz', 'Person'),
    e('ruiz', 'Ruiz', 'Person'),
    e('court', 'Supreme Court', 'Court'),
    e('rur', 'Ruritania', 'Country'),
    e('gov', 'Ruritanian government', 'Government'),
    e('act', 'Asylum Act', 'Law'),
    e('bh', 'Blue Hand', 'CriminalOrganization'),
    e('det', 'detainees', 'Group'),
    e('bor', 'Borduria', 'Country'),
  ];

  it('matches on subject, predicate and object; wrong predicate or direction is a FP', () => {
    const s = scoreArticle(gold, {
      entities,
      relations: [
        r('ruiz', 'JUDGE_OF', 'court'), // resolves through an unaligned duplicate entity
        r('court', 'JUDGE_OF', 'ana'), // wrong direction
        r('ana', 'LEADS', 'court'), // wrong predicate
      ],
    });
    expect(s.relations).toMatchObject({ tp: 1, fp: 2, fn: 6 });
  });

  it('counts each gold relation at most once', () => {
    const s = scoreArticle(gold, {
      entities,
      relations: [r('ana', 'JUDGE_OF', 'court'), r('ana', 'JUDGE_OF', 'court')],
    });
    expect(s.relations).toMatchObject({ tp: 1, fp: 1 });
  });

  it('treats a country and its government as the same party, and honours listed alternatives', () => {
    const s = scoreArticle(gold, {
      entities,
      relations: [r('rur', 'INVOKED', 'act'), r('court', 'RULED_AGAINST', 'rur')],
    });
    expect(s.relations).toMatchObject({ tp: 2, fp: 0 });
  });

  it('matches symmetric predicates in either direction', () => {
    const s = scoreArticle(gold, { entities, relations: [r('bor', 'AGREEMENT_WITH', 'rur')] });
    expect(s.relations.tp).toBe(1);
  });

  it('pairs a claim and a denial of one triple with the gold item of the same stance', () => {
    const s = scoreArticle(gold, {
      entities,
      relations: [
        r('det', 'MEMBER_OF', 'bh', 'denied', 'bor'),
        r('det', 'MEMBER_OF', 'bh', 'claimed', 'rur'), // speaker resolves via the state equivalence
      ],
    });
    expect(s.relations).toMatchObject({ tp: 2, fp: 0 });
    expect(s.modality).toEqual({ matched: 2, agree: 2 });
    expect(s.attribution).toEqual({ matched: 2, agree: 2 });
  });

  it('reports modality and attribution disagreement separately from the match', () => {
    const s = scoreArticle(gold, {
      entities,
      relations: [r('det', 'MEMBER_OF', 'bh', 'asserted', null)],
    });
    expect(s.relations.tp).toBe(1);
    expect(s.modality).toEqual({ matched: 1, agree: 0 });
    expect(s.attribution).toEqual({ matched: 1, agree: 0 });
  });

  it('counts relations over unknown entity ids as false positives', () => {
    const s = scoreArticle(gold, { entities, relations: [r('nobody', 'JUDGE_OF', 'court')] });
    expect(s.relations).toMatchObject({ tp: 0, fp: 1 });
    expect(s.falsePositiveRelations[0]!.subject).toBe('?nobody');
  });
});

describe('microAverage', () => {
  it('sums counts before dividing', () => {
    const a = scoreArticle(gold, { entities: [e('a', 'Ana Ruiz', 'Person')], relations: [] });
    const b = scoreArticle(gold, { entities: [], relations: [] });
    const m = microAverage([a, b]);
    expect(m.entities).toMatchObject({ tp: 1, fp: 0, fn: 15 });
    expect(m.articles).toBe(2);
  });
});

describe('byPredicate', () => {
  it('splits tp, fp and fn by predicate', () => {
    const s = scoreArticle(gold, {
      entities: [e('ana', 'Ana Ruiz', 'Person'), e('court', 'Supreme Court', 'Court')],
      relations: [r('ana', 'JUDGE_OF', 'court'), r('ana', 'LEADS', 'court')],
    });
    const m = byPredicate([s]);
    expect(m.get('JUDGE_OF')).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(m.get('LEADS')).toMatchObject({ tp: 0, fp: 1, fn: 0 });
    expect(m.get('INVOKED')).toMatchObject({ tp: 0, fp: 0, fn: 1 });
  });
});
