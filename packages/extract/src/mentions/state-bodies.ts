import type { EntityType } from '@news-kg/schema';
import type { CountryInfo } from '../lexicon/countries';
import type { Token } from '../nlp/types';

/**
 * State bodies named by a country and a common noun: "Greek police",
 * "Malaysia's foreign ministry", "the Kenyan judiciary", "Ugandan prosecutors".
 * News names most ministries, police forces and legislatures this way rather
 * than by their official capitalised names, so without this they are lost.
 * "government" and "authorities" are left to coreference, which maps them to
 * the country's government.
 */
const BODY_NOUNS: Record<string, EntityType> = {
  police: 'Government',
  ministry: 'Government',
  parliament: 'Government',
  congress: 'Government',
  senate: 'Government',
  legislature: 'Government',
  cabinet: 'Government',
  army: 'Government',
  military: 'Government',
  navy: 'Government',
  prosecutors: 'Government',
  embassy: 'Government',
  consulate: 'Government',
  judiciary: 'Court',
};
/** Two-word bodies: "coast guard", "armed forces". */
const BODY_PAIRS: Record<string, EntityType> = {
  'air force': 'Government',
  'coast guard': 'Government',
  'border guard': 'Government',
  'armed forces': 'Government',
  'security forces': 'Government',
  'intelligence service': 'Government',
  'intelligence services': 'Government',
  'security service': 'Government',
  'prison service': 'Government',
  'prosecutor’s office': 'Government',
  "prosecutor's office": 'Government',
  'foreign office': 'Government',
};
/** Portfolios of a ministry named in lower case ("the foreign ministry", "Peru's justice ministry"). */
export const PORTFOLIOS =
  /^(foreign|interior|justice|defence|defense|finance|health|security|home|education|economy|immigration|migration|information|labour|labor|trade|energy|corrections|prisons?)$/;
/** Lower-case words allowed between the country and the noun: portfolios and levels. */
const MODIFIERS =
  /^(national|federal|state|public|military|secret|anti-narcotics|counter-narcotics|anti-corruption|anti-drug|riot|judicial|elite)$/;
const isModifier = (word: string): boolean => PORTFOLIOS.test(word) || MODIFIERS.test(word);

export interface StateBody {
  /** First token of the phrase (the demonym or the country name). */
  from: number;
  /** Where the body's own mention starts: `from` for a demonym, else after the country (and its 's). */
  bodyFrom: number;
  to: number;
  type: EntityType;
  /** Canonical name: the demonym form, "Malaysian foreign ministry". */
  name: string;
}

/**
 * Finds "<demonym|Country's> [modifiers] <body noun>" phrases. `countryAt`
 * says which country mention (if any) covers token k, with its span.
 */
export function findStateBodies(
  toks: readonly Token[],
  countryAt: (
    k: number,
  ) => { country: CountryInfo; from: number; to: number; demonym: boolean } | undefined,
): StateBody[] {
  const out: StateBody[] = [];
  for (let k = 0; k < toks.length; k++) {
    const c = countryAt(k);
    if (!c || c.to !== k + 1) continue;
    let j = c.to;
    const possessive = /^['’]s?$/.test(toks[j]?.text ?? '');
    if (possessive) j++;
    const start = j;
    while (j < toks.length && isModifier(toks[j]!.text) && j - start < 2) j++;
    const spanAt = (at: number): number => {
      const one = toks[at]?.text;
      const pair = one && toks[at + 1] ? `${one} ${toks[at + 1]!.text}` : '';
      return BODY_PAIRS[pair] ? 2 : one && BODY_NOUNS[one] ? 1 : 0;
    };
    // ("Pakistan's military has …": a modifier word may be the body noun itself)
    while (j > start && !spanAt(j)) j--;
    const span = spanAt(j);
    if (!span) continue;
    const one = toks[j]!.text;
    const pair = toks[j + 1] ? `${one} ${toks[j + 1]!.text}` : '';
    // "Greek police officers", "the army's chief": the noun modifies another noun or owns one
    const after = toks[j + span];
    if (after && (after.pos === 'NOUN' || /^['’]s?$/.test(after.text))) continue;
    const type = BODY_PAIRS[pair] ?? BODY_NOUNS[one]!;
    const words = toks.slice(start, j + span).map((t) => t.text);
    // "US prosecutors" keeps the written country; "Malaysia's" becomes "Malaysian"
    const written = toks
      .slice(c.from, c.to)
      .map((t) => t.text)
      .join(' ');
    const adjective =
      c.demonym || !possessive ? written : c.country.demonym || `${c.country.name}'s`;
    out.push({
      from: c.from,
      bodyFrom: c.demonym ? c.from : start,
      to: j + span,
      type,
      name: `${adjective} ${words.join(' ')}`,
    });
    k = j + span - 1;
  }
  return out;
}
