import { describe, expect, it } from 'vitest';
import { extractText, relationLines } from '../test-support/extract-text';

const sentenced = (text: string): string[] =>
  relationLines(extractText(text)).filter((l) => l.includes(' SENTENCED '));

describe('sentences told from the convict’s side', () => {
  it('gives "received the longest sentence", "was given N years", "was sentenced to" the court', () => {
    expect(
      sentenced(
        'The Istanbul High Criminal Court on Monday sentenced Ali Demir to ten years. ' +
          'Selin Aydogan received the longest sentence, nine years. Murat Kaplan was given seven years. ' +
          'Deniz Ercan was sentenced to six years in absentia.',
      ),
    ).toEqual([
      'Istanbul High Criminal Court SENTENCED Ali Demir',
      'Istanbul High Criminal Court SENTENCED Selin Aydogan',
      'Istanbul High Criminal Court SENTENCED Murat Kaplan',
      'Istanbul High Criminal Court SENTENCED Deniz Ercan',
    ]);
  });

  it('needs a court that sentenced before, and a sentence already passed', () => {
    expect(sentenced('Selin Aydogan received the longest sentence, nine years.')).toEqual([]);
    expect(
      sentenced(
        'The Supreme Court sentenced Ali Demir to ten years. Hector Villar is due to be sentenced separately.',
      ),
    ).toEqual(['Supreme Court SENTENCED Ali Demir']);
  });
});
