import { describe, expect, it } from 'vitest';
import { impliedCourtName, portfolioOf, splitTitle } from './titles';
import { extractText, relationLines } from '../test-support/extract-text';

describe('splitTitle', () => {
  it('splits country, court words and role from the name', () => {
    const split = splitTitle(['US', 'District', 'Judge', 'Karen', 'Holloway'])!;
    expect(split.nameAt).toBe(3);
    expect(split.country?.name).toBe('United States');
    expect(impliedCourtName(split)).toBe('US District Court');
  });

  it('takes the last role before the name and keeps the portfolio', () => {
    const split = splitTitle(['Justice', 'Minister', 'Ana', 'Ruiz'])!;
    expect(split.spec.predicate).toBe('MINISTER_OF');
    expect(portfolioOf(split)).toBe('justice');
    const demonym = splitTitle(['Peruvian', 'Interior', 'Minister', 'Rosa', 'Delgado'])!;
    expect(demonym.country?.name).toBe('Peru');
    expect(portfolioOf(demonym)).toBe('interior');
  });

  it('keeps two-word roles whole and needs a name after the title', () => {
    expect(splitTitle(['Vice', 'President', 'Ana', 'Ruiz'])?.spec.role).toBe('vice president');
    expect(splitTitle(['Interior', 'Minister'])).toBeUndefined();
    expect(splitTitle(['Justice', 'Minister'])).toBeUndefined();
  });

  it('reads "ROLE of DOMAIN NAME" up to a known given name', () => {
    const police = splitTitle(['Assistant', 'Commissioner', 'of', 'Police', 'Marta', 'Lind'])!;
    expect(police.spec.role).toBe('commissioner');
    expect(police.nameAt).toBe(4);
    const minister = splitTitle(['Minister', 'of', 'Foreign', 'Affairs', 'Ana', 'Ruiz'])!;
    expect(minister.nameAt).toBe(4);
    expect(portfolioOf(minister)).toBe('foreign affairs');
    // no known given name: where the domain ends is not known
    expect(splitTitle(['Commissioner', 'of', 'Police', 'Zorbat', 'Lind'])).toBeUndefined();
  });
});

describe('more role titles', () => {
  it('reads police chiefs, deputy ministers and coordinators', () => {
    expect(splitTitle(['Police', 'Chief', 'Marco', 'Diaz'])?.spec.role).toBe('police chief');
    expect(splitTitle(['Deputy', 'Minister', 'Kofi', 'Mensah'])?.spec.role).toBe('deputy minister');
    expect(splitTitle(['Inspector', 'General', 'Ruth', 'Ama'])?.spec.predicate).toBe('LEADS');
  });
});

describe('two-word demonyms in titles', () => {
  it('reads "South African Police Minister X" as a minister of South Africa', () => {
    const split = splitTitle(['South', 'African', 'Police', 'Minister', 'Sipho', 'Dube'])!;
    expect(split.country?.name).toBe('South Africa');
    expect(portfolioOf(split)).toBe('police');
  });
});

describe('a court named in full inside a title', () => {
  it('takes "Tamale High Court" from "Tamale High Court Judge X", with no stray "Court"', () => {
    const doc = extractText('Tamale High Court Judge Ama Owusu-Ansah granted bail.');
    const names = doc.entities.map((e) => `${e.type} ${e.name}`);
    expect(names).toContain('Court Tamale High Court');
    expect(names).not.toContain('Court Court');
    expect(relationLines(doc)).toContain('Ama Owusu-Ansah JUDGE_OF Tamale High Court');
  });

  it('reads a chief justice or chief judge as heading the court too', () => {
    const out = relationLines(
      extractText('Tamale High Court Chief Justice Ama Owusu-Ansah granted bail.'),
    );
    expect(out).toContain('Ama Owusu-Ansah JUDGE_OF Tamale High Court');
    expect(out).toContain('Ama Owusu-Ansah LEADS Tamale High Court');
  });

  it('keeps a rank before a lower-case role: "State Department deputy spokesperson X"', () => {
    expect(
      relationLines(extractText('State Department deputy spokesperson Ann Kowal said so.')),
    ).toContain('Ann Kowal OFFICIAL_OF State Department');
  });
});

describe('a portfolio after "of"', () => {
  it('reads "Minister of Justice X" as a minister, not a judge, and makes no "Minister of" body', () => {
    const doc = extractText('Ghana Minister of Justice Ama Owusu welcomed the ruling.');
    expect(doc.entities.map((e) => e.name)).not.toContain('Minister of');
    expect(relationLines(doc)).toContain('Ama Owusu MINISTER_OF Ghana');
    expect(relationLines(doc).filter((l) => l.includes('JUDGE_OF'))).toEqual([]);
  });
});

describe('hyphenated titles', () => {
  it('reads "ACB Director-General X" and a sentence-opening "Attorney-General X" whole', () => {
    const lines = relationLines(
      extractText(
        'The Anti-Corruption Bureau (ACB) charged him. ACB Director-General Martha Banvo ' +
          'rejected that. Attorney-General Rohit Lal said it.',
      ),
    );
    expect(lines).toContain('Martha Banvo LEADS Anti-Corruption Bureau');
    const doc = extractText('Attorney-General Rohit Lal said it.');
    expect(doc.entities.map((e) => e.name)).not.toContain('-');
  });

  it('reads "Attorney-General X" as the attorney general, with no body named "-"', () => {
    const doc = extractText(
      'The opposition accused Attorney-General Rohit Lal of abusing the law.',
    );
    expect(doc.entities.map((e) => e.name)).not.toContain('-');
    expect(doc.entities.find((e) => e.name === 'Rohit Lal')?.aliases).toContain(
      'Attorney-General Rohit Lal',
    );
  });
});

describe('compound military ranks', () => {
  it('are one title, and "the general" is still the lieutenant general', () => {
    const doc = extractText(
      "Lieutenant General Marek Dvorak was added to the sanctions list. The general's lawyer, Jan Novak, said he would appeal.",
    );
    expect(doc.entities.map((e) => e.name)).not.toContain('Lieutenant');
    expect(relationLines(doc)).toContain('Jan Novak RELATED_TO Marek Dvorak');
  });
});
