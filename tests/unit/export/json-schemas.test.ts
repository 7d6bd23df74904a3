/** The JSON Schemas in docs/ are those the import checks make (`npm run schemas` rewrites them). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jsonSchemaText, SCHEMA_FILES } from '../../../lib/export/json-schemas.ts';

describe('the JSON Schemas in docs/', () => {
  it.each(SCHEMA_FILES)('%s is current (run npm run schemas after changing a format)', (file) => {
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(JSON.parse(jsonSchemaText(file)));
  });

  it('says what the checks bound: 40 keywords, ids of the catalogue or custom ones', () => {
    const checklist = JSON.parse(jsonSchemaText('docs/checklist.schema.json'));
    const custom = checklist.properties.checklist.properties.custom.items.properties;
    expect(custom.detector.properties.keywords.maxItems).toBe(40);
    expect(custom.id.pattern).toBe('^custom-[a-z0-9][a-z0-9-]{0,59}$');
  });
});
