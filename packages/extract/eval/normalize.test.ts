import { describe, expect, it } from 'vitest';
import { nameKeys, normalizeName } from './normalize';

describe('normalizeName', () => {
  it('folds case, diacritics and a leading "the"', () => {
    expect(normalizeName('The Nicolás  Maduro Government')).toBe('nicolas maduro government');
    expect(normalizeName('the white house')).toBe(normalizeName('White House'));
  });
  it('joins dotted acronyms and apostrophes, splits other punctuation', () => {
    expect(normalizeName('U.S.')).toBe('us');
    expect(normalizeName("O'Brien")).toBe('obrien');
    expect(normalizeName('Rio-Grande, Inc.')).toBe('rio grande inc');
  });
  it('drops a final possessive', () => {
    expect(normalizeName("Bukele's")).toBe('bukele');
    expect(normalizeName('Ministers’')).toBe('ministers');
  });
  it('keeps "the" inside a name', () => {
    expect(normalizeName('Bank of the West')).toBe('bank of the west');
  });
  it('gives every non-empty key of a name and its aliases', () => {
    expect([...nameKeys('Terrorism Confinement Center', ['CECOT', '', '  '])]).toEqual([
      'terrorism confinement center',
      'cecot',
    ]);
  });
});
