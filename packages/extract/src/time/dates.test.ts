import { describe, expect, it } from 'vitest';
import { analyseSegment } from '../nlp/wink';
import { dateNear, findDates } from './dates';

const dates = (text: string, published = '2025-03-21'): string[] =>
  findDates(analyseSegment(text, 0, 'body', 0)[0]!.tokens, published).map((d) => d.date);

describe('findDates (published Friday 2025-03-21)', () => {
  it('resolves weekdays: "on Friday" is the day itself, "last Saturday" the one before', () => {
    expect(dates('The court ruled on Friday.')).toEqual(['2025-03-21']);
    expect(dates('Police acted last Saturday.')).toEqual(['2025-03-15']);
    expect(dates('The minister spoke on Wednesday.')).toEqual(['2025-03-19']);
    expect(dates('He left last Friday.')).toEqual(['2025-03-14']);
  });

  it('resolves months and full dates, in the previous year when later than publication', () => {
    expect(dates('They have been held since February.')).toEqual(['2025-02-01']);
    expect(dates('The law was passed in November.')).toEqual(['2024-11-01']);
    expect(dates('The raid took place on March 15, 2024.')).toEqual(['2024-03-15']);
    expect(dates('He was freed yesterday.')).toEqual(['2025-03-20']);
  });

  it('resolves nothing without a publication date for relative expressions', () => {
    expect(findDates(analyseSegment('He left on Friday.', 0, 'body', 0)[0]!.tokens, null)).toEqual(
      [],
    );
  });

  it('picks the expression nearest to the trigger', () => {
    const tokens = analyseSegment(
      'On Monday police said the men were arrested last Saturday.',
      0,
      'body',
      0,
    )[0]!.tokens;
    const found = findDates(tokens, '2025-03-21');
    const arrested = tokens.findIndex((t) => t.text === 'arrested');
    expect(dateNear(found, arrested)).toBe('2025-03-15');
  });
});
