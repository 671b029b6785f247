import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { KgDocument } from './document';
import { mergeDocuments } from './merge';
import { validateDocument } from './validate';

const sample = (): KgDocument =>
  JSON.parse(readFileSync(new URL('../fixtures/sample.kg.json', import.meta.url), 'utf8'));

describe('mergeDocuments', () => {
  it('merges shared entities and relations and keeps every source', () => {
    const a = sample();
    const b = sample();
    b.documents[0]!.id = 'sample-2';
    for (const e of b.entities) for (const m of e.mentions) m.documentId = 'sample-2';
    for (const r of b.relations) for (const e of r.evidence) e.documentId = 'sample-2';
    b.entities[0]!.aliases = ['Ruiz', 'PM Ruiz'];

    const merged = mergeDocuments([a, b]);
    expect(merged.documents.map((d) => d.id)).toEqual(['sample-1', 'sample-2']);
    expect(merged.entities).toHaveLength(a.entities.length);
    expect(merged.entities[0]!.aliases).toEqual(['Ruiz', 'PM Ruiz']);
    expect(merged.entities[0]!.mentions).toHaveLength(2);
    expect(merged.relations[0]!.evidence.map((e) => e.documentId)).toEqual([
      'sample-1',
      'sample-2',
    ]);
    expect(validateDocument(merged).ok).toBe(true);
  });

  it('is idempotent for the same document', () => {
    const merged = mergeDocuments([sample(), sample()]);
    expect(merged).toEqual(mergeDocuments([sample()]));
  });
});
