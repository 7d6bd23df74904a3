/**
 * The JSON Schemas in docs/, made from the valibot schemas that check imported files, so that
 * what other tools are told and what the extension accepts cannot drift apart (a test compares
 * them with the files; `npm run schemas` rewrites them). Checks that JSON Schema cannot say
 * (a custom indicator listed but not defined, renamed ids) are in the descriptions.
 */
import { toJsonSchema } from '@valibot/to-json-schema';
import { assessmentFileSchema } from './assessment-file.ts';
import { checklistFileSchema } from './checklist-file.ts';

const SCHEMAS = {
  'docs/checklist.schema.json': {
    schema: checklistFileSchema,
    title: 'NHS Site Audit shared checklist (nhs-site-audit/checklist, version 1)',
    description:
      'A named, versioned, ordered choice of catalogue indicators (assets/indicators.md) and custom indicators with detectors made of data: phrases, keywords and link-address patterns (plain text, `*` for any characters, at most 3). Every id in `items` is a catalogue id or the id of one of `custom`.',
  },
  'docs/assessment.schema.json': {
    schema: assessmentFileSchema,
    title: 'NHS Site Audit assessment export (nhs-site-audit/assessment, version 2)',
    description:
      'One site or many: every item of each site\'s checklist with the scanner\'s result, the verdict, who gave it and when, the note and the evidence, the contact-form check, and the checklists used (other than the catalogue). For a problem indicator (polarity "problem") the verdict "yes" means the problem is there.',
  },
} as const;

export type SchemaFile = keyof typeof SCHEMAS;
export const SCHEMA_FILES = Object.keys(SCHEMAS) as SchemaFile[];

/** The text of one schema file, as `npm run schemas` writes it. */
export function jsonSchemaText(file: SchemaFile): string {
  const { schema, title, description } = SCHEMAS[file];
  const json = toJsonSchema(schema, { errorMode: 'ignore', typeMode: 'output' });
  return `${JSON.stringify({ ...json, title, description }, null, 2)}\n`;
}
