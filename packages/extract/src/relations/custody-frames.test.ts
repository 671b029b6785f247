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

describe('orders by courts and judges', () => {
  it('reads "ordered X to V" and "ordered that X be V" as an order against X', () => {
    const all = relationLines(
      extractText(
        'The Andean Court of Justice ordered Bolivia to pay 5,000 dollars to the miners.',
      ),
    );
    expect(all).toContain('Andean Court of Justice ISSUED_ORDER_AGAINST Bolivia');
    expect(all.filter((l) => l.includes(' PAID '))).toEqual([]);
    expect(
      lines(
        'Judge Rita Moss ordered that Tomas Berg be held without bail.',
        'ISSUED_ORDER_AGAINST',
      ),
    ).toContain('Rita Moss ISSUED_ORDER_AGAINST Tomas Berg');
  });

  it('keeps the order asserted after "said … and ordered"', () => {
    expect(
      relationLines(
        extractText(
          'Justice Mary Wanjiku said the request was "politically motivated" and ordered the Tanzanian government to release Peter Odhiambo.',
        ),
      ),
    ).toContain('Mary Wanjiku ISSUED_ORDER_AGAINST Government of Tanzania');
  });

  it('reads "blocked the extradition of X" as an order against X, not an extradition', () => {
    const all = relationLines(
      extractText('Judge Anna Berg blocked the extradition of Peter Odhiambo to Uganda.'),
    );
    expect(all).toContain('Anna Berg ISSUED_ORDER_AGAINST Peter Odhiambo');
    expect(all.filter((l) => l.includes('EXTRADITED'))).toEqual([]);
    expect(
      lines(
        'The Supreme Court halted the transfer of the inmates to Vardo Prison.',
        'TRANSFERRED_TO',
      ),
    ).toEqual([]);
  });

  it('needs a court or judge, and an ordered act is not asserted', () => {
    const all = relationLines(
      extractText('President Juan Ruiz ordered the army to arrest Peter Odhiambo.'),
    );
    expect(all.filter((l) => /ISSUED_ORDER_AGAINST|ARRESTED/.test(l))).toEqual([]);
    expect(
      lines('The government halted the deportation of Peter Odhiambo.', 'ISSUED_ORDER_AGAINST'),
    ).toEqual([]);
  });
});
