import { describe, expect, it } from 'vitest';
import { extractText, relationLines } from '../test-support/extract-text';

const all = (text: string): string[] => relationLines(extractText(text));

describe('requests for an extradition', () => {
  it('relates the state that asks to the person it wants', () => {
    expect(all("Belarus has requested Tomas Vell's extradition on charges of fraud.")).toEqual([
      'Belarus RELATED_TO Tomas Vell',
    ]);
    expect(
      all('Switzerland has turned down two Algerian requests for the extradition of Tomas Vell.'),
    ).toContain('Algeria RELATED_TO Tomas Vell');
    expect(all('Bangladesh asked India on Thursday to extradite Tomas Vell.')).toEqual([
      'Bangladesh RELATED_TO Tomas Vell',
    ]);
  });

  it('reads a request "on suspicion of" a crime as an accusation', () => {
    expect(
      all('Belarus sought the extradition of Tomas Vell on suspicion of money laundering.'),
    ).toEqual(['Belarus ACCUSED_OF Tomas Vell']);
  });

  it('reads nothing from a request not made', () => {
    expect(all('Belarus has not requested the extradition of Tomas Vell.')).toEqual([]);
  });
});
