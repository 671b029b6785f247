import { KgDocumentSchema, type KgDocument } from './document';
import { allowsType, isPredicate, type EntityType } from './ontology';

export interface ValidationIssue {
  /** Dotted path into the document, e.g. `relations.3.subject`. */
  path: string;
  message: string;
}

export type ValidationResult =
  { ok: true; document: KgDocument } | { ok: false; issues: ValidationIssue[] };

/** Raised by `assertValidDocument`; `issues` carries every problem found, not just the first. */
export class KgValidationError extends Error {
  constructor(
    readonly issues: ValidationIssue[],
    readonly source = 'KG document',
  ) {
    super(`${source} is invalid: ${formatIssues(issues, 5)}`);
    this.name = 'KgValidationError';
  }
}

export function formatIssues(issues: ValidationIssue[], limit = issues.length): string {
  const shown = issues.slice(0, limit).map((i) => `${i.path || '(root)'}: ${i.message}`);
  const more = issues.length > limit ? ` (+${issues.length - limit} more)` : '';
  return shown.join('; ') + more;
}

/**
 * Validates shape (zod) and then the cross-references zod cannot express:
 * unique ids, ids that resolve, offsets that fit, and subject/object types the
 * predicate allows.
 */
export function validateDocument(input: unknown): ValidationResult {
  const parsed = KgDocumentSchema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.map((i) => ({
        path: i.path.map(String).join('.'),
        message: i.message,
      })),
    };
  }
  const doc = parsed.data as KgDocument;
  const issues: ValidationIssue[] = [];
  const docs = new Map(doc.documents.map((d) => [d.id, d]));
  const types = new Map<string, EntityType>();

  checkUnique(
    doc.documents.map((d) => d.id),
    'documents',
    issues,
  );
  checkUnique(
    doc.entities.map((e) => e.id),
    'entities',
    issues,
  );
  checkUnique(
    doc.relations.map((r) => r.id),
    'relations',
    issues,
  );

  const checkSpan = (
    path: string,
    span: { documentId: string; start: number; end: number; text: string },
  ): void => {
    const article = docs.get(span.documentId);
    if (!article) {
      issues.push({ path: `${path}.documentId`, message: `unknown document "${span.documentId}"` });
      return;
    }
    if (span.end < span.start) {
      issues.push({
        path: `${path}.end`,
        message: `end (${span.end}) is before start (${span.start})`,
      });
      return;
    }
    if (article.text !== undefined) {
      if (span.end > article.text.length) {
        issues.push({
          path: `${path}.end`,
          message: `offset ${span.end} is past the end of the text`,
        });
      } else if (article.text.slice(span.start, span.end) !== span.text) {
        issues.push({
          path: `${path}.text`,
          message: 'does not match the article text at its offsets',
        });
      }
    }
  };

  doc.entities.forEach((entity, i) => {
    types.set(entity.id, entity.type);
    entity.mentions.forEach((m, j) => checkSpan(`entities.${i}.mentions.${j}`, m));
  });

  doc.relations.forEach((rel, i) => {
    const path = `relations.${i}`;
    const subjectType = types.get(rel.subject);
    const objectType = types.get(rel.object);
    if (!subjectType)
      issues.push({ path: `${path}.subject`, message: `unknown entity "${rel.subject}"` });
    if (!objectType)
      issues.push({ path: `${path}.object`, message: `unknown entity "${rel.object}"` });
    if (rel.attributedTo !== null && !types.has(rel.attributedTo)) {
      issues.push({
        path: `${path}.attributedTo`,
        message: `unknown entity "${rel.attributedTo}"`,
      });
    }
    if (isPredicate(rel.predicate)) {
      if (subjectType && !allowsType(rel.predicate, 'subject', subjectType)) {
        issues.push({
          path: `${path}.subject`,
          message: `${subjectType} cannot be the subject of ${rel.predicate}`,
        });
      }
      if (objectType && !allowsType(rel.predicate, 'object', objectType)) {
        issues.push({
          path: `${path}.object`,
          message: `${objectType} cannot be the object of ${rel.predicate}`,
        });
      }
    }
    rel.evidence.forEach((e, j) => checkSpan(`${path}.evidence.${j}`, e));
  });

  return issues.length ? { ok: false, issues } : { ok: true, document: doc };
}

/** Validates and returns the typed document, or throws `KgValidationError`. */
export function assertValidDocument(input: unknown, source?: string): KgDocument {
  const result = validateDocument(input);
  if (!result.ok) throw new KgValidationError(result.issues, source);
  return result.document;
}

function checkUnique(ids: string[], collection: string, issues: ValidationIssue[]): void {
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (seen.has(id))
      issues.push({ path: `${collection}.${i}.id`, message: `duplicate id "${id}"` });
    seen.add(id);
  });
}
