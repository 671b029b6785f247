/**
 * CoNLL04 (Roth & Yih 2004) relation evaluation: detokenisation, the mapping from our
 * predicates onto CoNLL04's five relation types, and strict / relaxed scoring.
 */
import { z } from 'zod';
import type { EntityType, KgDocument } from '@news-kg/schema';
import { normalizeName } from './normalize';
import { prf, type Prf } from './score';

export const CONLL_TYPES = ['Work_For', 'Kill', 'OrgBased_In', 'Live_In', 'Located_In'] as const;
export type ConllType = (typeof CONLL_TYPES)[number];

export const ConllRecordSchema = z.object({
  tokens: z.array(z.string()),
  entities: z.array(z.object({ type: z.string(), start: z.int(), end: z.int() })),
  relations: z.array(z.object({ type: z.string(), head: z.int(), tail: z.int() })),
  orig_id: z.union([z.int(), z.string()]).optional(),
});
export type ConllRecord = z.infer<typeof ConllRecordSchema>;

// ---------------------------------------------------------------- detokenisation

const ATTACH_LEFT = /^(?:[,.;:!?%)\]}]|'s|'S|'|n't|'t|'re|'ve|'ll|'d|'m|''|\.\.\.)$/;
const ATTACH_RIGHT = /^(?:[([{$]|``|`)$/;

/**
 * Joins tokens into a sentence a reader would write ("U.S. officials , he said ." →
 * "U.S. officials, he said.") and returns each token's character span in it.
 */
export function detokenize(tokens: readonly string[]): {
  text: string;
  spans: { start: number; end: number }[];
} {
  let text = '';
  const spans: { start: number; end: number }[] = [];
  let glueNext = true;
  let openDouble = false;
  tokens.forEach((raw, i) => {
    const prev = tokens[i - 1] ?? '';
    // "` `" and "' '" are split halves of `` and '': the second half adds nothing.
    if ((raw === '`' && prev === '`') || (raw === "'" && prev === "'")) {
      spans.push({ start: text.length, end: text.length });
      return;
    }
    const next = tokens[i + 1] ?? '';
    let tok = raw;
    let left = ATTACH_LEFT.test(tok);
    let right = ATTACH_RIGHT.test(tok);
    if (raw === '``' || (raw === '`' && next === '`')) {
      tok = '"';
      right = true;
    } else if (raw === "''" || (raw === "'" && next === "'")) {
      tok = '"';
      left = true;
    } else if (raw === '`') {
      tok = "'";
    } else if (raw === '"') {
      // plain double quote: alternate opening and closing
      left = openDouble;
      right = !openDouble;
      openDouble = !openDouble;
    }
    // "O 'Brien", "D 'Amato": a lone capital followed by an apostrophe-name
    if (/^'[A-Z]/.test(raw) && /^[A-Z]$/.test(prev)) left = true;
    const space = text.length > 0 && !glueNext && !left;
    if (space) text += ' ';
    spans.push({ start: text.length, end: text.length + tok.length });
    text += tok;
    glueNext = right;
  });
  return { text, spans };
}

// ---------------------------------------------------------------- predicate mapping

const ORG_TYPES: readonly EntityType[] = [
  'Organization',
  'Government',
  'Court',
  'CriminalOrganization',
];
const LOC_TYPES: readonly EntityType[] = ['Country', 'Place', 'Prison'];
const PERSON_TYPES: readonly EntityType[] = ['Person', 'Group'];
const WORK_PREDICATES = new Set([
  'WORKS_FOR',
  'OFFICIAL_OF',
  'MINISTER_OF',
  'PRESIDENT_OF',
  'PRIME_MINISTER_OF',
  'LEADS',
  'MEMBER_OF',
  'JUDGE_OF',
]);

export interface ConllMapping {
  type: ConllType;
  /** True when CoNLL's head is our object (HIRED: org hired person → Work_For(person, org)). */
  swap: boolean;
}

/**
 * Our predicate (with the types of its subject and object) → a CoNLL04 relation, or null.
 *
 * | ours                                                         | subject → object     | CoNLL04      |
 * |--------------------------------------------------------------|----------------------|--------------|
 * | WORKS_FOR OFFICIAL_OF MINISTER_OF PRESIDENT_OF PRIME_MINISTER_OF LEADS MEMBER_OF JUDGE_OF | person → organisation | Work_For |
 * | the same                                                     | person → country/place | Live_In    |
 * | HIRED                                                        | organisation → person | Work_For (reversed) |
 * | LIVES_IN CITIZEN_OF                                          | person → place       | Live_In      |
 * | RELATED_TO with a `role` (a governor, mayor or senator of a place) | person → place | Live_In     |
 * | LOCATED_IN, GOVERNMENT_OF                                    | organisation → place | OrgBased_In  |
 * | LOCATED_IN                                                   | place → place        | Located_In   |
 * | KILLED                                                       | person → person      | Kill         |
 */
export function mapToConll(
  predicate: string,
  subjectType: EntityType,
  objectType: EntityType,
  qualifiers: Readonly<Record<string, string>> = {},
): ConllMapping | null {
  const subjIsPerson = PERSON_TYPES.includes(subjectType);
  const objIsPerson = PERSON_TYPES.includes(objectType);
  // an office of a place (the ontology has none) is kept as RELATED_TO with its role
  if (
    predicate === 'RELATED_TO' &&
    qualifiers.role &&
    subjIsPerson &&
    LOC_TYPES.includes(objectType)
  )
    return { type: 'Live_In', swap: false };
  if (WORK_PREDICATES.has(predicate) && subjIsPerson) {
    if (ORG_TYPES.includes(objectType)) return { type: 'Work_For', swap: false };
    if (LOC_TYPES.includes(objectType)) return { type: 'Live_In', swap: false };
    return null;
  }
  if (predicate === 'HIRED' && objIsPerson && ORG_TYPES.includes(subjectType)) {
    return { type: 'Work_For', swap: true };
  }
  if ((predicate === 'LIVES_IN' || predicate === 'CITIZEN_OF') && subjIsPerson) {
    return LOC_TYPES.includes(objectType) ? { type: 'Live_In', swap: false } : null;
  }
  if (predicate === 'LOCATED_IN' || predicate === 'GOVERNMENT_OF') {
    if (!LOC_TYPES.includes(objectType)) return null;
    if (ORG_TYPES.includes(subjectType)) return { type: 'OrgBased_In', swap: false };
    if (predicate === 'LOCATED_IN' && LOC_TYPES.includes(subjectType)) {
      return { type: 'Located_In', swap: false };
    }
    return null;
  }
  if (predicate === 'KILLED' && objIsPerson) return { type: 'Kill', swap: false };
  return null;
}

// ---------------------------------------------------------------- scoring one sentence

export interface ConllPrediction {
  type: ConllType;
  /** Surface strings of the head entity (name, aliases, mention texts). */
  head: readonly string[];
  tail: readonly string[];
}

export interface SentenceScore {
  strict: Record<ConllType, { tp: number; fp: number; fn: number }>;
  relaxed: Record<ConllType, { tp: number; fp: number; fn: number }>;
}

function emptyCounts(): Record<ConllType, { tp: number; fp: number; fn: number }> {
  return Object.fromEntries(CONLL_TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }])) as Record<
    ConllType,
    { tp: number; fp: number; fn: number }
  >;
}

const words = (s: string): string[] => normalizeName(s).split(' ').filter(Boolean);

/** Strict: equal after normalisation. */
export function strictTextMatch(predicted: string, gold: string): boolean {
  const p = normalizeName(predicted);
  return p !== '' && p === normalizeName(gold);
}

/** Relaxed: one is a whole-word contiguous part of the other ("Lincoln" ~ "President Lincoln"). */
export function relaxedTextMatch(predicted: string, gold: string): boolean {
  const p = words(predicted);
  const g = words(gold);
  if (p.length === 0 || g.length === 0) return false;
  const [short, long] = p.length <= g.length ? [p, g] : [g, p];
  for (let i = 0; i + short.length <= long.length; i++) {
    if (short.every((w, j) => long[i + j] === w)) return true;
  }
  return false;
}

/**
 * Scores one sentence. Gold relations and predictions are matched one-to-one per type;
 * a prediction matches a gold relation when its head strings match the gold head span
 * and its tail strings match the gold tail span.
 */
export function scoreSentence(
  record: ConllRecord,
  predictions: readonly ConllPrediction[],
): SentenceScore {
  const { text, spans } = detokenize(record.tokens);
  const spanText = (e: { start: number; end: number }): string =>
    text.slice(spans[e.start]?.start ?? 0, spans[e.end - 1]?.end ?? 0);
  const gold = record.relations
    .filter((r): r is typeof r & { type: ConllType } =>
      (CONLL_TYPES as readonly string[]).includes(r.type),
    )
    .map((r) => ({
      type: r.type,
      head: spanText(record.entities[r.head]!),
      tail: spanText(record.entities[r.tail]!),
    }));
  const score = (match: (p: string, g: string) => boolean) => {
    const counts = emptyCounts();
    const used = new Array<boolean>(gold.length).fill(false);
    for (const p of predictions) {
      const gi = gold.findIndex(
        (g, i) =>
          !used[i] &&
          g.type === p.type &&
          p.head.some((h) => match(h, g.head)) &&
          p.tail.some((t) => match(t, g.tail)),
      );
      if (gi >= 0) {
        used[gi] = true;
        counts[p.type].tp++;
      } else counts[p.type].fp++;
    }
    gold.forEach((g, i) => {
      if (!used[i]) counts[g.type].fn++;
    });
    return counts;
  };
  return { strict: score(strictTextMatch), relaxed: score(relaxedTextMatch) };
}

export interface ConllTotals {
  sentences: number;
  strict: { overall: Prf; byType: Record<ConllType, Prf> };
  relaxed: { overall: Prf; byType: Record<ConllType, Prf> };
}

export function totalConll(scores: readonly SentenceScore[]): ConllTotals {
  const sum = (pick: (s: SentenceScore) => SentenceScore['strict']) => {
    const byCounts = emptyCounts();
    for (const s of scores) {
      for (const t of CONLL_TYPES) {
        const c = pick(s)[t];
        byCounts[t].tp += c.tp;
        byCounts[t].fp += c.fp;
        byCounts[t].fn += c.fn;
      }
    }
    const all = CONLL_TYPES.reduce(
      (acc, t) => ({
        tp: acc.tp + byCounts[t].tp,
        fp: acc.fp + byCounts[t].fp,
        fn: acc.fn + byCounts[t].fn,
      }),
      { tp: 0, fp: 0, fn: 0 },
    );
    return {
      overall: prf(all),
      byType: Object.fromEntries(CONLL_TYPES.map((t) => [t, prf(byCounts[t])])) as Record<
        ConllType,
        Prf
      >,
    };
  };
  return { sentences: scores.length, strict: sum((s) => s.strict), relaxed: sum((s) => s.relaxed) };
}

/** Our relations in one document → CoNLL04 predictions (one per type and entity pair). */
export function predictionsFrom(doc: KgDocument): ConllPrediction[] {
  const byId = new Map(doc.entities.map((e) => [e.id, e]));
  const surfaces = (id: string): string[] => {
    const e = byId.get(id);
    return e ? [e.name, ...e.aliases, ...e.mentions.map((m) => m.text)] : [];
  };
  const seen = new Set<string>();
  const out: ConllPrediction[] = [];
  for (const r of doc.relations) {
    if (r.modality === 'denied') continue; // a denial does not state the relation
    const s = byId.get(r.subject);
    const o = byId.get(r.object);
    if (!s || !o) continue;
    const m = mapToConll(r.predicate, s.type, o.type, r.qualifiers);
    if (!m) continue;
    const [head, tail] = m.swap ? [o.id, s.id] : [s.id, o.id];
    const key = `${m.type}|${head}|${tail}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ type: m.type, head: surfaces(head), tail: surfaces(tail) });
  }
  return out;
}
