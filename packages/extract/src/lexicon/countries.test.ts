import { describe, expect, it } from 'vitest';
import {
  countriesInRegion,
  countryByCapital,
  countryByDemonym,
  countryByName,
  countryByPluralDemonym,
  governmentName,
} from './countries';

describe('country lexicon (world-countries)', () => {
  it('knows names, official names and prose abbreviations', () => {
    expect(countryByName('Peru')?.name).toBe('Peru');
    expect(countryByName('United States of America')?.name).toBe('United States');
    expect(countryByName('U.S.')?.name).toBe('United States');
    expect(countryByName('IN')).toBeUndefined(); // not a word in prose
  });

  it('knows demonyms and their plurals', () => {
    expect(countryByDemonym('Peruvian')?.name).toBe('Peru');
    expect(countryByPluralDemonym('Peruvians')?.name).toBe('Peru');
    expect(countryByPluralDemonym('Chineses')).toBeUndefined();
  });

  it('knows the common variants of demonyms the data spells one way', () => {
    expect(countryByDemonym('Ecuadorian')?.name).toBe('Ecuador');
    expect(countryByDemonym('Ecuadorean')?.name).toBe('Ecuador');
    expect(countryByDemonym('Argentinian')?.name).toBe('Argentina');
    expect(countryByDemonym('Philippine')?.name).toBe('Philippines');
    expect(countryByDemonym('Kyrgyz')?.name).toBe('Kyrgyzstan');
    expect(countryByPluralDemonym('Saudis')?.name).toBe('Saudi Arabia');
  });

  it('knows capitals, also without "D.C."', () => {
    expect(countryByCapital('Lima')?.name).toBe('Peru');
    expect(countryByCapital('Washington')?.name).toBe('United States');
  });

  it('knows region adjectives', () => {
    expect(countriesInRegion('Central American')?.some((c) => c.name === 'Honduras')).toBe(true);
    expect(countriesInRegion('Peruvian')).toBeUndefined();
  });

  it('names governments', () => {
    expect(governmentName(countryByName('United States')!)).toBe('Government of the United States');
    expect(governmentName(countryByName('Peru')!)).toBe('Government of Peru');
  });
});

describe('demonyms shared by two states', () => {
  it('reads "Dominican" and "Congolese" as the larger state', () => {
    expect(countryByDemonym('Dominican')?.name).toBe('Dominican Republic');
    expect(countryByDemonym('Congolese')?.name).toBe('DR Congo');
  });
});
