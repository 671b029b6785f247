import { describe, expect, it } from 'vitest';
import { extractText, relationLines } from '../test-support/extract-text';

const all = (text: string): string[] => relationLines(extractText(text));
const orders = (text: string): string[] =>
  all(text).filter((l) => l.includes(' ISSUED_ORDER_AGAINST '));

describe('warrants', () => {
  it('reads a court’s or judge’s warrant for a person as an order against them', () => {
    expect(
      orders('The International Criminal Court issued an arrest warrant for Olaf Berg.'),
    ).toEqual(['International Criminal Court ISSUED_ORDER_AGAINST Olaf Berg']);
    expect(
      orders("The International Criminal Court's warrant for Olaf Berg's arrest was served."),
    ).toEqual(['International Criminal Court ISSUED_ORDER_AGAINST Olaf Berg']);
    expect(orders('Judge Ilse Marten signed a warrant against Olaf Berg in May.')).toEqual([
      'Ilse Marten ISSUED_ORDER_AGAINST Olaf Berg',
    ]);
  });

  it('does not read a warrant obtained or requested by others as a court order', () => {
    expect(orders('Police obtained a warrant for Olaf Berg.')).toEqual([]);
    expect(orders('Lena Berg requested a warrant for Olaf Berg.')).toEqual([]);
  });
});

describe('relative clauses and gerunds', () => {
  it('reads "X, 68, who headed Y, was detained by Z"', () => {
    const lines = all(
      'Olaf Berg, 68, who headed the Estonian Police from 2017 to 2019, was detained by officers of the Internal Security Service.',
    );
    expect(lines).toContain('Olaf Berg LEADS Estonian Police');
    expect(lines).toContain('Internal Security Service ARRESTED Olaf Berg');
  });

  it('leaves a place after "after landing at" to the gerund', () => {
    expect(
      all('Olaf Berg was detained by Estonia shortly after landing at Tallinn Airport.').filter(
        (l) => l.includes('HELD_IN'),
      ),
    ).toEqual([]);
  });
});
