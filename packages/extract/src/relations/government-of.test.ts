import { describe, expect, it } from 'vitest';
import { extractText, relationLines } from '../test-support/extract-text';

describe('a government governs its country only where the text speaks of a government', () => {
  it('draws GOVERNMENT_OF from "the Slovak government" when that government acts', () => {
    const lines = relationLines(
      extractText('The Slovak government deported the activist Jan Horak to Austria on Monday.'),
    );
    expect(lines).toContain('Government of Slovakia GOVERNMENT_OF Slovakia');
  });

  it('does not draw it for a government the story only names and that does nothing', () => {
    const doc = extractText(
      'Slovak police arrested the activist Jan Horak on Monday. Critics say the Slovak government has lost patience with protests.',
    );
    expect(relationLines(doc).filter((l) => l.includes('GOVERNMENT_OF'))).toEqual([]);
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
