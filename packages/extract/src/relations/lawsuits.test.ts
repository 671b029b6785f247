import { describe, expect, it } from 'vitest';
import { extractText, relationLines } from '../test-support/extract-text';

const lines = (text: string): string[] =>
  relationLines(extractText(text)).filter((l) => l.includes(' SUED '));

describe('lawsuits', () => {
  it('reads suing verbs and suit nouns', () => {
    expect(lines('Fjord Watch sued the Environment Ministry.')).toEqual([
      'Fjord Watch SUED Environment Ministry',
    ]);
    expect(lines('Fjord Watch is suing the Environment Ministry.')).toEqual([
      'Fjord Watch SUED Environment Ministry',
    ]);
    expect(lines('Fjord Watch filed a lawsuit against the Environment Ministry.')).toEqual([
      'Fjord Watch SUED Environment Ministry',
    ]);
    expect(lines('Fjord Watch brought a legal challenge against Iceland.')).toEqual([
      'Fjord Watch SUED Iceland',
    ]);
    expect(
      lines('The case, brought by Fjord Watch against the Environment Ministry, was heard in May.'),
    ).toEqual(['Fjord Watch SUED Environment Ministry']);
    expect(lines("Fjord Watch's lawsuit against Iceland was dismissed.")).toEqual([
      'Fjord Watch SUED Iceland',
    ]);
    expect(lines('Fjord Watch took Iceland to court in 2023.')).toEqual([
      'Fjord Watch SUED Iceland',
    ]);
  });

  it('does not read a prosecution or a dismissed case as a suit by the court', () => {
    expect(lines('The Supreme Court of Iceland dismissed the case against Olaf Berg.')).toEqual([]);
    expect(lines('The Justice Ministry brought a case against Olaf Berg.')).toEqual([]);
    expect(lines('Olaf Berg spoke about the case against Iceland.')).toEqual([]);
  });
});

describe('charges brought in other words', () => {
  it('reads "filed charges of X against Y", "arraigned Y" and "Y faces charges in COUNTRY"', () => {
    const lines = (text: string): string[] => relationLines(extractText(text));
    expect(lines('The Justice Ministry filed charges of fraud against Tomas Rek.')).toContain(
      'Justice Ministry CHARGED Tomas Rek',
    );
    expect(lines('The Anti-Fraud Commission arraigned Tomas Rek on a 19-count charge.')).toContain(
      'Anti-Fraud Commission CHARGED Tomas Rek',
    );
    expect(lines('Tomas Rek faces drug trafficking charges in the United States.')).toContain(
      'United States CHARGED Tomas Rek',
    );
  });
});

describe('suits named in the passive', () => {
  it('reads "the case was brought by X against Y" and "the claim against Y was filed by X and Z"', () => {
    expect(lines('The case was brought by Fjord Watch against the Environment Ministry.')).toEqual([
      'Fjord Watch SUED Environment Ministry',
    ]);
    expect(
      lines(
        'The claim against the Environment Ministry was filed by the activist Jon Berg and the rights group Fjord Watch.',
      ).sort(),
    ).toEqual(['Fjord Watch SUED Environment Ministry', 'Jon Berg SUED Environment Ministry']);
  });

  it('reads plural suit nouns: "filed habeas corpus petitions against Y"', () => {
    expect(
      lines('Fjord Watch filed habeas corpus petitions against the Environment Ministry.'),
    ).toEqual(['Fjord Watch SUED Environment Ministry']);
  });
});
