/** `npm run schemas`: writes the JSON Schemas in docs/ from the import checks. */
import { writeFileSync } from 'node:fs';
import { jsonSchemaText, SCHEMA_FILES } from '../export/json-schemas.ts';

for (const file of SCHEMA_FILES) {
  writeFileSync(file, jsonSchemaText(file));
  console.log(`Wrote ${file}`);
}
