import { describe, expect, it } from 'vitest';
import { extractText, relationLines } from '../test-support/extract-text';

function people(text: string): string[] {
  return extractText(text)
    .entities.filter((e) => e.type === 'Person')
    .map((e) => e.name);
}

describe("people's names with particles", () => {
  it('keeps Malay, Portuguese and Arabic names whole, particles not counted as words', () => {
    const out = people(
      'Police arrested Mohd Faizal bin Abdul Rahman and Nur Aisyah binti Kamarudin on Monday. ' +
        'The prosecutor Joao Carlos da Silva Pereira said the exporter Antonio Ferreira de Souza ' +
        'Neto had fled. Authorities detained the teacher Omar Abdel-Rahman al-Khatib on Friday.',
    );
    expect(out).toEqual(
      expect.arrayContaining([
        'Mohd Faizal bin Abdul Rahman',
        'Nur Aisyah binti Kamarudin',
        'Joao Carlos da Silva Pereira',
        'Antonio Ferreira de Souza Neto',
        'Omar Abdel-Rahman al-Khatib',
      ]),
    );
  });

  it('keeps a Korean given name whole, and a two-word demonym is a nationality', () => {
    const doc = extractText(
      'Park Jae-hyun, a South Korean businessman, was arrested on Monday by the Royal Malaysia ' +
        'Police. His co-founder, Choi Min-seo, was extradited last year. The Kabul-based group ' +
        'and Moscow-backed forces were named.',
    );
    const people = doc.entities.filter((e) => e.type === 'Person').map((e) => e.name);
    expect(people).toEqual(expect.arrayContaining(['Park Jae-hyun', 'Choi Min-seo']));
    expect(relationLines(doc)).toContain('Park Jae-hyun CITIZEN_OF South Korea');
    expect(doc.entities.map((e) => e.name)).not.toContain('South Korean');
    expect(doc.entities.map((e) => e.name)).toEqual(expect.arrayContaining(['Kabul', 'Moscow']));
  });

  it('still leaves a run of five capitalised words untyped by its shape alone', () => {
    expect(people('Readers of Northern Lights Weekly Review Digest wrote in.')).toEqual([]);
  });
});

describe('two-word surnames', () => {
  it('reads "Ben Salah" after "Mounira Ben Salah" as her', () => {
    const doc = extractText(
      'A court kept the journalist Mounira Ben Salah in detention on Monday. Ben Salah denied ' +
        'the charges.',
    );
    const people = doc.entities.filter((e) => e.type === 'Person');
    expect(people.map((e) => e.name)).toEqual(['Mounira Ben Salah']);
    expect(people[0]!.aliases).toContain('Ben Salah');
  });
});

describe('names that open with a demonym', () => {
  it('are no people: "the Peruvian Spring protests", "a Chilean Air Force plane"', () => {
    const entities = (text: string): string[] =>
      extractText(text).entities.map((e) => `${e.type} ${e.name}`);
    expect(entities('Ana Ruiz joined the Peruvian Spring protests in Lima.')).not.toContain(
      'Person Peruvian Spring',
    );
    expect(
      entities('The inmates were flown to Iquique on a Chilean Air Force plane, Ana Ruiz said.'),
    ).toContain('Government Chilean Air Force');
  });
});

describe('a capitalised first word of the sentence', () => {
  it('keeps an occupation noun or a preposition out of the name, not an office title', () => {
    const entities = (text: string): string[] =>
      extractText(text).entities.map((e) => `${e.type} ${e.name}`);
    const out = entities(
      'Journalist Ana Ruiz was held. Outside La Cantera, relatives wept. Attorney General Chipo Mulenga said it.',
    );
    expect(out).toContain('Person Ana Ruiz');
    expect(out).toContain('Place La Cantera');
    expect(out).toContain('Person Chipo Mulenga');
    expect(out.filter((e) => /Journalist|Outside/.test(e))).toEqual([]);
  });
});

describe('a name after a locative preposition', () => {
  it('is a person when it opens with a known given name, a place otherwise', () => {
    const doc = extractText(
      'Lithuania sent a letter to John Miller on Monday. The detainees were flown to The Hague and to Rio de Janeiro.',
    );
    expect(doc.entities.find((e) => e.name === 'John Miller')?.type).toBe('Person');
    expect(doc.entities.find((e) => e.name === 'The Hague')?.type).toBe('Place');
    expect(doc.entities.find((e) => e.name === 'Rio de Janeiro')?.type).toBe('Place');
  });
});

describe('letters after a name', () => {
  it('leave a counsel\'s rank or a seat out of the name: "Olivia Fenwick KC", "Dan Forde MP"', () => {
    const text =
      "The court ordered the surrender of Tomas Brell. Brell's lawyer, Olivia Fenwick KC, said he would appeal. Opposition lawmaker Dan Forde MP criticised the Justice Ministry.";
    expect(people(text)).toEqual(expect.arrayContaining(['Olivia Fenwick', 'Dan Forde']));
    expect(relationLines(extractText(text))).toEqual(
      expect.arrayContaining([
        'Olivia Fenwick RELATED_TO Tomas Brell',
        'Dan Forde CRITICIZED Justice Ministry',
      ]),
    );
  });
});
