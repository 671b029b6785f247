import { describe, expect, it } from 'vitest';
import { extractText, relationLines } from '../test-support/extract-text';

describe('an office someone else gives a person ("whom X describes as …")', () => {
  it('is claimed by the describer, past an age and a quoted nickname', () => {
    const lines = relationLines(
      extractText(
        'The Zion Kings gang controls the hills. Among those moved was Kerwin Alleyne, 38, ' +
          'known as "Dread," whom the Trinidad and Tobago Police Service describes as the leader ' +
          'of the Zion Kings.',
      ),
    );
    expect(lines).toContain(
      'Kerwin Alleyne LEADS Zion Kings [claimed by Trinidad and Tobago Police Service]',
    );
  });

  it('reads "the gang\'s leader", and needs an office', () => {
    const lines = relationLines(
      extractText(
        'The Red Kolwara gang controls the prison. Police said the riot was cover for an escape ' +
          "by Peter Karo, whom the Correctional Service describes as the gang's leader. " +
          'Ana Ruiz, whom the Correctional Service describes as honest, was freed.',
      ),
    );
    expect(lines).toContain('Peter Karo LEADS Red Kolwara [claimed by Correctional Service]');
    expect(lines.filter((l) => l.startsWith('Ana Ruiz'))).toEqual([]);
  });
});
