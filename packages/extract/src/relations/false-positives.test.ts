import { describe, expect, it } from 'vitest';
import { extractText, relationLines } from '../test-support/extract-text';

const all = (text: string): string[] => relationLines(extractText(text));

describe('arguments that continue or coordinate', () => {
  it('keeps "to US officials" one object of the preposition', () => {
    const lines = all(
      'Karl Lund, 38, was flown out of Russia and handed over to US officials in Abu Dhabi.',
    );
    expect(lines).toContain('Karl Lund EXTRADITED_TO United States');
    expect(lines.filter((l) => l.startsWith('officials '))).toEqual([]);
  });

  it('reads a participle coordinated with a passive one as passive', () => {
    expect(all('Karl Lund was arrested and deported to Chile.')).toContain(
      'Karl Lund DEPORTED_TO Chile',
    );
  });
});

describe('no relation from a modifier or a courtesy verb', () => {
  it('does not sanction the country of a demonym that modifies the target', () => {
    expect(all('The United States imposed sanctions on a sitting Peruvian judge.')).toEqual([]);
    expect(all('The United States imposed sanctions on Peru.')).toEqual([
      'United States SANCTIONED Peru',
    ]);
  });

  it('gives no catch-all relation for thanking, urging or leaving', () => {
    for (const text of [
      'Karl Lund thanked the Swedish Police Authority.',
      'Karl Lund urged Norway to act.',
      'Karl Lund left Norway in 2019.',
    ])
      expect(all(text).filter((l) => l.includes('RELATED_TO'))).toEqual([]);
  });
});
