import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assertValidDocument, KgValidationError, validateDocument } from './validate';

const sample = (): Record<string, any> =>
  JSON.parse(readFileSync(new URL('../fixtures/sample.kg.json', import.meta.url), 'utf8'));

describe('validateDocument', () => {
  it('accepts the hand-written sample', () => {
    const result = validateDocument(sample());
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.document.relations).toHaveLength(4);
  });

  it('reports shape errors with readable paths', () => {
    const doc = sample();
    doc.relations[1].modality = 'rumoured';
    delete doc.entities[0].name;
    const result = validateDocument(doc);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      const paths = result.issues.map((i) => i.path);
      expect(paths).toContain('relations.1.modality');
      expect(paths).toContain('entities.0.name');
    }
  });

  it('refuses predicates outside the ontology, whatever their shape', () => {
    const doc = sample();
    doc.relations[0].predicate = 'KNOWS`]->() DETACH DELETE n //';
    const result = validateDocument(doc);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]?.path).toBe('relations.0.predicate');
  });

  it('checks cross-references, offsets and predicate types', () => {
    const doc = sample();
    doc.relations[0].subject = 'person:nobody';
    doc.relations[1].object = 'country:freedonia'; // INVOKED needs a Law
    doc.entities[0].mentions[0].start += 1; // text no longer matches
    doc.relations[2].evidence[0].documentId = 'other';
    doc.entities.push({ ...doc.entities[1] }); // duplicate id
    const result = validateDocument(doc);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      const byPath = Object.fromEntries(result.issues.map((i) => [i.path, i.message]));
      expect(byPath['relations.0.subject']).toMatch(/unknown entity/);
      expect(byPath['relations.1.object']).toMatch(/Country cannot be the object of INVOKED/);
      expect(byPath['entities.0.mentions.0.text']).toMatch(/does not match/);
      expect(byPath['relations.2.evidence.0.documentId']).toMatch(/unknown document/);
      expect(byPath['entities.8.id']).toMatch(/duplicate id/);
    }
  });

  it('rejects non-objects and wrong schema versions', () => {
    expect(validateDocument(null).ok).toBe(false);
    expect(validateDocument({ ...sample(), schemaVersion: '2.0' }).ok).toBe(false);
  });

  it('assertValidDocument throws a typed error carrying every issue', () => {
    const doc = sample();
    doc.relations = 'nope';
    doc.entities[0].type = 'Wizard';
    try {
      assertValidDocument(doc, 'bad.json');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(KgValidationError);
      expect((error as KgValidationError).issues.length).toBeGreaterThanOrEqual(2);
      expect((error as Error).message).toMatch(/^bad\.json is invalid: /);
    }
  });
});
