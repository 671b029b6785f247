import { describe, expect, it } from 'vitest';
import {
  detokenize,
  mapToConll,
  predictionsFrom,
  relaxedTextMatch,
  scoreSentence,
  strictTextMatch,
  totalConll,
  type ConllRecord,
} from './conll04';

describe('detokenize', () => {
  it('attaches punctuation and clitics and keeps token spans', () => {
    const tokens = [
      'Mr.',
      'Smith',
      "'s",
      'firm',
      ',',
      'in',
      'Ohio',
      '(',
      'U.S.',
      ')',
      ',',
      'said',
      '`',
      '`',
      'no',
      "'",
      "'",
      '.',
    ];
    const { text, spans } = detokenize(tokens);
    expect(text).toBe('Mr. Smith\'s firm, in Ohio (U.S.), said "no".');
    expect(text.slice(spans[6]!.start, spans[6]!.end)).toBe('Ohio');
    expect(text.slice(spans[8]!.start, spans[8]!.end)).toBe('U.S.');
  });
  it('joins an initial and an apostrophe name', () => {
    expect(detokenize(['Kevin', 'O', "'Brien", 'spoke']).text).toBe("Kevin O'Brien spoke");
  });
});

describe('mapToConll', () => {
  it('maps office and membership to Work_For with an organisation, Live_In with a country', () => {
    expect(mapToConll('MINISTER_OF', 'Person', 'Government')).toEqual({
      type: 'Work_For',
      swap: false,
    });
    expect(mapToConll('WORKS_FOR', 'Person', 'Organization')).toEqual({
      type: 'Work_For',
      swap: false,
    });
    expect(mapToConll('PRESIDENT_OF', 'Person', 'Country')).toEqual({
      type: 'Live_In',
      swap: false,
    });
  });
  it('reverses HIRED, splits LOCATED_IN by subject type, maps KILLED', () => {
    expect(mapToConll('HIRED', 'Organization', 'Person')).toEqual({ type: 'Work_For', swap: true });
    expect(mapToConll('LOCATED_IN', 'Organization', 'Place')?.type).toBe('OrgBased_In');
    expect(mapToConll('LOCATED_IN', 'Place', 'Country')?.type).toBe('Located_In');
    expect(mapToConll('LIVES_IN', 'Person', 'Place')?.type).toBe('Live_In');
    expect(mapToConll('KILLED', 'Person', 'Person')?.type).toBe('Kill');
  });
  it('returns null for predicates with no CoNLL04 counterpart', () => {
    expect(mapToConll('CRITICIZED', 'Person', 'Person')).toBeNull();
    expect(mapToConll('LIVES_IN', 'Person', 'Organization')).toBeNull();
  });
});

describe('text matching', () => {
  it('strict compares normalised text, relaxed accepts a whole-word part', () => {
    expect(strictTextMatch('the U.S.', 'US')).toBe(true);
    expect(strictTextMatch('Lincoln', 'President Lincoln')).toBe(false);
    expect(relaxedTextMatch('Lincoln', 'President Lincoln')).toBe(true);
    expect(relaxedTextMatch('Lin', 'President Lincoln')).toBe(false);
  });
});

const record: ConllRecord = {
  tokens: [
    'Jane',
    'Roe',
    ',',
    'a',
    'spokeswoman',
    'for',
    'Acme',
    'Corp.',
    'in',
    'Boston',
    ',',
    'said',
    '.',
  ],
  entities: [
    { type: 'Peop', start: 0, end: 2 },
    { type: 'Org', start: 6, end: 8 },
    { type: 'Loc', start: 9, end: 10 },
  ],
  relations: [
    { type: 'Work_For', head: 0, tail: 1 },
    { type: 'OrgBased_In', head: 1, tail: 2 },
  ],
};

describe('scoreSentence', () => {
  it('counts tp, fp and fn per type', () => {
    const s = scoreSentence(record, [
      { type: 'Work_For', head: ['Jane Roe'], tail: ['Acme Corp'] },
      { type: 'Live_In', head: ['Jane Roe'], tail: ['Boston'] },
    ]);
    expect(s.strict.Work_For).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(s.strict.Live_In).toEqual({ tp: 0, fp: 1, fn: 0 });
    expect(s.strict.OrgBased_In).toEqual({ tp: 0, fp: 0, fn: 1 });
    const t = totalConll([s]);
    expect(t.strict.overall).toMatchObject({ tp: 1, fp: 1, fn: 1, precision: 0.5, recall: 0.5 });
  });
  it('accepts partial spans only in relaxed scoring', () => {
    const s = scoreSentence(record, [{ type: 'Work_For', head: ['Roe'], tail: ['Acme'] }]);
    expect(s.strict.Work_For.tp).toBe(0);
    expect(s.relaxed.Work_For.tp).toBe(1);
  });
});

describe('predictionsFrom', () => {
  it('maps relations, uses mention texts, skips denials and duplicate pairs', () => {
    const m = (text: string) => ({
      documentId: 'd',
      start: 0,
      end: text.length,
      text,
      sentence: '',
    });
    const doc = {
      schemaVersion: '1.0',
      documents: [],
      entities: [
        { id: 'p', name: 'Jane Roe', type: 'Person', aliases: [], mentions: [m('Roe')] },
        { id: 'o', name: 'Acme Corp.', type: 'Organization', aliases: [], mentions: [] },
      ],
      relations: [
        {
          id: '1',
          subject: 'p',
          predicate: 'OFFICIAL_OF',
          object: 'o',
          modality: 'asserted',
          attributedTo: null,
        },
        {
          id: '2',
          subject: 'p',
          predicate: 'WORKS_FOR',
          object: 'o',
          modality: 'asserted',
          attributedTo: null,
        },
        {
          id: '3',
          subject: 'p',
          predicate: 'LEADS',
          object: 'o',
          modality: 'denied',
          attributedTo: null,
        },
      ],
    } as any;
    expect(predictionsFrom(doc)).toEqual([
      { type: 'Work_For', head: ['Jane Roe', 'Roe'], tail: ['Acme Corp.'] },
    ]);
  });
});

describe('an office of a place kept as RELATED_TO', () => {
  it('maps to Live_In only with a role', () => {
    expect(mapToConll('RELATED_TO', 'Person', 'Place', { role: 'governor' })?.type).toBe('Live_In');
    expect(mapToConll('RELATED_TO', 'Person', 'Place', { verb: 'visit' })).toBeNull();
  });
});
