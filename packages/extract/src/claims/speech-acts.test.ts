import { describe, expect, it } from 'vitest';
import { extractText, relationLines } from '../test-support/extract-text';

const all = (text: string): string[] => relationLines(extractText(text));

describe('accusation by reported wrongdoing', () => {
  it('accuses nobody with a passive that names no agent', () => {
    const lines = all('Canadian officials said Peruvian exiles had been threatened.');
    expect(lines.filter((l) => l.includes('ACCUSED_OF'))).toEqual([]);
  });

  it('accuses the agent of a passive and the subject of an active verb', () => {
    expect(
      all('Canadian officials said Peruvian exiles had been threatened by Chilean police.'),
    ).toContain('officials ACCUSED_OF Chilean police');
    expect(all('Canadian officials said Chilean police had threatened Peruvian exiles.')).toContain(
      'officials ACCUSED_OF Chilean police',
    );
  });
});
