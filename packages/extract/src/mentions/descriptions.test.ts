import { describe, expect, it } from 'vitest';
import { analyseText } from '../nlp/wink';
import { extractText, relationLines } from '../test-support/extract-text';
import { findDescriptions } from './descriptions';

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

describe('the body of a staff role', () => {
  it('reads "a ministry spokeswoman" as a mention of the ministry, not "a gang leader"', () => {
    const text = 'Ana Lee, a ministry spokeswoman, said a rival gang leader was shot.';
    const [s] = analyseText(text, [{ start: 0, end: text.length, section: 'body' }]);
    const found = findDescriptions(s!, () => false).map((d) => d.head);
    expect(found).toContain('ministry');
    expect(found).not.toContain('gang');
  });
});

describe('a body named by its head word', () => {
  it('reads "the council" as the council the article named, and as nobody otherwise', () => {
    expect(
      relationLines(
        extractText(
          'The Supreme Security Council met on Monday. The council accused the Nidal Front of plotting against the state.',
        ),
      ),
    ).toContain('Supreme Security Council ACCUSED_OF Nidal Front');
    expect(
      relationLines(
        extractText('The council accused the Nidal Front of plotting against the state.'),
      ),
    ).toEqual([]);
  });
});

describe('a body kind noun before the name it introduces', () => {
  it('is no description of its own ("the Buea-based newspaper The Echo")', () => {
    expect(
      relationLines(
        extractText(
          'Samuel Ndive, editor-in-chief of the Buea-based newspaper The Mountain Echo, was arrested on Monday.',
        ),
      ),
    ).toContain('The Mountain Echo LOCATED_IN Buea');
  });
});
