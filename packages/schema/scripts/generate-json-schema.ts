// Regenerates the committed JSON Schema from the zod contract: `pnpm schema:generate`.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { kgDocumentJsonSchema } from '../src/json-schema';

export const JSON_SCHEMA_PATH = fileURLToPath(
  new URL('../kg-document.schema.json', import.meta.url),
);

export function renderJsonSchema(): string {
  return `${JSON.stringify(kgDocumentJsonSchema(), null, 2)}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(JSON_SCHEMA_PATH, renderJsonSchema());
  console.log(`wrote ${JSON_SCHEMA_PATH}`);
}
