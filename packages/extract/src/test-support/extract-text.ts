import type { KgDocument } from '@news-kg/schema';
import { extractDocument } from '../extract-document';

/** Extracts a small English text (with an optional publication date) for rule tests. */
export function extractText(text: string, date = '2025-03-21'): KgDocument {
  return extractDocument({
    content: text,
    format: 'text',
    origin: 'test.txt',
    overrides: { date, title: 'Test article' },
  });
}

/** Relations as readable lines: "Subject PREDICATE Object [modality by Speaker]". */
export function relationLines(doc: KgDocument): string[] {
  const name = new Map(doc.entities.map((e) => [e.id, e.name]));
  return doc.relations.map((r) => {
    const stance =
      r.modality === 'asserted'
        ? ''
        : ` [${r.modality}${r.attributedTo ? ` by ${name.get(r.attributedTo)}` : ''}]`;
    return `${name.get(r.subject)} ${r.predicate} ${name.get(r.object)}${stance}`;
  });
}

export function entityOf(
  doc: KgDocument,
  name: string,
): KgDocument['entities'][number] | undefined {
  return doc.entities.find((e) => e.name === name);
}
