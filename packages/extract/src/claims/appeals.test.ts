import { describe, expect, it } from 'vitest';
import { extractText, relationLines } from '../test-support/extract-text';

const all = (text: string): string[] => relationLines(extractText(text));

describe('stances taken through appeals and reactions', () => {
  it('reads "urged X to release Y" and "demanded the release of Y" as support for Y', () => {
    const lines = all(
      'The Criminal Court sentenced Ana Ruiz to 12 years. Karl Lund urged Chile to release Ana Ruiz. ' +
        'Amnesty International demanded the release of Ana Ruiz.',
    );
    expect(lines).toContain('Karl Lund SUPPORTED Ana Ruiz');
    expect(lines).toContain('Amnesty International SUPPORTED Ana Ruiz');
  });

  it('reads "urged X to halt deportations" as criticism of X, but not a request to a court', () => {
    const lines = all(
      'Ivo Brandt urged the Dominican Republic to halt deportations. ' +
        'The Lima Appeals Court heard the case. Ruiz asked the Lima Appeals Court to suspend the sentence.',
    );
    expect(lines).toContain('Ivo Brandt CRITICIZED Dominican Republic');
    expect(lines.filter((l) => l.includes('CRITICIZED Lima Appeals Court'))).toEqual([]);
  });

  it('reads "was dismayed by the sentence" as criticism of the court, and not when negated', () => {
    const lines = all(
      'The Criminal Court sentenced Ana Ruiz to 12 years. Human Rights Watch was deeply dismayed by the sentence. ' +
        'Karl Lund did not urge Chile to release Ana Ruiz.',
    );
    expect(lines).toContain('Human Rights Watch CRITICIZED Criminal Court');
    expect(lines).not.toContain('Karl Lund SUPPORTED Ana Ruiz');
  });
});

describe('a negated reaction', () => {
  it('reads "was not dismayed by the sentence" as no criticism', () => {
    const lines = all(
      'The Criminal Court sentenced Ana Ruiz to 12 years. Human Rights Watch was not dismayed by the sentence.',
    );
    expect(lines.filter((l) => l.includes(' CRITICIZED '))).toEqual([]);
  });
});

describe('a quoted reaction', () => {
  it('reads \'said she was "deeply disappointed" by the ruling\' as criticism of the court', () => {
    const doc = extractText(
      'The Federal Court of Canada halted the deportation on Monday. Linda Okafor-Reyes said she ' +
        'was "deeply disappointed" by the ruling.',
    );
    expect(relationLines(doc)).toContain('Linda Okafor-Reyes CRITICIZED Federal Court of Canada');
  });
});

describe('reactions to a court named through what it did', () => {
  it('reads "said it was concerned by the sentences and urged X to release Y"', () => {
    const out = relationLines(
      extractText(
        'The Tarsk District Court sentenced four journalists on Monday. The State Department said ' +
          'it was "deeply concerned" by the sentences and urged Kyrgyzstan to release the journalists.',
      ),
    );
    expect(out).toContain('State Department CRITICIZED Tarsk District Court');
    expect(out).toContain('State Department SUPPORTED journalists');
  });

  it('reads "called the trial a sham" as criticism of the court', () => {
    expect(
      relationLines(
        extractText(
          'The Tarsk District Court sentenced four journalists. Amnesty International called the ' +
            'trial "a sham".',
        ),
      ),
    ).toContain('Amnesty International CRITICIZED Tarsk District Court');
  });
});

describe('an appeal after another verb', () => {
  it('gives "… and called for her release" the first verb’s subject', () => {
    const out = relationLines(
      extractText(
        'Police in Kessling detained the journalist Amina Juma on Monday. The Committee to ' +
          'Protect Journalists condemned the detention and called for her immediate release.',
      ),
    );
    expect(out).toContain('Committee to Protect Journalists SUPPORTED Amina Juma');
  });
});

describe('appeals to undo a measure or to leave office', () => {
  it('criticise the one asked: "urged X to lift the ban", "called on X to step aside"', () => {
    expect(
      relationLines(
        extractText(
          'Kenya banned the Renewal Movement on Monday. Amnesty International urged Kenya to lift the ban.',
        ),
      ),
    ).toContain('Amnesty International CRITICIZED Kenya');
    expect(
      relationLines(
        extractText(
          "Ghana's interior minister, Kwabena Asante, faces bribery allegations. Abena Owusu called on Asante to step aside.",
        ),
      ),
    ).toContain('Abena Owusu CRITICIZED Kwabena Asante');
  });
});
