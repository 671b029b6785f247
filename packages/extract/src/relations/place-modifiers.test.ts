import { describe, expect, it } from 'vitest';
import { extractText, relationLines } from '../test-support/extract-text';

const lines = (text: string): string[] => relationLines(extractText(text));
const typeOf = (text: string, name: string): string | undefined =>
  extractText(text).entities.find((e) => e.name === name)?.type;

describe('a town named inside an indefinite description', () => {
  it('reads "a Lagos rights group" as a group in Lagos, not a group called Lagos', () => {
    const text = 'The Harbour Forum, a Lagos rights group, criticised the ruling.';
    expect(typeOf(text, 'Lagos')).toBe('Place');
    expect(typeOf(text, 'Harbour Forum')).toBe('Organization');
    expect(lines(text)).toContain('Harbour Forum LOCATED_IN Lagos');
  });

  it('reads the head of a noun compound: "a Tamale advocacy group"', () => {
    const text = 'The Northern Legal Clinic, a Tamale advocacy group, praised the judge.';
    expect(typeOf(text, 'Tamale')).toBe('Place');
    expect(lines(text)).toContain('Northern Legal Clinic LOCATED_IN Tamale');
  });

  it('keeps a definite description as a name: "the Tamale group"', () => {
    expect(typeOf('Members of the Tamale group were arrested on Monday.', 'Tamale')).not.toBe(
      'Place',
    );
  });

  it('reads "an Izmir court" as a court in Izmir', () => {
    expect(typeOf('An Izmir court jailed the editor on Friday.', 'Izmir')).toBe('Place');
  });
});

describe('a relative clause on an apposition', () => {
  it('gives the outer verb to the described body, not to a noun inside the clause', () => {
    const out = lines(
      'The Supreme Court cleared the extradition on Monday. Voces del Sur, a Tumaco organisation ' +
        'that supports families of the disappeared, also criticised the Supreme Court.',
    );
    expect(out).toContain('Voces del Sur CRITICIZED Supreme Court');
    expect(out).toContain('Voces del Sur LOCATED_IN Tumaco');
    expect(out.filter((l) => l.startsWith('families '))).toEqual([]);
  });

  it('does not read a clause-level apposition as describing the name before it', () => {
    const out = lines(
      'Police accused him of spying for the Directorate, a charge that his employer has rejected.',
    );
    expect(out.filter((l) => l.includes('DENIED Directorate'))).toEqual([]);
  });
});

describe('a state body in a town', () => {
  it('places "the Ghanaian embassy in Lomé" and "the Justice Ministry in Tamale"', () => {
    expect(lines('The Ghanaian embassy in Lomé said so on Monday.')).toContain(
      'Ghanaian embassy LOCATED_IN Lomé',
    );
    expect(lines('The Justice Ministry in Tamale ran the prison.')).toContain(
      'Justice Ministry LOCATED_IN Tamale',
    );
  });

  it('does not place a body where it acted: "arrested by the FBI in Tampa"', () => {
    expect(
      lines('Ali Renko was arrested by the FBI in Tampa in 2022.').filter((l) =>
        l.includes('LOCATED_IN'),
      ),
    ).toEqual([]);
  });
});

describe('a home in a town', () => {
  it('reads "arrested at his home in Tamale" as where he lives, not where he is held', () => {
    const out = lines('Police detained Kofi Mensah-Boateng at his home in Tamale on Tuesday.');
    expect(out).toContain('Kofi Mensah-Boateng LIVES_IN Tamale');
    expect(out.filter((l) => l.includes('HELD_IN'))).toEqual([]);
  });
});

describe('titles whose first word names no body', () => {
  it('makes no organisation of "Immigration" or "European" before a role', () => {
    const doc = extractText(
      'Immigration Commissioner Tomas Rek said so. European Chief Prosecutor Ines Varga agreed.',
    );
    expect(doc.entities.filter((e) => e.type !== 'Person').map((e) => e.name)).toEqual([]);
  });
});

describe("the country's prison", () => {
  it('places a prison called "the country\'s largest prison" in the country the article is about', () => {
    const text =
      'Police in Latvia searched Daugavgriva Prison on Monday. ' +
      "Inspectors had criticised conditions at the facility, the country's largest prison.";
    expect(lines(text)).toContain('Daugavgriva Prison LOCATED_IN Latvia');
  });

  it("does not place the state's own agency in it", () => {
    const text = "Estonia's prison agency, VNT, said 14 inmates had been moved.";
    expect(extractText(text).entities.map((e) => e.name)).toContain('VNT');
    expect(lines(text).filter((l) => l.includes('LOCATED_IN'))).toEqual([]);
  });
});

describe("a country's judiciary", () => {
  it('is never located in its own country, unlike its courts', () => {
    const located = (text: string): string[] =>
      relationLines(extractText(text)).filter((l) => l.includes(' LOCATED_IN '));
    expect(located("Moldova's judiciary has been slow to try corruption cases.")).toEqual([]);
    expect(located('The Iranian judiciary sentenced Tomas Vell to death.')).toEqual([]);
    expect(located("Moldova's Supreme Court of Justice upheld the sentence.")).toEqual([
      'Supreme Court of Justice LOCATED_IN Moldova',
    ]);
  });
});
