import { describe, expect, it } from 'vitest';
import { extractText, relationLines } from '../test-support/extract-text';

describe('a government governs its country only where the text speaks of a government', () => {
  it('draws GOVERNMENT_OF from "the Slovak government"', () => {
    const lines = relationLines(
      extractText('The Slovak government said on Monday it would appeal.'),
    );
    expect(lines).toContain('Government of Slovakia GOVERNMENT_OF Slovakia');
  });

  it('does not draw it from "Latvian authorities" or a capital speaking for its state', () => {
    const lines = relationLines(
      extractText(
        'Latvian authorities on Tuesday transferred 12 inmates to a prison near Daugavpils. ' +
          'Vilnius said it had not been consulted.',
      ),
    );
    expect(lines.filter((l) => l.includes('GOVERNMENT_OF'))).toEqual([]);
  });
});
