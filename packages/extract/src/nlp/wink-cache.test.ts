import { describe, expect, it } from 'vitest';
import { extractText } from '../test-support/extract-text';

describe('reading order', () => {
  it('reads a text the same whatever was read before it', () => {
    // wink caches "U.S" here; unpatched, a later "U.S. Sen." is then split after "U.S"
    extractText('In Washington , U.S officials announced that the Navy will rotate two carriers .');
    const doc = extractText(
      'In 1969 , Ana Ruiz was convicted of attacking U.S. Sen. Robert F. Kennedy .',
    );
    const ruiz = doc.entities.find((e) => e.name === 'Ana Ruiz');
    expect(ruiz?.mentions[0]?.sentence).toBe(
      'In 1969 , Ana Ruiz was convicted of attacking U.S. Sen. Robert F. Kennedy .',
    );
  });
});
