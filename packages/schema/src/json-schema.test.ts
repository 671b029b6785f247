import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { JSON_SCHEMA_PATH, renderJsonSchema } from '../scripts/generate-json-schema';

describe('committed JSON Schema', () => {
  it('matches the zod contract (run `pnpm schema:generate` if this fails)', () => {
    expect(readFileSync(JSON_SCHEMA_PATH, 'utf8')).toBe(renderJsonSchema());
  });

  it('lists the ontology in the schema outside tools read', () => {
    const schema = JSON.parse(renderJsonSchema());
    const relation = schema.properties.relations.items.properties;
    expect(relation.predicate.enum).toContain('INVOKED');
    expect(relation.modality.enum).toEqual(['asserted', 'claimed', 'alleged', 'denied']);
  });
});
