import type { EntityType } from '@news-kg/schema';
import type { Sentence } from '../nlp/types';
import { startsUpper } from '../nlp/letters';

/**
 * Bodies news names only by a common noun: "police have linked the gang to …", "rights groups
 * accuse the security forces of …". The gold conventions annotate them when they take part in
 * a relation, so they are weak mentions: an entity only if a relation uses it. A country
 * before the noun ("Kenyan police") makes a state body instead (`state-bodies.ts`).
 */
export interface UnnamedBody {
  from: number;
  to: number;
  type: EntityType;
  /** Canonical name: the noun phrase without article or "human". */
  name: string;
}

/** Phrases (lower case, space-separated) and the type of the body they name. */
const PHRASES: [words: string[], type: EntityType][] = [
  [['police'], 'Government'],
  [['security', 'forces'], 'Government'],
  [['armed', 'forces'], 'Government'],
  [['army'], 'Government'],
  [['military'], 'Government'],
  [['parliament'], 'Government'],
  [['congress'], 'Government'],
  [['senate'], 'Government'],
  [['legislature'], 'Government'],
  [['rights', 'groups'], 'Organization'],
  [['rights', 'organisations'], 'Organization'],
  [['rights', 'organizations'], 'Organization'],
  [['human', 'rights', 'groups'], 'Organization'],
  [['human', 'rights', 'organisations'], 'Organization'],
  [['human', 'rights', 'organizations'], 'Organization'],
  [['civil', 'society', 'groups'], 'Organization'],
  [['aid', 'groups'], 'Organization'],
  [['ngos'], 'Organization'],
];

/** The phrases by first word, so that most tokens are passed over with one lookup. */
const BY_FIRST = new Map<string, [string[], EntityType][]>();
for (const phrase of PHRASES)
  BY_FIRST.set(phrase[0][0]!, [...(BY_FIRST.get(phrase[0][0]!) ?? []), phrase]);

export function findUnnamedBodies(
  sentence: Sentence,
  taken: (k: number) => boolean,
): UnnamedBody[] {
  const toks = sentence.tokens;
  const out: UnnamedBody[] = [];
  for (let k = 0; k < toks.length; k++) {
    const candidates = BY_FIRST.get(toks[k]!.lower);
    if (!candidates) continue;
    const match = candidates.find(([words]) =>
      words.every((w, i) => toks[k + i]?.lower === w && !taken(k + i)),
    );
    if (!match) continue;
    const [words, type] = match;
    const end = k + words.length;
    const prev = toks[k - 1];
    // "police officers", "army chief", "military court": a modifier of another noun (but "police
    // spokesman X" names the body X speaks for)
    const spokesman =
      /^(spokesman|spokeswoman|spokesperson)$/.test(toks[end]?.lower ?? '') &&
      startsUpper(toks[end + 1]?.text ?? '');
    if (
      /^(NOUN|PROPN)$/.test(toks[end]?.pos ?? '') &&
      !/^(ngos)$/.test(words.at(-1)!) &&
      !spokesman
    )
      continue;
    // "the army's", fine; "a military", "his army", "Kenya's army": another reading
    if (prev && (/^(a|an|his|her|its|their|our|my|your)$/.test(prev.lower) || taken(k - 1)))
      continue;
    // ("Military Police", "Army": capitalised, a name the recogniser reads)
    if (startsUpper(toks[k]!.text) && k > 0) continue;
    const from = prev?.lower === 'the' ? k - 1 : k;
    const name = words
      .filter((w, i) => !(i === 0 && w === 'human'))
      .join(' ')
      .replace(/^ngos$/, 'NGOs');
    out.push({ from, to: end, type, name });
    k = end - 1;
  }
  return out;
}
