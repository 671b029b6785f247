import { describe, expect, it } from 'vitest';
import { extractText, relationLines } from '../test-support/extract-text';

describe('descriptions of a court by what it decided', () => {
  it('reads "condemned the sentence" and "welcomed the conviction" as about the court', () => {
    const lines = relationLines(
      extractText(
        'The Lusaka High Court sentenced Ana Banda to ten years. Oxfam condemned the sentence.',
      ),
    );
    expect(lines).toContain('Oxfam CRITICIZED Lusaka High Court');
  });
});
