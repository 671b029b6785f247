import { describe, expect, it } from 'vitest';
import { extractText, relationLines } from '../test-support/extract-text';

const lines = (text: string): string[] => relationLines(extractText(text));

describe('negation scope', () => {
  it('negates the clause the negator is in', () => {
    expect(lines('Peru did not pay Chile.')).toContain('Peru PAID Chile [denied]');
    expect(lines('None of the men since March belong to the Black Hand gang.')).toContain(
      'men MEMBER_OF Black Hand [denied]',
    );
  });

  it('does not reach into a subordinate clause with its own verb', () => {
    expect(
      lines('Voters backed Mayor Juan Perez, not surprising since Perez lives in Lima.'),
    ).toContain('Juan Perez LIVES_IN Lima');
  });
});
