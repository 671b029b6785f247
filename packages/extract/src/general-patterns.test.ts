import { describe, expect, it } from 'vitest';
import { entityOf, extractText, relationLines } from './test-support/extract-text';

describe('qualified place names', () => {
  it('keeps "City, State" as an alias of the city', () => {
    const doc = extractText('The singer Marta Quill grew up in Bend, Ore., before moving east.');
    const bend = entityOf(doc, 'Bend');
    expect(bend?.type).toBe('Place');
    expect(bend?.aliases).toContain('Bend, Ore.');
    expect(relationLines(doc)).toContain('Bend LOCATED_IN Oregon');
  });
});
