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

describe('asylum granted', () => {
  it('reads the state that grants asylum as receiving the person, in both voices', () => {
    const received = (text: string): string[] => all(text).filter((l) => l.includes(' RECEIVED '));
    expect(received('Lithuania granted asylum to Tomas Vell in 2024.')).toEqual([
      'Lithuania RECEIVED Tomas Vell',
    ]);
    expect(received('Tomas Vell was granted political asylum in Lithuania.')).toEqual([
      'Lithuania RECEIVED Tomas Vell',
    ]);
    expect(received('Lithuania granted Tomas Vell asylum last year.')).toEqual([
      'Lithuania RECEIVED Tomas Vell',
    ]);
    expect(received('Lithuania did not grant asylum to Tomas Vell.')).toEqual([]);
  });
});
