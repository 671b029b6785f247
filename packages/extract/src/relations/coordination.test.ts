import { describe, expect, it } from 'vitest';
import { extractText, relationLines } from '../test-support/extract-text';

const lines = (text: string, predicate: string): string[] =>
  relationLines(extractText(text)).filter((l) => l.includes(` ${predicate} `));

describe('coordinated verbs share the first verb’s subject', () => {
  it('gives the second verb the subject, not the object, of the first', () => {
    const text = 'Lena Berg said Zambia arrested Tomas Vik and deported Ravi Anand.';
    expect(lines(text, 'DEPORTED')).toEqual(['Zambia DEPORTED Ravi Anand [claimed by Lena Berg]']);
    expect(lines(text, 'ARRESTED')).toEqual(['Zambia ARRESTED Tomas Vik [claimed by Lena Berg]']);
  });

  it('keeps a new subject of its own', () => {
    expect(lines('Zambia arrested Tomas Vik and Malawi deported Ravi Anand.', 'DEPORTED')).toEqual([
      'Malawi DEPORTED Ravi Anand',
    ]);
    expect(
      lines('Zambia arrested Tomas Vik, who later deported Ravi Anand.', 'DEPORTED'),
    ).not.toContain('Zambia DEPORTED Ravi Anand');
  });
});

describe('a court’s act after its finding', () => {
  it('keeps the court as the subject of "… and ordered X to …"', () => {
    expect(
      lines(
        'Judge Ilse Marten ruled that Portugal had broken the law and ordered Portugal to pay compensation.',
        'ISSUED_ORDER_AGAINST',
      ),
    ).toEqual(['Ilse Marten ISSUED_ORDER_AGAINST Portugal']);
    expect(
      lines(
        'The Lisbon District Court found the Interior Ministry had detained Ravi Anand unlawfully and ordered Portugal to pay him damages.',
        'ISSUED_ORDER_AGAINST',
      ),
    ).toEqual(['Lisbon District Court ISSUED_ORDER_AGAINST Portugal']);
  });

  it('does not lift the act of someone who is not a court', () => {
    expect(
      lines(
        'Lena Berg said that Portugal had arrested Ravi Anand and ordered Tomas Vik to leave.',
        'ISSUED_ORDER_AGAINST',
      ),
    ).toEqual([]);
  });
});

describe('heads of relatives and appositions', () => {
  it('makes "who" after "Judge X in PLACE," the judge, not the place', () => {
    expect(
      lines(
        'Berg appeared before Judge Ilse Marten in Lisbon, who ordered that Berg be held without bail.',
        'ISSUED_ORDER_AGAINST',
      ),
    ).toEqual(['Ilse Marten ISSUED_ORDER_AGAINST Berg']);
  });

  it('reads "the head of Y, General X" like "the head of Y, X"', () => {
    expect(
      lines(
        'Lena Berg met the head of the Interior Ministry, General Tomas Vik, on Tuesday.',
        'LEADS',
      ),
    ).toEqual(['Tomas Vik LEADS Interior Ministry']);
  });
});

describe('an apposition after a prepositional phrase', () => {
  it('keeps "two guards at the prison, A and B" as objects of the verb', () => {
    expect(
      lines(
        'The Treasury sanctioned Colonel Tomas Vik, a former director of Vardo Prison, and two guards at the prison, Karl Lund and Ravi Anand.',
        'SANCTIONED',
      ).sort(),
    ).toEqual([
      'Treasury SANCTIONED Karl Lund',
      'Treasury SANCTIONED Ravi Anand',
      'Treasury SANCTIONED Tomas Vik',
    ]);
  });
});

describe('coordinated objects', () => {
  it('reads every member of a list that "and" closes, across an age or apposition', () => {
    const out = relationLines(
      extractText(
        'Police arrested Eva Stone, Ben Marsh and Li Wei in Oslo on Friday. Police detained ' +
          'Ivo Brandt, 45, and Karl Lund at dawn. The US sanctioned Jan Olsen, a former director ' +
          'of the Kessling Prison, and two guards at the prison, Omar Haddad and Mia Lund.',
      ),
    );
    for (const who of ['Eva Stone', 'Ben Marsh', 'Li Wei', 'Ivo Brandt', 'Karl Lund'])
      expect(out).toContain(`Police ARRESTED ${who}`);
    for (const who of ['Jan Olsen', 'Omar Haddad', 'Mia Lund'])
      expect(out).toContain(`United States SANCTIONED ${who}`);
  });

  it('ends the list at its last conjunct, and lists nobody without "and"', () => {
    const out = relationLines(
      extractText(
        'Police arrested Ana Ruiz and Tomas Bako on Monday, their lawyer Carl Weber said. ' +
          'Police arrested Eva Stone, the sister of Ben Marsh, in Oslo on Friday.',
      ),
    );
    expect(out).toContain('Police ARRESTED Tomas Bako');
    expect(out).not.toContain('Police ARRESTED Carl Weber');
    expect(out).not.toContain('Police ARRESTED Ben Marsh');
  });
});

describe('subjects of coordinated and reduced clauses', () => {
  it('gives a verb right after "and" the subject of the verb before', () => {
    const out = relationLines(
      extractText(
        'TUNIS (Reuters) - A Tunisian court kept the journalist Mounira Salah in detention on ' +
          'Monday. Amnesty International described Salah as a prisoner of conscience and urged ' +
          'the authorities to drop the charges against her.',
      ),
    );
    expect(out).toContain('Amnesty International CRITICIZED Government of Tunisia');
    expect(out).not.toContain('Mounira Salah CRITICIZED Government of Tunisia');
  });

  it('reads "an executive accused of bribing officials" as the executive’s alleged act', () => {
    const out = relationLines(
      extractText(
        'South Korea handed over to Mongolia a former executive accused of bribing officials. ' +
          'Police accused Tomas Bako of bribing officials. Carl Weber, accused of bribing ' +
          'officials, denied it.',
      ),
    );
    expect(out.some((l) => l.startsWith('South Korea PAID'))).toBe(false);
    expect(out).toContain('Tomas Bako PAID officials [alleged by Police]');
    expect(out).toContain('Carl Weber PAID officials [alleged]');
  });
});

describe('a group of people closing a list of people', () => {
  it('is an object of the verb too, and its members named after it still are', () => {
    const lines = relationLines(
      extractText(
        'The State Committee for National Security charged Nurlan Tokoev, former lawmaker ' +
          'Aizada Karimova and two businessmen with organising mass riots. ' +
          'The Treasury sanctioned Colonel Wilson Cedeno and two guards at the prison, Byron Mite and Andres Quinonez.',
      ),
    );
    expect(lines).toEqual(
      expect.arrayContaining([
        'State Committee for National Security CHARGED businessmen',
        'State Committee for National Security CHARGED Aizada Karimova',
        'Treasury SANCTIONED Byron Mite',
      ]),
    );
  });
});

describe('a coordinated subject', () => {
  it('gives each conjunct the relation ("A and B criticised X", "A and investigators arrested X")', () => {
    const lines = relationLines(
      extractText('Amnesty International and Human Rights Watch criticised the Cybercrime Act.'),
    );
    expect(lines).toContain('Amnesty International CRITICIZED Cybercrime Act');
    expect(lines).toContain('Human Rights Watch CRITICIZED Cybercrime Act');
    expect(
      relationLines(
        extractText('Estonian police and judicial investigators arrested 23 people on Tuesday.'),
      ),
    ).toContain('Estonian police ARRESTED people');
  });

  it('does not reach past a preposition or a possessive', () => {
    expect(
      relationLines(
        extractText('Lawyers for Tomas Vell and Human Rights Watch criticised the Cybercrime Act.'),
      ),
    ).not.toContain('Tomas Vell CRITICIZED Cybercrime Act');
  });
});
