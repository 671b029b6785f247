import { describe, expect, it } from 'vitest';
import { extractText, relationLines } from '../test-support/extract-text';

const all = (text: string): string[] => relationLines(extractText(text));

describe('charges brought by a prosecutor', () => {
  it('reads "on charges brought by Y under the Z Act" and "faces charges filed by Y"', () => {
    const out = all(
      'Tomas Bako was convicted in July on charges brought by the Anti-Corruption Commission ' +
        '(ACC) under the Prevention of Bribery Promulgation 2007 and the Crimes Act 2009. Ana ' +
        "Ruiz faces charges filed by the Kessling Public Prosecutor's Office.",
    );
    expect(out).toContain('Anti-Corruption Commission CHARGED Tomas Bako');
    expect(out).toContain(
      'Anti-Corruption Commission INVOKED Prevention of Bribery Promulgation 2007',
    );
    expect(out).toContain('Anti-Corruption Commission INVOKED Crimes Act 2009');
    expect(out).toContain("Kessling Public Prosecutor's Office CHARGED Ana Ruiz");
  });

  it('takes the accused from "against X", and nobody from charges nobody brought', () => {
    expect(all('The case against Carl Weber brought by the Justice Ministry collapsed.')).toContain(
      'Justice Ministry CHARGED Carl Weber',
    );
    expect(
      all('Tomas Bako denied the charges against him, the Justice Ministry said.').filter((l) =>
        l.includes(' CHARGED '),
      ),
    ).toEqual([]);
  });
});

describe('wanted on charges', () => {
  it('reads the state that wants someone on charges as charging them', () => {
    const out = all(
      'The court freed Edgar Mazo, who is wanted on drug charges in the United States. Austria ' +
        'cleared the extradition of Karl Moser, a businessman wanted in Germany on fraud charges.',
    );
    expect(out).toContain('United States CHARGED Edgar Mazo');
    expect(out).toContain('Germany CHARGED Karl Moser');
  });

  it('needs charges: "wanted in Germany" alone, or a wanted poster, charges nobody', () => {
    expect(
      all(
        'Karl Moser said he wanted to live in Germany. Police said Ana Ruiz was wanted in Peru.',
      ).filter((l) => l.includes(' CHARGED ')),
    ).toEqual([]);
  });
});
