import { describe, expect, it } from 'vitest';
import { extractText, relationLines } from '../test-support/extract-text';

const criticisms = (text: string): string[] =>
  relationLines(extractText(text)).filter((l) => l.includes(' CRITICIZED '));

describe('criticism said with an adjective or a noun', () => {
  it('reads "critical of" with a named or titled object, and coordinated objects', () => {
    expect(criticisms('Lwazi Dube has been critical of President Themba Ncube.')).toEqual([
      'Lwazi Dube CRITICIZED Themba Ncube',
    ]);
    expect(
      criticisms('Lwazi Dube was openly critical of the Supreme Court and the Justice Ministry.'),
    ).toEqual(['Lwazi Dube CRITICIZED Supreme Court', 'Lwazi Dube CRITICIZED Justice Ministry']);
  });

  it('aims criticism of "the government\'s handling" at the government', () => {
    expect(
      criticisms(
        "The Estonian blogger Lwazi Dube has been critical of the government's handling of the economy.",
      ),
    ).toEqual(['Lwazi Dube CRITICIZED Government of Estonia']);
  });

  it('reads "a critic of" and "the X\'s critics" in an apposition', () => {
    expect(
      criticisms('Lwazi Dube, a vocal critic of the Justice Ministry, was arrested on Monday.'),
    ).toEqual(['Lwazi Dube CRITICIZED Justice Ministry']);
    expect(
      criticisms("Lwazi Dube, one of the Justice Ministry's fiercest critics, fled abroad."),
    ).toEqual(['Lwazi Dube CRITICIZED Justice Ministry']);
  });

  it('reads "raised concerns about" a law and "concerned by" an act, aimed at its doer', () => {
    expect(
      criticisms('Amnesty International raised serious concerns about the Cybercrime Act.'),
    ).toEqual(['Amnesty International CRITICIZED Cybercrime Act']);
    expect(
      criticisms(
        'Police detained Lwazi Dube on Monday. Human Rights Watch said it was deeply concerned by the detention of Dube.',
      ),
    ).toEqual(['Human Rights Watch CRITICIZED Police']);
  });

  it('reads nothing when the phrase is negated or "concerned" is no predicate', () => {
    expect(criticisms('Lwazi Dube was not critical of the Supreme Court.')).toEqual([]);
    expect(criticisms('Lwazi Dube raised no concerns about the Cybercrime Act.')).toEqual([]);
    expect(
      criticisms('The concerned relatives of Lwazi Dube wrote to the Justice Ministry.'),
    ).toEqual([]);
  });

  it('reads "drew criticism from" as criticism of the act\'s doer or of the subject', () => {
    expect(
      criticisms(
        'Police detained Lwazi Dube on Monday. The arrest drew sharp criticism from Amnesty International and Human Rights Watch.',
      ),
    ).toEqual(['Amnesty International CRITICIZED Police', 'Human Rights Watch CRITICIZED Police']);
    expect(
      criticisms('The Cybercrime Act has drawn condemnation from the European Union.'),
    ).toEqual(['European Union CRITICIZED Cybercrime Act']);
  });
});
