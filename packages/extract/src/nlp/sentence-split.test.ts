import { describe, expect, it } from 'vitest';
import { analyseText } from './wink';

function sentences(text: string): string[] {
  return analyseText(text, [{ start: 0, end: text.length, section: 'body' }]).map((s) => s.text);
}

describe('sentence splitting after abbreviations', () => {
  it('ends a sentence at an initial or dotted abbreviation before a pronoun or "The"', () => {
    expect(sentences('He was held in Block C. She said the cells were cold.')).toEqual([
      'He was held in Block C.',
      'She said the cells were cold.',
    ]);
    expect(sentences('The deal was signed in the U.S. The talks ended.')).toHaveLength(2);
  });

  it('keeps initials and titles inside a sentence', () => {
    expect(sentences('Lt. Steve Hardy met John F. Kennedy in Washington.')).toHaveLength(1);
  });
});

describe('letters outside Latin-1', () => {
  it('keeps names with Turkish, Polish or Czech letters whole, with original text and offsets', () => {
    const text = 'Selin Aydoğan met Lech Wałęsa in Łódź.';
    const [s] = analyseText(text, [{ start: 0, end: text.length, section: 'body' }]);
    const words = s!.tokens.map((t) => t.text);
    expect(words).toEqual(expect.arrayContaining(['Aydoğan', 'Wałęsa', 'Łódź']));
    for (const t of s!.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});
