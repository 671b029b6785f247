import { describe, expect, it } from 'vitest';
import { extractText, relationLines } from '../test-support/extract-text';

describe('courts and prisons named for their country', () => {
  it('locates "the High Court of Kenya" in Kenya but not "the US District Court" in the US', () => {
    const lines = relationLines(
      extractText('The High Court of Kenya ruled on Monday. The US District Court agreed.'),
    );
    expect(lines).toContain('High Court of Kenya LOCATED_IN Kenya');
    expect(lines.some((l) => l.startsWith('US District Court LOCATED_IN'))).toBe(false);
  });
});
