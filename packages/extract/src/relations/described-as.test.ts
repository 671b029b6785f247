import { describe, expect, it } from 'vitest';
import { extractText, relationLines } from '../test-support/extract-text';

describe('an office someone else gives a person ("whom X describes as …")', () => {
  it('is claimed by the describer, past an age and a quoted nickname', () => {
    const lines = relationLines(
      extractText(
        'The Iron Saints gang controls the hills. Among those moved was Kerwin Dasent, 38, ' +
          'known as "Dread," whom the Trinidad and Tobago Police Service describes as the leader ' +
          'of the Iron Saints.',
      ),
    );
    expect(lines).toContain(
      'Kerwin Dasent LEADS Iron Saints [claimed by Trinidad and Tobago Police Service]',
    );
  });

  it('reads "the gang\'s leader", and needs an office', () => {
    const lines = relationLines(
      extractText(
        'The Red Tarwa gang controls the prison. Police said the riot was cover for an escape ' +
          "by Peter Kavo, whom the Correctional Service describes as the gang's leader. " +
          'Ana Ruiz, whom the Correctional Service describes as honest, was freed.',
      ),
    );
    expect(lines).toContain('Peter Kavo LEADS Red Tarwa [claimed by Correctional Service]');
    expect(lines.filter((l) => l.startsWith('Ana Ruiz'))).toEqual([]);
  });
});
