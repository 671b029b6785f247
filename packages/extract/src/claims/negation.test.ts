import { describe, expect, it } from 'vitest';
import { extractText, relationLines } from '../test-support/extract-text';

const lines = (text: string): string[] => relationLines(extractText(text));

describe('negation scope', () => {
  it('negates the clause the negator is in', () => {
    expect(lines('Peru did not pay Chile.')).toContain('Peru PAID Chile [denied]');
    expect(lines('None of the men since March belong to the Black Hand gang.')).toContain(
      'men MEMBER_OF Black Hand [denied]',
    );
  });

  it('does not reach into a subordinate clause with its own verb', () => {
    expect(
      lines('Voters backed Mayor Juan Perez, not surprising since Perez lives in Lima.'),
    ).toContain('Juan Perez LIVES_IN Lima');
  });
});

describe('speech and negation inside a relative clause', () => {
  it('keeps the main clause asserted: "X, who denies the charge, is held at Y"', () => {
    const out = relationLines(
      extractText(
        'Ana Kowal was arrested. Kowal, who denies the charge, is being held at Tarsk prison. ' +
          'Kowal, who says she never joined the gang, is held at Tarsk prison.',
      ),
    );
    expect(out).toContain('Ana Kowal HELD_IN Tarsk prison');
    expect(out.filter((l) => l.includes('HELD_IN') && l.includes('['))).toEqual([]);
  });
});

describe('a relative clause on a judge of a named court', () => {
  it('gives "who sentenced …" to the judge, not the court', () => {
    expect(
      relationLines(
        extractText(
          'Among those sanctioned is Judge Levan Beridze of the Tarsk City Court, who last month ' +
            'sentenced opposition activist Nino Kapan to four years in prison.',
        ),
      ),
    ).toContain('Levan Beridze SENTENCED Nino Kapan');
  });
});

describe('what a name says inside reported speech', () => {
  it('keeps "the Tarsk Court of First Instance" in Tarsk as the narrator\'s fact', () => {
    const out = relationLines(
      extractText(
        'Protesters gathered in Tarsk. Ahmed Souabi said the Tarsk Court of First Instance had ' +
          'refused his request.',
      ),
    );
    expect(out).toContain('Tarsk Court of First Instance LOCATED_IN Tarsk');
  });
});
