import { describe, expect, it } from 'vitest';
import { extractText, relationLines } from '../test-support/extract-text';
import { isKnownPlace } from './places';

function typed(text: string): string[] {
  return extractText(text).entities.map((e) => `${e.type} ${e.name}`);
}

describe('known towns and regions', () => {
  it('knows towns and first-level regions, diacritics or not', () => {
    for (const name of ['Mosul', 'Polokwane', 'Reggio Calabria', 'San Pedro Sula', 'Limpopo'])
      expect(isKnownPlace(name), name).toBe(true);
    expect(isKnownPlace('Constanta')).toBe(isKnownPlace('Constanța'));
  });

  it('leaves out English words, names that open with a given name, and small towns', () => {
    for (const name of ['Reading', 'Independence', 'Police', 'Central', 'Lázaro Cárdenas'])
      expect(isKnownPlace(name), name).toBe(false);
    expect(isKnownPlace('Zzyzx Springs')).toBe(false);
  });

  it('types a known town that no cue types, and lets a person keep a surname that is a town', () => {
    const out = typed(
      'Investigators traced 17 flats to the businessman, and the former Limpopo premier ' +
        'Tomas Ledger was questioned. Police later searched a villa owned by Marta Vargas. ' +
        'Vargas denied any wrongdoing, her lawyer said on Monday.',
    );
    expect(out).toContain('Place Limpopo');
    expect(out).toContain('Person Marta Vargas');
    expect(out).not.toContain('Place Vargas');
  });
});

describe('lists of places after a locative', () => {
  it('reads every one-word conjunct of a comma list as a place', () => {
    const out = typed(
      'About 600 inmates will be freed from prisons in Baghdad, Kirkuk and Mosul, a ministry ' +
        'spokesman said. Officers raided offices in Marbella, Estepona, and Madrid on Monday.',
    );
    for (const p of ['Baghdad', 'Kirkuk', 'Mosul', 'Marbella', 'Estepona', 'Madrid'])
      expect(out).toContain(`Place ${p}`);
    // a list is not a town qualified by a region ("Lyon, France")
    const doc = extractText('Officers raided offices in Marbella, Estepona, and Madrid on Monday.');
    expect(relationLines(doc).some((l) => / LOCATED_IN /.test(l))).toBe(false);
  });

  it('does not read people listed after a place as places', () => {
    const out = typed('In Lagos, Ibrahim Waziri and Tunde Bako met the state governor on Friday.');
    expect(out).not.toContain('Place Tunde Bako');
    expect(out).not.toContain('Place Ibrahim Waziri');
  });
});

describe('streets, landmarks and land forms', () => {
  it('types names by their place head, and keeps "Gulf of X" and "Palace of X" whole', () => {
    const out = typed(
      'Supporters gathered on Harbin Parade and marched along Nelson Okoro Avenue towards the ' +
        'Palace of Justice. Smugglers hid in the Korvan Mountains and crossed the Gulf of Guinea.',
    );
    for (const p of [
      'Harbin Parade',
      'Nelson Okoro Avenue',
      'Palace of Justice',
      'Korvan Mountains',
      'Gulf of Guinea',
    ])
      expect(out).toContain(`Place ${p}`);
    expect(out.some((e) => e.startsWith('Person '))).toBe(false);
  });
});

describe('names with "es"', () => {
  it('keeps "Dar es Salaam" one place', () => {
    const doc = extractText('Amina Juma was taken to a police station in Dar es Salaam on Monday.');
    expect(doc.entities.map((e) => `${e.type} ${e.name}`)).toContain('Place Dar es Salaam');
  });
});
