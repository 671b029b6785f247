import { z } from 'zod';
import { KgDocumentSchema, SCHEMA_VERSION } from './document';

/** JSON Schema (draft 2020-12) of the contract, for tools outside TypeScript. */
export function kgDocumentJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(KgDocumentSchema, { target: 'draft-2020-12' }),
    $id: `https://news-kg.dev/schema/kg-document-${SCHEMA_VERSION}.json`,
    title: `News KG document, schema version ${SCHEMA_VERSION}`,
  };
}
