import { describe, expect, it } from 'vitest';
import { endsLikeSentence, parseDateLine } from './metadata';

describe('parseDateLine', () => {
  it.each([
    ['March 21, 2025', '2025-03-21'],
    ['21 March 2025', '2025-03-21'],
    ['Published: Fri 21 Mar 2025 10:12', '2025-03-21'],
    ['2025-03-21', '2025-03-21'],
    ['Sept. 3, 2024', '2024-09-03'],
  ])('%s → %s', (line, iso) => {
    expect(parseDateLine(line)).toBe(iso);
  });

  it('rejects sentences and impossible dates', () => {
    expect(
      parseDateLine(
        'March 21, 2025 was the day the court ruled against the government in a long case',
      ),
    ).toBeNull();
    expect(parseDateLine('February 30, 2025')).toBeNull();
  });
});

describe('endsLikeSentence', () => {
  it('accepts end punctuation, also inside closing quotes', () => {
    expect(endsLikeSentence('He left.')).toBe(true);
    expect(endsLikeSentence('"We will appeal," she said.')).toBe(true);
    expect(endsLikeSentence('He called it "a disgrace."')).toBe(true);
    expect(endsLikeSentence('Minister resigns after scandal')).toBe(false);
  });
});
