import { describe, expect, it } from 'vitest';
import { extractText, relationLines } from '../test-support/extract-text';

const supported = (text: string): string[] =>
  relationLines(extractText(text)).filter((l) => l.includes(' SUPPORTED '));

describe("someone's supporters", () => {
  it('are a group of their own that supports them: "X\'s supporters", "his supporters"', () => {
    const doc = extractText(
      'Police detained the opposition leader Ivan Petrov on Monday. Police fired tear gas at ' +
        "Petrov's supporters. Lena Kask denies the charges, which her supporters call fabricated.",
    );
    const lines = relationLines(doc);
    expect(lines).toContain('supporters of Ivan Petrov SUPPORTED Ivan Petrov');
    expect(lines).toContain('supporters of Lena Kask SUPPORTED Lena Kask');
    // (two owners, two groups: the supporters of one are not the supporters of the other)
    expect(doc.entities.filter((e) => e.type === 'Group')).toHaveLength(2);
  });

  it('reads "supporters of the X Party" and leaves "NDA supporters" alone', () => {
    expect(supported('About 200 supporters of the Civic Union Party gathered outside.')).toEqual([
      'supporters of Civic Union Party SUPPORTED Civic Union Party',
    ]);
    expect(supported('Police said NDA supporters had been detained in Kampala.')).toEqual([]);
  });
});
