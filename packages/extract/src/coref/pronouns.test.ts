import { describe, expect, it } from 'vitest';
import { extractText, relationLines } from '../test-support/extract-text';

/** Person pronouns on invented sentences. */
describe('person pronouns', () => {
  it('takes the named person, not a possessive pronoun, as the subject of "His lawyer, X, said"', () => {
    const lines = relationLines(
      extractText(
        'Marco Petrov was arrested in Sofia in May. ' +
          'His lawyer, Irina Vasova, said the charges were false. ' +
          'She criticized the Bulgarian Interior Ministry.',
      ),
    );
    expect(lines).toContain('Irina Vasova CRITICIZED Bulgarian Interior Ministry');
    expect(lines).not.toContain('Marco Petrov CRITICIZED Bulgarian Interior Ministry');
  });

  it('keeps a subject "he" on the earlier subject when only a possessive intervenes', () => {
    const lines = relationLines(
      extractText(
        'Marco Petrov was arrested in Sofia in May. His lawyer said the charges were false. ' +
          'He criticized the Bulgarian Interior Ministry.',
      ),
    );
    expect(lines).toContain('Marco Petrov CRITICIZED Bulgarian Interior Ministry');
  });
});
