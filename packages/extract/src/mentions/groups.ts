import type { Sentence, Token } from '../nlp/types';
import { countryByDemonym, countryByPluralDemonym, type CountryInfo } from '../lexicon/countries';
import { startsLower } from '../nlp/letters';

/** Families of plural nouns for people that name the same kind of group. */
const FAMILIES: Record<string, string> = {
  deportees: 'detained',
  detainees: 'detained',
  prisoners: 'detained',
  inmates: 'detained',
  captives: 'detained',
  convicts: 'detained',
  migrants: 'migrants',
  immigrants: 'migrants',
  refugees: 'migrants',
  'asylum seekers': 'migrants',
  protesters: 'protesters',
  protestors: 'protesters',
  demonstrators: 'protesters',
  civilians: 'civilians',
  residents: 'residents',
  victims: 'victims',
  hostages: 'hostages',
  students: 'students',
  workers: 'workers',
  journalists: 'journalists',
  activists: 'activists',
  suspects: 'suspects',
  defendants: 'defendants',
  passengers: 'passengers',
  supporters: 'supporters',
  followers: 'supporters',
  exiles: 'exiles',
  dissidents: 'exiles',
  opponents: 'opponents',
  critics: 'opponents',
  relatives: 'relatives',
  families: 'relatives',
  children: 'children',
  minors: 'children',
  gunmen: 'attackers',
  attackers: 'attackers',
  assailants: 'attackers',
  militants: 'fighters',
  fighters: 'fighters',
  rebels: 'fighters',
  guerrillas: 'fighters',
  traffickers: 'traffickers',
  smugglers: 'traffickers',
  dealers: 'traffickers',
  kidnappers: 'traffickers',
  voters: 'voters',
  figures: 'figures',
  politicians: 'figures',
  businessmen: 'workers',
  businesspeople: 'workers',
  leaders: 'leaders',
  bosses: 'leaders',
  ringleaders: 'leaders',
  commanders: 'leaders',
  farmers: 'workers',
  employees: 'workers',
  // people acting for an institution: each kind is its own group, never the story's salient one
  prosecutors: 'agent:prosecutors',
  investigators: 'agent:investigators',
  officials: 'agent:officials',
  lawmakers: 'agent:lawmakers',
  legislators: 'agent:legislators',
  lawyers: 'agent:lawyers',
  officers: 'agent:officers',
  guards: 'agent:guards',
  soldiers: 'agent:soldiers',
  troops: 'agent:troops',
  agents: 'agent:agents',
  judges: 'agent:judges',
  diplomats: 'agent:diplomats',
  senators: 'agent:senators',
  ministers: 'agent:ministers',
  policemen: 'agent:officers',
  gendarmes: 'agent:officers',
  commandos: 'agent:troops',
  marines: 'agent:troops',
  paramilitaries: 'agent:troops',
  wardens: 'agent:guards',
};
const FAMILY_MAP: ReadonlyMap<string, string> = new Map(Object.entries(FAMILIES));

/** Plural heads that only say "some people"; they refer back to the salient group. */
const GENERIC = new Set([
  'men',
  'women',
  'people',
  'members',
  'citizens',
  'nationals',
  'individuals',
  'persons',
]);

/** Participles that modify a plural noun for people ("suspected members", "convicted smugglers"). */
const HEDGED =
  /^(suspected|alleged|reputed|purported|presumed|accused|convicted|jailed|imprisoned|detained|arrested|deported|wanted)$/;

const QUANTIFIERS = new Set([
  'hundreds',
  'thousands',
  'dozens',
  'scores',
  'millions',
  'tens',
  'some',
  'many',
  'several',
  'most',
  'all',
]);

export interface GroupMention {
  from: number;
  to: number;
  head: string;
  /** Family of specific heads; 'generic' for men/people/…; 'demonym' for "Peruvians". */
  family: string;
  det: 'definite' | 'indefinite' | 'possessive';
  hasNumber: boolean;
  /** A following "who …" clause restricts the set. */
  restricted: boolean;
  country?: CountryInfo;
}

/** A plural noun for people that starts a group ("detainees", "men"), not a name. */
export function isGroupHead(lower: string): boolean {
  return FAMILY_MAP.has(lower) || GENERIC.has(lower);
}

function headOf(t: Token): { head: string; family: string; country?: CountryInfo } | undefined {
  const family = FAMILY_MAP.get(t.lower);
  if (family && t.pos !== 'VERB') return { head: t.lower, family };
  if (GENERIC.has(t.lower) && t.pos !== 'VERB') return { head: t.lower, family: 'generic' };
  const country = countryByPluralDemonym(t.text);
  if (country) return { head: t.text, family: 'demonym', country };
  return undefined;
}

/** Plural noun phrases that name a group of people ("the hundreds of detainees", "40 Peruvians"). */
export function findGroups(sentence: Sentence, taken: (k: number) => boolean): GroupMention[] {
  const toks = sentence.tokens;
  const out: GroupMention[] = [];
  for (let k = 0; k < toks.length; k++) {
    if (taken(k)) continue;
    const head = headOf(toks[k]!);
    if (!head) continue;
    // "asylum seekers"
    let from = k;
    let hasNumber = false;
    let country = head.country;
    let det: GroupMention['det'] = 'indefinite';
    for (let j = k - 1; j >= 0 && (!taken(j) || !!countryByDemonym(toks[j]!.text)); j--) {
      const t = toks[j]!;
      // ("The ruling concerned two men": a participle after the subject is the verb)
      if (t.pos === 'ADJ' && /ed$/.test(t.lower) && /^(NOUN|PROPN)$/.test(toks[j - 1]?.pos ?? ''))
        break;
      if (
        t.pos === 'ADJ' ||
        // "16 suspected members", "two convicted smugglers": a participle the tagger calls a verb
        (t.pos === 'VERB' && HEDGED.test(t.lower) && j === k - 1) ||
        t.pos === 'NUM' ||
        (t.pos === 'PROPN' && countryByDemonym(t.text)) ||
        QUANTIFIERS.has(t.lower)
      ) {
        if (t.pos === 'NUM' || QUANTIFIERS.has(t.lower)) hasNumber = true;
        const dem = countryByDemonym(t.text);
        if (dem) country ??= dem;
        from = j;
        continue;
      }
      // "three police officers", "40 opposition figures": one noun between number and head
      if (
        j === k - 1 &&
        t.pos === 'NOUN' &&
        startsLower(t.text) &&
        (toks[j - 1]?.pos === 'NUM' || QUANTIFIERS.has(toks[j - 1]?.lower ?? ''))
      ) {
        from = j;
        continue;
      }
      // "Venezuelan and Colombian nationals"
      if (
        t.lower === 'and' &&
        countryByDemonym(toks[j - 1]?.text ?? '') &&
        countryByDemonym(toks[j + 1]?.text ?? '')
      ) {
        from = j;
        continue;
      }
      if (t.lower === 'of' && QUANTIFIERS.has(toks[j - 1]?.lower ?? '')) {
        from = j;
        continue;
      }
      if (
        (t.lower === 'than' && toks[j - 1]?.lower === 'more') ||
        (t.lower === 'least' && toks[j - 1]?.lower === 'at')
      ) {
        from = j - 1;
        j--;
        continue;
      }
      if (/^(the|these|those)$/.test(t.lower)) {
        det = 'definite';
        from = j;
      } else if (/^(their|our|his|her|its)$/.test(t.lower)) {
        det = 'possessive';
        from = j;
      }
      break;
    }
    // ("its leaders" are a body's officers; "37 leaders of the gang" are a group)
    if (head.family === 'leaders' && !hasNumber) continue;
    const restricted =
      toks[k + 1]?.lower === 'who' || (toks[k + 1]?.lower === 'that' && toks[k + 2]?.pos === 'AUX');
    // "relatives of inmates", "families of those killed": whose relatives says which group
    let to = k + 1;
    if (head.family === 'relatives' && toks[k + 1]?.lower === 'of') {
      let j = k + 2;
      if (/^(the|those)$/.test(toks[j]?.lower ?? '')) j++;
      const start = j;
      while (j < k + 7 && toks[j] && /^(ADJ|VERB|NUM)$/.test(toks[j]!.pos) && !taken(j)) j++;
      if (toks[j]?.pos === 'NOUN' && /s$/.test(toks[j]!.lower) && !taken(j)) to = j + 1;
      // "those killed", "those detained"
      else if (toks[k + 2]?.lower === 'those' && toks[start]?.pos === 'VERB') to = start + 1;
    }
    out.push({
      from,
      to,
      head: head.head,
      family: head.family,
      det,
      hasNumber,
      restricted,
      ...(country ? { country } : {}),
    });
    k = to - 1;
  }
  return out;
}
