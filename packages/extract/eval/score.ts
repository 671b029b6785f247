/**
 * Scoring an extracted KG document against a gold file.
 *
 * Matching rules (documented in ../EVALUATION.md):
 * - Entities: a predicted entity matches a gold entity when the types are equal and
 *   the predicted name or any predicted alias equals, after `normalizeName`, the gold
 *   name or any gold alias. Each gold and each predicted entity is used at most once
 *   (maximum bipartite matching, canonical-name matches tried first).
 * - Relations: a predicted relation matches a gold relation when the predicates are
 *   equal and its subject and object resolve to the gold subject and object (or one of
 *   the relation's listed alternatives; a country and the government gold says governs
 *   it count as the same party; MET_WITH and AGREEMENT_WITH match in either direction).
 *   Each gold relation is matched at most once: greedily, first against gold relations
 *   with the same modality and attribution, then the same modality, then any.
 * - Modality and attribution agreement are reported on matched relations only.
 */
import type { EntityType, Modality, Predicate } from '@news-kg/schema';
import type { GoldFile, GoldRelation } from './gold';
import { nameKeys } from './normalize';

/** The parts of a KgDocument the scorer reads (a KgDocument satisfies it). */
export interface PredictedEntity {
  id: string;
  name: string;
  type: EntityType;
  aliases: readonly string[];
}
export interface PredictedRelation {
  subject: string;
  predicate: Predicate | string;
  object: string;
  modality: Modality;
  attributedTo: string | null;
}
export interface PredictedDocument {
  entities: readonly PredictedEntity[];
  relations: readonly PredictedRelation[];
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Prf extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export function prf(c: Counts): Prf {
  const precision = c.tp + c.fp === 0 ? (c.fn === 0 ? 1 : 0) : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? (c.fp === 0 ? 1 : 0) : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, precision, recall, f1 };
}

export function addCounts(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
}

export interface RelationView {
  subject: string;
  predicate: string;
  object: string;
  modality: Modality;
  attributedTo: string | null;
}

export interface MatchedRelation {
  gold: RelationView;
  predicted: RelationView;
  modalityAgrees: boolean;
  attributionAgrees: boolean;
}

export interface ArticleScore {
  article: string;
  entities: Prf;
  relations: Prf;
  /** Matched relations whose modality equals the gold modality. */
  modality: { matched: number; agree: number };
  /** Matched relations whose attributedTo resolves to the gold speaker (or both null). */
  attribution: { matched: number; agree: number };
  entityMatches: { gold: string; predicted: string; type: EntityType }[];
  falsePositiveEntities: { name: string; type: EntityType }[];
  falseNegativeEntities: { name: string; type: EntityType }[];
  matchedRelations: MatchedRelation[];
  falsePositiveRelations: RelationView[];
  falseNegativeRelations: RelationView[];
}

const SYMMETRIC = new Set<string>(['MET_WITH', 'AGREEMENT_WITH']);

/** Maximum bipartite matching (Kuhn). `edges[i]` lists right indices for left i, in preference order. */
export function maxMatching(edges: readonly (readonly number[])[], rightSize: number): number[] {
  const rightOf: number[] = new Array<number>(rightSize).fill(-1);
  const leftOf: number[] = new Array<number>(edges.length).fill(-1);
  const tryAugment = (l: number, seen: boolean[]): boolean => {
    for (const r of edges[l] ?? []) {
      if (seen[r]) continue;
      seen[r] = true;
      const owner = rightOf[r] ?? -1;
      if (owner === -1 || tryAugment(owner, seen)) {
        rightOf[r] = l;
        leftOf[l] = r;
        return true;
      }
    }
    return false;
  };
  for (let l = 0; l < edges.length; l++) {
    tryAugment(l, new Array<boolean>(rightSize).fill(false));
  }
  return leftOf;
}

export function scoreArticle(gold: GoldFile, predicted: PredictedDocument): ArticleScore {
  const goldKeys = gold.entities.map((g) => nameKeys(g.name, g.aliases));
  const predEntities = predicted.entities;
  const predKeys = predEntities.map((p) => nameKeys(p.name, p.aliases));

  // ---- entities: typed, one-to-one
  const edges = predEntities.map((p, pi) => {
    const pk = predKeys[pi] ?? new Set<string>();
    const primary = nameKeys(p.name);
    const byName: number[] = [];
    const byAlias: number[] = [];
    gold.entities.forEach((g, gi) => {
      if (g.type !== p.type) return;
      const gk = goldKeys[gi] ?? new Set<string>();
      if ([...primary].some((k) => gk.has(k))) byName.push(gi);
      else if ([...pk].some((k) => gk.has(k))) byAlias.push(gi);
    });
    return [...byName, ...byAlias];
  });
  const aligned = maxMatching(edges, gold.entities.length);
  const goldMatched = new Set<number>();
  const entityMatches: ArticleScore['entityMatches'] = [];
  const falsePositiveEntities: ArticleScore['falsePositiveEntities'] = [];
  aligned.forEach((gi, pi) => {
    const p = predEntities[pi]!;
    if (gi >= 0) {
      goldMatched.add(gi);
      entityMatches.push({ gold: gold.entities[gi]!.name, predicted: p.name, type: p.type });
    } else {
      falsePositiveEntities.push({ name: p.name, type: p.type });
    }
  });
  const falseNegativeEntities = gold.entities
    .filter((_, gi) => !goldMatched.has(gi))
    .map((g) => ({ name: g.name, type: g.type }));

  // ---- resolution of predicted entity ids to gold entity names (many-to-one)
  const equivalents = stateEquivalents(gold);
  const expand = (names: Iterable<string>): Set<string> => {
    const out = new Set<string>();
    for (const n of names) {
      out.add(n);
      for (const e of equivalents.get(n) ?? []) out.add(e);
    }
    return out;
  };
  const resolved = new Map<string, Set<string>>();
  predEntities.forEach((p, pi) => {
    const gi = aligned[pi] ?? -1;
    if (gi >= 0) {
      resolved.set(p.id, expand([gold.entities[gi]!.name]));
      return;
    }
    const pk = predKeys[pi] ?? new Set<string>();
    const hits = gold.entities.filter((_, i) => [...pk].some((k) => goldKeys[i]?.has(k)));
    const sameType = hits.filter((g) => g.type === p.type);
    resolved.set(p.id, expand((sameType.length > 0 ? sameType : hits).map((g) => g.name)));
  });
  const nameOf = new Map(predEntities.map((p) => [p.id, p.name]));
  const resolve = (id: string | null): Set<string> =>
    id === null ? new Set() : (resolved.get(id) ?? new Set());

  // ---- relations: one-to-one, greedy passes from strictest to loosest
  const goldRels = gold.relations;
  const acceptable = goldRels.map((g) => ({
    subjects: expand([g.subject, ...(g.subjectAlternatives ?? [])]),
    objects: expand([g.object, ...(g.objectAlternatives ?? [])]),
  }));
  const triple = (p: PredictedRelation, gi: number): boolean => {
    const g = goldRels[gi]!;
    if (p.predicate !== g.predicate) return false;
    const { subjects, objects } = acceptable[gi]!;
    const s = resolve(p.subject);
    const o = resolve(p.object);
    const hit = (a: Set<string>, b: Set<string>): boolean => [...a].some((x) => b.has(x));
    if (hit(s, subjects) && hit(o, objects)) return true;
    return SYMMETRIC.has(g.predicate) && hit(s, objects) && hit(o, subjects);
  };
  const attributionAgrees = (p: PredictedRelation, g: GoldRelation): boolean => {
    if (g.attributedTo === null) return p.attributedTo === null;
    if (p.attributedTo === null) return false;
    return resolve(p.attributedTo).has(g.attributedTo);
  };
  const goldUsed = new Array<boolean>(goldRels.length).fill(false);
  const predMatch = new Array<number>(predicted.relations.length).fill(-1);
  const passes: ((p: PredictedRelation, g: GoldRelation) => boolean)[] = [
    (p, g) => p.modality === g.modality && attributionAgrees(p, g),
    (p, g) => p.modality === g.modality,
    () => true,
  ];
  for (const pass of passes) {
    predicted.relations.forEach((p, pi) => {
      if (predMatch[pi] !== -1) return;
      const gi = goldRels.findIndex((g, i) => !goldUsed[i] && triple(p, i) && pass(p, g));
      if (gi >= 0) {
        goldUsed[gi] = true;
        predMatch[pi] = gi;
      }
    });
  }

  const view = (p: PredictedRelation): RelationView => ({
    subject: nameOf.get(p.subject) ?? `?${p.subject}`,
    predicate: p.predicate,
    object: nameOf.get(p.object) ?? `?${p.object}`,
    modality: p.modality,
    attributedTo: p.attributedTo === null ? null : (nameOf.get(p.attributedTo) ?? p.attributedTo),
  });
  const goldView = (g: GoldRelation): RelationView => ({
    subject: g.subject,
    predicate: g.predicate,
    object: g.object,
    modality: g.modality,
    attributedTo: g.attributedTo,
  });
  const matchedRelations: MatchedRelation[] = [];
  const falsePositiveRelations: RelationView[] = [];
  predicted.relations.forEach((p, pi) => {
    const gi = predMatch[pi] ?? -1;
    if (gi < 0) {
      falsePositiveRelations.push(view(p));
      return;
    }
    const g = goldRels[gi]!;
    matchedRelations.push({
      gold: goldView(g),
      predicted: view(p),
      modalityAgrees: p.modality === g.modality,
      attributionAgrees: attributionAgrees(p, g),
    });
  });
  const falseNegativeRelations = goldRels.filter((_, i) => !goldUsed[i]).map(goldView);

  return {
    article: gold.article,
    entities: prf({
      tp: entityMatches.length,
      fp: falsePositiveEntities.length,
      fn: falseNegativeEntities.length,
    }),
    relations: prf({
      tp: matchedRelations.length,
      fp: falsePositiveRelations.length,
      fn: falseNegativeRelations.length,
    }),
    modality: {
      matched: matchedRelations.length,
      agree: matchedRelations.filter((m) => m.modalityAgrees).length,
    },
    attribution: {
      matched: matchedRelations.length,
      agree: matchedRelations.filter((m) => m.attributionAgrees).length,
    },
    entityMatches,
    falsePositiveEntities,
    falseNegativeEntities,
    matchedRelations,
    falsePositiveRelations,
    falseNegativeRelations,
  };
}

/** Gold `G GOVERNMENT_OF C` makes G and C interchangeable parties in relation matching. */
function stateEquivalents(gold: GoldFile): Map<string, Set<string>> {
  const eq = new Map<string, Set<string>>();
  const link = (a: string, b: string): void => {
    if (!eq.has(a)) eq.set(a, new Set());
    eq.get(a)!.add(b);
  };
  for (const r of gold.relations) {
    if (r.predicate === 'GOVERNMENT_OF' && r.modality === 'asserted') {
      link(r.subject, r.object);
      link(r.object, r.subject);
    }
  }
  return eq;
}

export interface OverallScore {
  articles: number;
  entities: Prf;
  relations: Prf;
  modality: { matched: number; agree: number };
  attribution: { matched: number; agree: number };
}

/** Micro average: counts summed over articles, then P/R/F1. */
export function microAverage(scores: readonly ArticleScore[]): OverallScore {
  const zero: Counts = { tp: 0, fp: 0, fn: 0 };
  const sum = (pick: (s: ArticleScore) => Counts): Counts =>
    scores.reduce((acc, s) => addCounts(acc, pick(s)), zero);
  return {
    articles: scores.length,
    entities: prf(sum((s) => s.entities)),
    relations: prf(sum((s) => s.relations)),
    modality: {
      matched: scores.reduce((a, s) => a + s.modality.matched, 0),
      agree: scores.reduce((a, s) => a + s.modality.agree, 0),
    },
    attribution: {
      matched: scores.reduce((a, s) => a + s.attribution.matched, 0),
      agree: scores.reduce((a, s) => a + s.attribution.agree, 0),
    },
  };
}

/** True positives, false positives and false negatives per predicate, over all articles. */
export function byPredicate(scores: readonly ArticleScore[]): Map<string, Prf> {
  const counts = new Map<string, Counts>();
  const bump = (predicate: string, key: keyof Counts): void => {
    const c = counts.get(predicate) ?? { tp: 0, fp: 0, fn: 0 };
    c[key]++;
    counts.set(predicate, c);
  };
  for (const s of scores) {
    for (const m of s.matchedRelations) bump(m.gold.predicate, 'tp');
    for (const r of s.falsePositiveRelations) bump(r.predicate, 'fp');
    for (const r of s.falseNegativeRelations) bump(r.predicate, 'fn');
  }
  return new Map(
    [...counts.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([k, c]) => [k, prf(c)]),
  );
}
