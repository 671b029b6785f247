import { describe, expect, it } from 'vitest';
import { startsLower, startsUpper, stripMarks, titleCase } from './letters';

describe('letters', () => {
  it('tests the case of a first letter in any script', () => {
    expect(startsUpper('Øresund')).toBe(true);
    expect(startsUpper('Ğazi')).toBe(true);
    expect(startsUpper('élise')).toBe(false);
    expect(startsLower('élise')).toBe(true);
    expect(startsLower('1990s')).toBe(false);
  });

  it('title-cases a shouted name after spaces, hyphens and apostrophes', () => {
    expect(titleCase('ADDIS ABABA')).toBe('Addis Ababa');
    expect(titleCase("N'DJAMENA")).toBe("N'Djamena");
  });

  it('strips the marks letters decompose into, and keeps letters that do not', () => {
    expect(stripMarks('Bogotá')).toBe('Bogota');
    expect(stripMarks('Łódź')).toBe('Łodz');
  });
});
