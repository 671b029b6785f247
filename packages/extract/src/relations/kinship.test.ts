import { describe, expect, it } from 'vitest';
import { extractText, relationLines } from '../test-support/extract-text';

const kin = (text: string): string[] =>
  relationLines(extractText(text)).filter((l) => l.includes(' RELATED_TO '));

describe('relatives named through a kin noun', () => {
  it('reads "His wife, X," and "Her husband, X," as relatives of the person meant', () => {
    expect(kin('Omar Haddadi was jailed. His wife, Leyla Haddadi, was also convicted.')).toEqual([
      'Leyla Haddadi RELATED_TO Omar Haddadi',
    ]);
    expect(kin('Ines Varga is a chemist. Her husband, Pal Kertai, said she was innocent.')).toEqual(
      ['Pal Kertai RELATED_TO Ines Varga'],
    );
  });

  it('keeps the relation in the qualifiers', () => {
    const doc = extractText('Omar Haddadi was jailed. His wife, Leyla Haddadi, was convicted.');
    const rel = doc.relations.find((r) => r.predicate === 'RELATED_TO');
    expect(rel?.qualifiers).toEqual({ relation: 'wife' });
  });

  it('reads "X, the father of Y," and "X, Y\'s mother,"', () => {
    expect(kin('Nabil Sarraf, the father of Rami Sarraf, filed a petition.')).toEqual([
      'Nabil Sarraf RELATED_TO Rami Sarraf',
    ]);
    expect(kin("Rami Sarraf was arrested. Dalia Nour, Rami Sarraf's mother, wept.")).toEqual([
      'Dalia Nour RELATED_TO Rami Sarraf',
    ]);
  });

  it('prefers the person who shares the family name over the last man named', () => {
    expect(
      kin(
        'Omar Haddadi was jailed by Judge Felix Arndt on Monday. His wife, Leyla Haddadi, was ' +
          'also convicted.',
      ),
    ).toEqual(['Leyla Haddadi RELATED_TO Omar Haddadi']);
  });

  it('does not read a business partner or a lawyer as kin', () => {
    expect(kin('Omar Haddadi was jailed. His partner, Leyla Nour, ran the firm.')).toEqual([]);
  });
});
