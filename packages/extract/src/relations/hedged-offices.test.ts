import { describe, expect, it } from 'vitest';
import { extractText, relationLines } from '../test-support/extract-text';

const lines = (text: string): string[] => relationLines(extractText(text));

describe('offices stated with a hedge', () => {
  it('reads "the alleged/reputed head of" as an alleged office', () => {
    expect(lines('Police arrested Jan Kot, the alleged head of the Black Hand gang.')).toContain(
      'Jan Kot LEADS Black Hand [alleged]',
    );
    expect(lines('Police arrested Ian Roe, the reputed head of the Red Hand gang.')).toContain(
      'Ian Roe LEADS Red Hand [alleged]',
    );
  });

  it('keeps an unhedged office asserted', () => {
    expect(lines('Police arrested Ian Roe, the head of the Red Hand gang.')).toContain(
      'Ian Roe LEADS Red Hand',
    );
  });

  it("names a clan with its noun, so the family name stays the person's", () => {
    const doc = extractText(
      'Police arrested Marco Ventresca, the reputed head of the Ventresca clan.',
    );
    expect(doc.entities.map((e) => `${e.type} ${e.name}`)).toContain(
      'CriminalOrganization Ventresca clan',
    );
    expect(relationLines(doc)).toContain('Marco Ventresca LEADS Ventresca clan [alleged]');
  });

  it('does not read "denied it" as a denial of a body named before', () => {
    expect(
      lines(
        'Police arrested Marco Ventresca, the head of the Ventresca clan. Ventresca denied it.',
      ).filter((l) => l.includes(' DENIED ')),
    ).toEqual([]);
  });
});
