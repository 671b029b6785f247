import { describe, expect, it } from 'vitest';
import { extractText, relationLines } from '../test-support/extract-text';

const lines = (text: string, predicate: RegExp): string[] =>
  relationLines(extractText(text)).filter((l) => predicate.test(l));
const REMOVAL = / (EXTRADITED|DEPORTED|EXTRADITED_TO|DEPORTED_TO) /;

describe('removal from a country', () => {
  it('makes the country of "extradited/deported/expelled from A" the one that removes', () => {
    expect(lines('Tomas Vik was extradited from Peru to Chile in May.', REMOVAL)).toEqual([
      'Peru EXTRADITED Tomas Vik',
      'Tomas Vik EXTRADITED_TO Chile',
    ]);
    expect(lines('Ravi Anand was deported from Spain to Morocco last week.', REMOVAL)).toEqual([
      'Spain DEPORTED Ravi Anand',
      'Ravi Anand DEPORTED_TO Morocco',
    ]);
    expect(lines('Ravi Anand was expelled from Ghana.', REMOVAL)).toEqual([
      'Ghana DEPORTED Ravi Anand',
    ]);
  });

  it('does not remove anyone from a party, or by a country that only receives', () => {
    expect(lines('Ravi Anand was expelled from the Socialist Party.', REMOVAL)).toEqual([]);
    expect(lines('Tomas Vik was extradited to Chile.', REMOVAL)).toEqual([
      'Tomas Vik EXTRADITED_TO Chile',
    ]);
  });
});

describe('handing over between states', () => {
  it('reads "A handed (over) X (over) to B" as an extradition', () => {
    const want = ['Ghana EXTRADITED Tomas Vik', 'Tomas Vik EXTRADITED_TO Togo'];
    expect(lines('Ghana handed Tomas Vik over to Togo.', REMOVAL).sort()).toEqual(want);
    expect(lines('Ghana handed over Tomas Vik to Togo.', REMOVAL).sort()).toEqual(want);
    expect(lines('Ghana handed Tomas Vik to Togolese officials.', REMOVAL).sort()).toEqual(want);
    expect(lines('Tomas Vik was handed over to Togolese police on Monday.', REMOVAL)).toEqual([
      'Tomas Vik EXTRADITED_TO Togo',
    ]);
  });

  it('does not read a handover to a family or of things as an extradition', () => {
    expect(lines('Police handed Tomas Vik over to his family.', REMOVAL)).toEqual([]);
    expect(lines('Ravi Anand handed the documents to Tomas Vik.', REMOVAL)).toEqual([]);
  });
});

describe('lists of places after a preposition', () => {
  it('keeps the preposition across the commas of a list', () => {
    expect(lines('Ghana deported the migrants to Togo, Benin and Niger.', REMOVAL)).toEqual([
      'Ghana DEPORTED migrants',
      'migrants DEPORTED_TO Togo',
      'migrants DEPORTED_TO Benin',
      'migrants DEPORTED_TO Niger',
    ]);
  });

  it('does not carry it past a place and its country into a new clause', () => {
    expect(
      lines('Police arrested Tomas Vik in Accra, Ghana, and deported Ravi Anand.', REMOVAL),
    ).toEqual(['Police DEPORTED Ravi Anand']);
  });
});
