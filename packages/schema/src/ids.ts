import type { EntityType, Modality, Predicate } from './ontology';

/**
 * Ids are derived from content so that the same entity or relation extracted
 * from two articles gets the same id, and loads and merges can match on it.
 */

// (module-level: tsx rebuilds a \p{…} literal inside a function at every call)
const MARKS = /\p{M}+/gu;
const NOT_LETTERS_OR_DIGITS = /[^\p{L}\p{N}]+/gu;

/** "Luiz Inácio Lula da Silva" → "luiz-inacio-lula-da-silva". */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(NOT_LETTERS_OR_DIGITS, '-')
    .replace(/^-+|-+$/g, '');
}

/** `person:donald-trump`: stable across articles for the same canonical name and type. */
export function entityId(type: EntityType, canonicalName: string): string {
  return `${type.toLowerCase()}:${slugify(canonicalName) || 'unnamed'}`;
}

export interface RelationKey {
  subject: string;
  predicate: Predicate;
  object: string;
  modality: Modality;
  attributedTo: string | null;
}

/**
 * Two statements of the same fact with the same stance share an id, so their
 * evidence merges; a claim and a denial of it stay apart.
 */
export function relationId(key: RelationKey): string {
  const basis = [key.subject, key.predicate, key.object, key.modality, key.attributedTo ?? ''].join(
    '\u0000',
  );
  return `rel:${fnv1a64(basis)}`;
}

// FNV-1a is enough for ids (not security) and runs unchanged in the browser,
// where node:crypto is unavailable.
function fnv1a64(text: string): string {
  let hash = 0xcbf29ce484222325n;
  const prime = 0x100000001b3n;
  const bytes = new TextEncoder().encode(text);
  for (const byte of bytes) {
    hash ^= BigInt(byte);
    hash = (hash * prime) & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, '0');
}
