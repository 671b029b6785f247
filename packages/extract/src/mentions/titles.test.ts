import { describe, expect, it } from 'vitest';
import { impliedCourtName, portfolioOf, splitTitle } from './titles';

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
