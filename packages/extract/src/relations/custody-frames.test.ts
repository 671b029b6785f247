import { describe, expect, it } from 'vitest';
import { extractText, relationLines } from '../test-support/extract-text';

const lines = (text: string, predicate: string): string[] =>
  relationLines(extractText(text)).filter((l) => l.includes(` ${predicate} `));

describe('groups held in a named prison', () => {
  it('reads "inmates of/at X", "X\'s inmates" and "the X inmates"', () => {
    expect(
      lines('Fourteen inmates of Halden Prison in Oslo were beaten by guards.', 'HELD_IN'),
    ).toContain('inmates HELD_IN Halden Prison');
    expect(lines('Guards beat the prisoners at Vardo Prison on Monday.', 'HELD_IN')).toContain(
      'prisoners HELD_IN Vardo Prison',
    );
    expect(lines("Vardo Prison's detainees sued Norway in March.", 'HELD_IN')).toContain(
      'detainees HELD_IN Vardo Prison',
    );
    expect(lines('The Vardo Prison inmates sued Norway in March.', 'HELD_IN')).toContain(
      'inmates HELD_IN Vardo Prison',
    );
    expect(
      lines("Vardo Prison is overcrowded. The prison's 300 inmates sued Norway.", 'HELD_IN'),
    ).toContain('inmates HELD_IN Vardo Prison');
  });

  it('does not hold people named next to a prison that are not in custody', () => {
    expect(lines('Guards at Vardo Prison beat the inmates on Monday.', 'HELD_IN')).toEqual([]);
    expect(lines('Inmates in Chile protested against Vardo Prison.', 'HELD_IN')).toEqual([]);
  });
});

describe('courts, prisons and organisations placed by their names', () => {
  it('places a court whose name begins with a place the article names', () => {
    expect(
      lines(
        'Jorge Paz was arrested in Cusco. The Cusco Superior Court sentenced him in May.',
        'LOCATED_IN',
      ),
    ).toContain('Cusco Superior Court LOCATED_IN Cusco');
    expect(
      lines('Ana Ruiz lives in Tarija. The Tarija Court of Appeal heard her case.', 'LOCATED_IN'),
    ).toContain('Tarija Court of Appeal LOCATED_IN Tarija');
  });

  it('does not place a court by a name the article never uses on its own', () => {
    expect(lines('The Cusco Superior Court sentenced Jorge Paz in May.', 'LOCATED_IN')).toEqual([]);
  });

  it('reads "X, a PLACE-based group"', () => {
    expect(
      lines(
        'The Haki Legal Foundation, a Mombasa-based rights group, criticised the police.',
        'LOCATED_IN',
      ),
    ).toContain('Haki Legal Foundation LOCATED_IN Mombasa');
  });
});
