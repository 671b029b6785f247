import type { EntityType } from '@news-kg/schema';
import type { Sentence } from '../nlp/types';
import { countriesInRegion } from '../lexicon/countries';
import { matchRole } from '../lexicon/roles';
import { PERSON_NOUNS } from '../lexicon/person-nouns';
import { startsUpper } from '../nlp/letters';

/** Head nouns of definite descriptions and the entity type (or person role) they refer to. */
const HEADS: Record<string, { type: EntityType; role?: string }> = {
  judge: { type: 'Person', role: 'judge' },
  justice: { type: 'Person', role: 'justice' },
  president: { type: 'Person', role: 'president' },
  minister: { type: 'Person', role: 'minister' },
  prosecutor: { type: 'Person', role: 'prosecutor' },
  governor: { type: 'Person', role: 'governor' },
  court: { type: 'Court' },
  tribunal: { type: 'Court' },
  prison: { type: 'Prison' },
  jail: { type: 'Prison' },
  penitentiary: { type: 'Prison' },
  facility: { type: 'Prison' },
  group: { type: 'CriminalOrganization' },
  gang: { type: 'CriminalOrganization' },
  cartel: { type: 'CriminalOrganization' },
  organization: { type: 'Organization' },
  organisation: { type: 'Organization' },
  law: { type: 'Law' },
  act: { type: 'Law' },
  statute: { type: 'Law' },
  legislation: { type: 'Law' },
  country: { type: 'Country' },
  nation: { type: 'Country' },
  government: { type: 'Government' },
  authorities: { type: 'Government' },
  administration: { type: 'Government' },
  company: { type: 'Organization' },
  firm: { type: 'Organization' },
  city: { type: 'Place' },
  capital: { type: 'Place' },
  union: { type: 'Organization' },
  agency: { type: 'Government' },
  ministry: { type: 'Government' },
  party: { type: 'Organization' },
  ruling: { type: 'Court' },
  decision: { type: 'Court' },
  verdict: { type: 'Court' },
  judgment: { type: 'Court' },
  sentence: { type: 'Court' },
  conviction: { type: 'Court' },
  acquittal: { type: 'Court' },
  // what a court did, standing for the court: "dismayed by the sentences", "called the trial a sham"
  sentences: { type: 'Court' },
  verdicts: { type: 'Court' },
  rulings: { type: 'Court' },
  convictions: { type: 'Court' },
  trial: { type: 'Court' },
  injunction: { type: 'Court' },
};
/**
 * Heads of bodies that coreference resolves only to a body called so by name or description
 * ("the council" after "the Supreme Security Council"; "the charity's chief executive"):
 * "the commission" or "the network" alone too often means a body the article never named.
 */
const OWNER_HEADS = [
  'website',
  'charity',
  'newspaper',
  'broadcaster',
  'outlet',
  'network',
  'association',
  'foundation',
  'watchdog',
  'commission',
  'committee',
  'council',
  'movement',
  'coalition',
  'alliance',
  'bank',
  'university',
];
const HEAD_MAP = new Map(Object.entries(HEADS));
const OWNER_MAP = new Map<string, { type: EntityType; role?: string }>(
  OWNER_HEADS.map((h) => [h, { type: 'Organization' }]),
);

export interface DescriptionMention {
  from: number;
  to: number;
  head: string;
  type: EntityType;
  role?: string;
  det: string;
  /** Region adjective inside ("the Central American country"). */
  region?: string;
  /** Demonym or place modifier token index ("a Peruvian prison", "a jail in X"). */
  modifiers: number[];
}

const DETS = /^(the|this|that|these|a|an|his|her|its|their|whose|'s|’s|')$/;

/** Singular descriptions like "the judge", "this prison", "the Central American country", "his government". */
export function findDescriptions(
  sentence: Sentence,
  taken: (k: number) => boolean,
): DescriptionMention[] {
  const toks = sentence.tokens;
  const out: DescriptionMention[] = [];
  for (let k = 1; k < toks.length; k++) {
    const t = toks[k]!;
    const spec =
      HEAD_MAP.get(t.lower) ??
      (PERSON_NOUNS.has(t.lower) ? { type: 'Person' as const, role: t.lower } : undefined) ??
      // ("the Buea-based newspaper The Echo": a kind noun before the name it introduces)
      (startsUpper(toks[k + 1]?.text ?? '') ? undefined : OWNER_MAP.get(t.lower));
    if (!spec || taken(k) || t.pos === 'VERB' || startsUpper(t.text)) continue;
    let j = k - 1;
    const modifiers: number[] = [];
    let region: string | undefined;
    let based = 0;
    for (;;) {
      // "the London-based rights group": the place it is based in says nothing of its kind
      if (toks[j]?.lower === 'based' && /^[-–]$/.test(toks[j - 1]?.text ?? '') && j >= 2) {
        j -= 2;
        while (j > 0 && startsUpper(toks[j - 1]!.text) && toks[j - 1]!.pos === 'PROPN') j--;
        based = k - j;
        j--;
        continue;
      }
      if (
        j < 0 ||
        !(toks[j]!.pos === 'ADJ' || toks[j]!.pos === 'PROPN' || toks[j]!.pos === 'NOUN') ||
        DETS.test(toks[j]!.lower) ||
        k - j > 4 + based
      )
        break;
      if (toks[j]!.pos === 'PROPN' || startsUpper(toks[j]!.text)) modifiers.push(j);
      j--;
    }
    let det = toks[j]?.lower ?? '';
    // "foreign ministry spokesman X", "army spokesman X": a body named as a staff title has no
    // article, and means the article's own body
    const titleOf =
      !DETS.test(det) &&
      (spec.type === 'Government' || spec.type === 'Court') &&
      toks[k + 1]?.pos === 'NOUN' &&
      !!matchRole([toks[k + 1]!.lower], 0) &&
      startsUpper(toks[k + 2]?.text ?? '');
    if (titleOf) det = 'the';
    else if (!DETS.test(det)) continue;
    // "the minister's decision", "Ruiz's verdict on it": an act owned by someone, not the
    // court (the stance rules read the owner)
    if (spec.type === 'Court' && /^['’]s?$/.test(det) && !/^(court|tribunal)$/.test(t.lower))
      continue;
    // "the businessman" points back; "a businessman", "his lawyer", "the student-led
    // movement" do not
    if (
      spec.role === t.lower &&
      PERSON_NOUNS.has(t.lower) &&
      (!/^(the|this|that)$/.test(det) || /^[-‐–]$/.test(toks[k + 1]?.text ?? ''))
    )
      continue;
    const words = toks.slice(j + 1, k).map((x) => x.text);
    for (let a = 0; a < words.length; a++) {
      for (let b = words.length; b > a; b--) {
        const phrase = words.slice(a, b).join(' ');
        if (countriesInRegion(phrase)) region = phrase.toLowerCase();
      }
    }
    // "the president of X" and "the gang X" are appositions/role phrases, not references back.
    const next = toks[k + 1];
    if (next && (next.lower === 'of' || next.lower === 'for') && spec.type === 'Person') continue;
    if (next && startsUpper(next.text) && next.pos === 'PROPN') continue;
    // "a ministry spokeswoman", "a court official": the body the role belongs to (definite)
    const staffOf =
      next?.pos === 'NOUN' &&
      (spec.type === 'Government' || spec.type === 'Court') &&
      !!matchRole([next.lower], 0) &&
      toks[k + 2]?.pos !== 'NOUN';
    if (next && next.pos === 'NOUN' && !staffOf) continue; // "his court order": a modifier, not the head
    // "Her foreign minister, Lucia Ordonez, …": an appositive title, not a reference back
    // ("Haiti's capital, Port-au-Prince": likewise a place named in apposition)
    // ("his party, the Civic Union,": the owner's pronoun is read on its own, as for "his
    // movement, X")
    const named =
      startsUpper(toks[k + 2]?.text ?? '') ||
      (toks[k + 2]?.lower === 'the' && startsUpper(toks[k + 3]?.text ?? ''));
    if (
      (spec.type === 'Person' ||
        spec.type === 'Place' ||
        (/^(his|her|their)$/.test(det) && spec.type === 'Organization')) &&
      next?.text === ',' &&
      (spec.type === 'Organization' ? named : startsUpper(toks[k + 2]?.text ?? ''))
    )
      continue;
    // "the northern city of San Pedro Sula" names the place itself
    if (
      next?.lower === 'of' &&
      (spec.type === 'Place' || spec.type === 'Country') &&
      startsUpper(toks[k + 2]?.text ?? '')
    )
      continue;
    out.push({
      from: j,
      to: k + 1,
      head: t.lower,
      type: spec.type,
      ...(spec.role ? { role: spec.role } : {}),
      det: staffOf ? 'the' : det,
      ...(region ? { region } : {}),
      modifiers,
    });
  }
  return out;
}

export const PRONOUNS: Record<string, 'person' | 'group' | 'thing'> = {
  he: 'person',
  him: 'person',
  his: 'person',
  she: 'person',
  her: 'person',
  hers: 'person',
  they: 'group',
  them: 'group',
  their: 'group',
  it: 'thing',
  its: 'thing',
};
