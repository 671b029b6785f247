import { describe, expect, it } from 'vitest';
import { extractText, relationLines } from '../test-support/extract-text';

const sanctioned = (text: string): string[] =>
  relationLines(extractText(text)).filter((l) => l.includes(' SANCTIONED '));

describe('sanctions told through what they do', () => {
  it('reads frozen assets, "placed under X sanctions" and a ban or asset freeze on Y', () => {
    expect(sanctioned('The European Union froze the assets of Tomas Vell on Monday.')).toEqual([
      'European Union SANCTIONED Tomas Vell',
    ]);
    expect(sanctioned("The European Union froze Tomas Vell's assets on Monday.")).toEqual([
      'European Union SANCTIONED Tomas Vell',
    ]);
    expect(sanctioned('Tomas Vell was placed under European Union sanctions in 2023.')).toEqual([
      'European Union SANCTIONED Tomas Vell',
    ]);
    expect(
      sanctioned(
        'The UN Security Council imposed a travel ban and an asset freeze on General Tomas Vell.',
      ),
    ).toEqual(['UN Security Council SANCTIONED Tomas Vell']);
  });

  it('reads no sanction that is lifted or only weighed', () => {
    expect(sanctioned('The United States lifted sanctions on Tomas Vell.')).toEqual([]);
    expect(sanctioned('The United States is considering sanctions on Tomas Vell.')).toEqual([]);
    expect(sanctioned('The United States imposed sanctions on Tomas Vell.')).toEqual([
      'United States SANCTIONED Tomas Vell',
    ]);
  });
});

describe('a sanction on someone a name only describes', () => {
  it('reads no sanction on the demonym or body that modifies the target', () => {
    expect(
      sanctioned('The European Union imposed an asset freeze on a senior army general on Monday.'),
    ).toEqual([]);
    expect(sanctioned('The European Union froze the assets of an Estonian general.')).toEqual([]);
  });
});
