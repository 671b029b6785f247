import { describe, expect, it } from 'vitest';
import { extractText, relationLines } from '../test-support/extract-text';

describe('bodies named only by a common noun', () => {
  it('keeps "rights groups" and "the security forces" when a relation uses them', () => {
    const doc = extractText('Rights groups accuse the security forces of abducting students.');
    expect(relationLines(doc)).toContain('rights groups ACCUSED_OF security forces');
    expect(doc.entities.find((e) => e.name === 'security forces')?.type).toBe('Government');
  });

  it('drops them when no relation does', () => {
    const doc = extractText('The army was on the streets, and rights groups were worried.');
    expect(doc.entities.map((e) => e.name)).toEqual([]);
  });

  it('reads bare "police" as the national police the article names', () => {
    const lines = relationLines(
      extractText(
        'The Zambia Police and the Lusaka City Police patrolled the march. ' +
          'Joseph Mwale was shot dead by police on Monday.',
      ),
    );
    expect(lines).toContain('Zambia Police KILLED Joseph Mwale');
  });

  it('leaves a noun that modifies another noun alone ("police officers", "army chief")', () => {
    const doc = extractText(
      'Two police officers arrested Joseph Mwale. The army chief praised them.',
    );
    expect(doc.entities.some((e) => /^(police|army)$/i.test(e.name))).toBe(false);
  });

  it('reads "Pakistan’s military" as a state body, not "military" alone', () => {
    const doc = extractText(
      "Rights groups accuse the army of abductions. Pakistan's military has denied the accusations.",
    );
    expect(relationLines(doc)).toContain('Pakistani military DENIED rights groups');
  });
});

describe('"the authorities" and relatives', () => {
  it('reads bare "the authorities" as the government of the article’s country', () => {
    expect(
      relationLines(extractText('QUITO — Amnesty International criticised the authorities.')),
    ).toContain('Amnesty International CRITICIZED Government of Ecuador');
  });

  it('names a group of relatives by whose relatives they are', () => {
    const doc = extractText(
      'Relatives of those killed cheered as the verdict was read. They praised Judge Ana Ruiz.',
    );
    expect(relationLines(doc)).toContain('relatives SUPPORTED Ana Ruiz');
    expect(doc.entities.find((e) => e.name === 'relatives')?.aliases).toContain(
      'Relatives of those killed',
    );
  });
});

describe('a body named by its kind alone', () => {
  it('reads "Ministry spokesman X" and "police spokesman X" as officials of the article’s body', () => {
    const out = relationLines(
      extractText(
        'The Sri Lanka Police arrested three activists on Monday, police spokesman Dinesh Silva ' +
          'said. The Justice Ministry said they would be charged. Ministry spokesman Haidar ' +
          'Kamal said the arrests were lawful.',
      ),
    );
    expect(out).toContain('Dinesh Silva OFFICIAL_OF Sri Lanka Police');
    expect(out).toContain('Haidar Kamal OFFICIAL_OF Justice Ministry');
  });

  it('does not give a town’s police the home country’s unnamed police', () => {
    const out = relationLines(
      extractText(
        'Dubai Police arrested Kasun Perera in January and handed him to Sri Lanka. He was ' +
          'taken to Colombo on Friday, according to police spokesman Dinesh Silva.',
      ),
    );
    expect(out).not.toContain('Dinesh Silva OFFICIAL_OF Dubai Police');
  });
});

describe('a legislature named only as "parliament"', () => {
  it('is the one house the article names, or kept as "parliament" when it names none', () => {
    const named = relationLines(
      extractText(
        "Bulgaria's National Assembly approved the Media Law in May. Parliament adopted the " +
          'Foreign Funding Act in 2024.',
      ),
    );
    expect(named).toContain('Bulgarian National Assembly SIGNED Foreign Funding Act');
    const unnamed = relationLines(
      extractText(
        'The Public Gatherings Act, which parliament passed in 2023, was used to arrest 200 ' +
          'protesters.',
      ),
    );
    expect(unnamed).toContain('parliament SIGNED Public Gatherings Act');
    // the infinitive after a passive has no subject named further back
    expect(unnamed.some((l) => / ARRESTED /.test(l))).toBe(false);
  });
});
