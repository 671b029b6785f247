import { describe, expect, it } from 'vitest';
import { extractText, relationLines } from '../test-support/extract-text';

const located = (text: string): string[] =>
  relationLines(extractText(text)).filter((l) => l.includes(' LOCATED_IN '));

describe('places stated as divisions of a country or city', () => {
  it('reads "the Chilean capital, Santiago" and "Santiago, the Chilean capital"', () => {
    expect(located('Protesters gathered in the Chilean capital, Santiago, on Monday.')).toEqual([
      'Santiago LOCATED_IN Chile',
    ]);
    expect(located('Officials in Santiago, the Chilean capital, declined to comment.')).toEqual([
      'Santiago LOCATED_IN Chile',
    ]);
  });

  it('reads possessive owners: "Kenya\'s capital, Nairobi", "Mali\'s northern region of Gao"', () => {
    expect(
      located(
        "Armed gangs have taken control of Kenya's capital, Nairobi, after dark, the police said.",
      ),
    ).toEqual(['Nairobi LOCATED_IN Kenya']);
    expect(
      located(
        "Fighting between the army and the rebels spread to Mali's northern region of Gao on Monday.",
      ),
    ).toEqual(['Gao LOCATED_IN Mali']);
    expect(located("Police in Mombasa, Kenya's second city, said so.")).toEqual([
      'Mombasa LOCATED_IN Kenya',
    ]);
  });

  it('reads a named division after a possessive: "Lagos\'s Ikeja district"', () => {
    expect(located("The raid took place in Lagos's Ikeja district.")).toEqual([
      'Ikeja LOCATED_IN Lagos',
    ]);
  });

  it('does not place a thing that is not a division: "Chile\'s capital markets"', () => {
    expect(located("Chile's capital markets fell on Monday.")).toEqual([]);
  });

  it('joins a hyphenated place name with a particle: "Aix-en-Provence"', () => {
    const doc = extractText('The court in Aix-en-Provence, the French city, ruled on Monday.');
    expect(doc.entities.map((e) => `${e.type} ${e.name}`)).toContain('Place Aix-en-Provence');
  });
});

describe('bodies placed by an owned apposition', () => {
  it('reads "X, Chile\'s largest rights group," and "X Prison, the country\'s largest prison,"', () => {
    const text =
      "Memoria Viva, Chile's largest rights group, welcomed the verdict on Monday. " +
      "Chilean officials said Santa Rosa Prison, the country's largest prison, was full.";
    const out = located(text);
    expect(out).toContain('Memoria Viva LOCATED_IN Chile');
    expect(out).toContain('Santa Rosa Prison LOCATED_IN Chile');
  });

  it('does not place a person or a body described by another kind of noun', () => {
    const out = located(
      "Ana Ruiz, Chile's justice minister, spoke on Monday. Memoria Viva, Chile's largest newspaper, agreed with the prison service.",
    );
    expect(out.filter((l) => l.startsWith('Ana Ruiz'))).toEqual([]);
  });
});

describe('"X in the garrison city of Y"', () => {
  it('places a prison named before a division phrase', () => {
    expect(located('He was held at Vardo jail in the garrison city of Attock.')).toEqual([
      'Vardo jail LOCATED_IN Attock',
    ]);
  });
});

describe('places placed by an apposition or a possessed division', () => {
  it('reads "X, a district in northern Y" and "X, a district of Y"', () => {
    expect(located('He was held in Ikeja, a district in northern Lagos.')).toContain(
      'Ikeja LOCATED_IN Lagos',
    );
    expect(located('He lives in Ikeja, a district of Lagos.')).toContain('Ikeja LOCATED_IN Lagos');
  });

  it('reads "X in Pakistan\'s southwestern Balochistan province" as in the province', () => {
    const out = located(
      "A teacher from Turbat in Pakistan's southwestern Balochistan province filed a petition.",
    );
    expect(out).toContain('Turbat LOCATED_IN Balochistan');
    expect(out).not.toContain('Turbat LOCATED_IN Pakistan');
  });
});

describe('a part of a city named before "of"', () => {
  it('reads "the Lekki district of Lagos" but not "the Andean town of Colchane"', () => {
    expect(located('He lives in the Lekki district of Lagos.')).toContain('Lekki LOCATED_IN Lagos');
    expect(located('They were held in the Andean town of Colchane.')).toEqual([]);
  });

  it('places the smaller town in the larger, and the named suburb or city in the one before', () => {
    expect(located('Raids took place in the Lima district of Comas.')).toContain(
      'Comas LOCATED_IN Lima',
    );
    expect(located('Police raided a flat in the Stockholm suburb of Solna.')).toContain(
      'Solna LOCATED_IN Stockholm',
    );
    expect(located('He was arrested in the Copperbelt city of Kitwe.')).toContain(
      'Kitwe LOCATED_IN Copperbelt',
    );
    // a sea describes where the city is; it does not hold it
    expect(located('He was the mayor of the Black Sea city of Constanta.')).toEqual([]);
  });
});

describe('a capital named by its country alone', () => {
  it('reads "the Lithuanian capital" and "Moldova\'s capital" as the capital city, in its country', () => {
    const out = relationLines(
      extractText(
        'Police detained him at a border crossing. He was flown to a prison on the edge of the ' +
          "Lithuanian capital. Protesters marched through Moldova's capital on Sunday.",
      ),
    );
    expect(out).toContain('Vilnius LOCATED_IN Lithuania');
    expect(out).toContain('Chișinău LOCATED_IN Moldova');
  });

  it('leaves "the provincial capital" to the province', () => {
    const out = relationLines(
      extractText('Kenyan police said the men were held in the provincial capital on Monday.'),
    );
    expect(out.filter((l) => l.includes('Nairobi'))).toEqual([]);
  });
});
