/**
 * Gold annotation files (`data/gold/<article-stem>.gold.json`): format, zod schema and checks.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import {
  ENTITY_TYPES,
  MODALITIES,
  PREDICATES,
  allowsType,
  type EntityType,
  type Modality,
  type Predicate,
} from '@news-kg/schema';
import { normalizeName } from './normalize';

export const GoldEntitySchema = z.object({
  name: z.string().min(1),
  type: z.enum(ENTITY_TYPES),
  aliases: z.array(z.string().min(1)).default([]),
  note: z.string().optional(),
});

export const GoldRelationSchema = z.object({
  subject: z.string().min(1).describe('Gold entity name.'),
  predicate: z.enum(PREDICATES as [Predicate, ...Predicate[]]),
  object: z.string().min(1).describe('Gold entity name.'),
  modality: z.enum(MODALITIES),
  attributedTo: z.string().min(1).nullable().describe('Gold entity name of the speaker, or null.'),
  /** Other gold entities that are an equally faithful reading of the subject (e.g. a judge and their court). */
  subjectAlternatives: z.array(z.string().min(1)).optional(),
  /** Other gold entities that are an equally faithful reading of the object. */
  objectAlternatives: z.array(z.string().min(1)).optional(),
  note: z.string().optional(),
});

export const GoldFileSchema = z.object({
  article: z.string().min(1).describe('File name of the article in data/articles/.'),
  entities: z.array(GoldEntitySchema),
  relations: z.array(GoldRelationSchema),
});

export type GoldEntity = z.infer<typeof GoldEntitySchema>;
export type GoldRelation = z.infer<typeof GoldRelationSchema>;
export type GoldFile = z.infer<typeof GoldFileSchema>;

export class GoldFormatError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file}: invalid gold file:\n  - ${problems.join('\n  - ')}`);
    this.name = 'GoldFormatError';
  }
}

/**
 * Problems beyond the shape: dangling names, duplicate entities, aliases that
 * make two entities of one type indistinguishable, and relations whose subject
 * or object type the ontology does not allow for the predicate.
 */
export function checkGold(gold: GoldFile): string[] {
  const problems: string[] = [];
  const byName = new Map<string, GoldEntity>();
  for (const e of gold.entities) {
    if (byName.has(e.name)) problems.push(`entity "${e.name}" is listed twice`);
    byName.set(e.name, e);
  }
  const keyOwner = new Map<string, string>();
  for (const e of gold.entities) {
    for (const n of [e.name, ...e.aliases]) {
      const k = `${e.type}\u0000${normalizeName(n)}`;
      const owner = keyOwner.get(k);
      if (owner !== undefined && owner !== e.name) {
        problems.push(
          `alias "${n}" of ${e.type} "${e.name}" also names ${e.type} "${owner}" after normalisation`,
        );
      }
      keyOwner.set(k, e.name);
    }
  }
  const typeOf = (name: string, where: string): EntityType | undefined => {
    const e = byName.get(name);
    if (!e) problems.push(`${where} "${name}" is not a gold entity`);
    return e?.type;
  };
  const seen = new Set<string>();
  gold.relations.forEach((r, i) => {
    const at = `relation ${i} (${r.subject} ${r.predicate} ${r.object})`;
    for (const [role, names] of [
      ['subject', [r.subject, ...(r.subjectAlternatives ?? [])]],
      ['object', [r.object, ...(r.objectAlternatives ?? [])]],
    ] as const) {
      for (const n of names) {
        const t = typeOf(n, `${at}: ${role}`);
        if (t && !allowsType(r.predicate, role, t)) {
          problems.push(`${at}: ${role} "${n}" has type ${t}, which ${r.predicate} does not allow`);
        }
      }
    }
    if (r.attributedTo !== null) typeOf(r.attributedTo, `${at}: attributedTo`);
    if (r.modality === 'asserted' && r.attributedTo !== null) {
      problems.push(`${at}: an asserted relation has no attributedTo (use "claimed")`);
    }
    const key = [r.subject, r.predicate, r.object, r.modality, r.attributedTo ?? ''].join('|');
    if (seen.has(key)) problems.push(`${at}: duplicate relation`);
    seen.add(key);
  });
  return problems;
}

/** Parse, validate and check a gold file; throws GoldFormatError listing every problem. */
export function parseGold(json: unknown, file = '<gold>'): GoldFile {
  const parsed = GoldFileSchema.safeParse(json);
  if (!parsed.success) {
    throw new GoldFormatError(
      file,
      parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`),
    );
  }
  const problems = checkGold(parsed.data);
  if (problems.length > 0) throw new GoldFormatError(file, problems);
  return parsed.data;
}

export function loadGold(path: string): GoldFile {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new GoldFormatError(path, [`not readable JSON: ${(err as Error).message}`]);
  }
  return parseGold(json, path);
}

export type { EntityType, Modality, Predicate };
