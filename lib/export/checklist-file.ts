/**
 * A checklist as a small JSON file to share (issue 9), and its checks: the one valibot schema of
 * a checklist, used for the shared file, the backup and the JSON Schema in docs/. A file is
 * read whole and checked before anything is stored; every bound (CUSTOM_LIMITS) is enforced.
 */
import * as v from 'valibot';
import {
  CUSTOM_ID_PREFIX,
  type CustomIndicatorId,
  type ItemId,
  POLARITIES,
} from '../assessment.ts';
import { type Checklist, isCatalogueId } from '../checklists/checklist.ts';
import { currentIndicatorId, INDICATOR_RENAMES } from '../indicator-renames.ts';
import { GROUPS } from '../indicators/types.ts';
import { CUSTOM_LIMITS, DETECTOR_SIGNALS } from '../scan/custom-indicators.ts';
import { ImportError, readJsonFile } from './import-file.ts';
import { describeIssues } from './plain-issues.ts';

export const CHECKLIST_FORMAT = 'nhs-site-audit/checklist';
export const CHECKLIST_FORMAT_VERSION = 1;

const ISO_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/;
export const timestampSchema = v.pipe(
  v.string('should be a date and time as text'),
  v.regex(ISO_TIME, 'should be a date and time (ISO 8601, UTC)'),
);

const boundedText = (max: number) =>
  v.pipe(v.string('should be text'), v.maxLength(max, `is longer than ${max} characters`));
const termList = (what: string) =>
  v.pipe(
    v.array(
      v.pipe(
        v.string('should be text'),
        v.maxLength(
          CUSTOM_LIMITS.termChars,
          `is longer than ${CUSTOM_LIMITS.termChars} characters`,
        ),
        v.check(
          (term) => term.replaceAll('*', '').trim().length >= CUSTOM_LIMITS.minTermChars,
          `is shorter than ${CUSTOM_LIMITS.minTermChars} characters`,
        ),
      ),
      'should be a list',
    ),
    v.maxLength(CUSTOM_LIMITS.terms, `has too many ${what} (at most ${CUSTOM_LIMITS.terms})`),
  );

export const CUSTOM_ID = /^custom-[a-z0-9][a-z0-9-]{0,59}$/;
export const customIdSchema = v.pipe(
  v.string('should be text'),
  v.regex(CUSTOM_ID, `should be "${CUSTOM_ID_PREFIX}" then lower-case letters, digits and hyphens`),
  v.transform((id) => id as CustomIndicatorId),
);

export const customIndicatorSchema = v.strictObject({
  id: customIdSchema,
  title: v.pipe(boundedText(120), v.minLength(1, 'is empty')),
  group: v.picklist(GROUPS.map((group) => group.id)),
  polarity: v.picklist(POLARITIES),
  counts: boundedText(1000),
  doesNotCount: boundedText(1000),
  detector: v.strictObject({
    phrases: termList('phrases'),
    keywords: termList('keywords'),
    links: v.pipe(
      termList('link patterns'),
      v.check(
        (patterns) => patterns.every((p) => p.split('*').length - 1 <= CUSTOM_LIMITS.wildcards),
        `has a pattern with more than ${CUSTOM_LIMITS.wildcards} wildcards (*)`,
      ),
    ),
    found: v.array(v.picklist(DETECTOR_SIGNALS)),
  }),
});

/** A catalogue id (or one renamed since, read as its new id) or a custom one. */
export const itemIdSchema = v.pipe(
  v.string('should be text'),
  v.transform((id) => currentIndicatorId(id, INDICATOR_RENAMES) as string),
  v.check(
    (id) => isCatalogueId(id) || CUSTOM_ID.test(id),
    (issue) =>
      `${JSON.stringify(issue.input).slice(0, 60)} is not an indicator of the catalogue nor a custom one`,
  ),
  v.transform((id) => id as ItemId),
);

export const checklistSchema = v.pipe(
  v.strictObject({
    id: v.pipe(boundedText(80), v.minLength(1, 'is empty')),
    name: v.pipe(boundedText(200), v.minLength(1, 'is empty')),
    description: boundedText(2000),
    version: v.pipe(
      v.number('should be a number'),
      v.integer('should be a whole number'),
      v.minValue(1, 'should be 1 or more'),
    ),
    items: v.pipe(
      v.array(itemIdSchema, 'should be a list'),
      v.maxLength(200, 'has more than 200 items'),
    ),
    custom: v.pipe(
      v.array(customIndicatorSchema, 'should be a list'),
      v.maxLength(
        CUSTOM_LIMITS.indicators,
        `has more than ${CUSTOM_LIMITS.indicators} custom indicators`,
      ),
    ),
    history: v.pipe(
      v.array(
        v.strictObject({
          version: v.pipe(v.number('should be a number'), v.integer('should be a whole number')),
          savedAt: timestampSchema,
          changed: v.array(itemIdSchema),
        }),
      ),
      v.maxLength(1000, 'has more than 1000 versions'),
    ),
    createdAt: timestampSchema,
    updatedAt: timestampSchema,
  }),
  v.check(
    (checklist) =>
      checklist.items.every((id) => isCatalogueId(id) || checklist.custom.some((c) => c.id === id)),
    'lists a custom indicator it does not define',
  ),
  v.check(
    (checklist) => new Set(checklist.custom.map((c) => c.id)).size === checklist.custom.length,
    'defines the same custom indicator twice',
  ),
);

// The schema's output is the stored checklist type exactly: a field missing on either side fails here.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _checklistShapeAgrees: Same<v.InferOutput<typeof checklistSchema>, Checklist> = true;
void _checklistShapeAgrees;

export const checklistFileSchema = v.strictObject({
  format: v.literal(CHECKLIST_FORMAT),
  version: v.literal(CHECKLIST_FORMAT_VERSION),
  exportedAt: timestampSchema,
  checklist: checklistSchema,
});

export function checklistToJson(checklist: Checklist, exportedAt: string) {
  const body = {
    format: CHECKLIST_FORMAT,
    version: CHECKLIST_FORMAT_VERSION,
    exportedAt,
    checklist,
  };
  const stem = checklist.name.replace(/[^a-z0-9.-]+/gi, '_').slice(0, 60);
  return {
    filename: `checklist-${stem}-v${checklist.version}.json`,
    mimeType: 'application/json',
    content: `${JSON.stringify(body, null, 2)}\n`,
  };
}

/** Reads and checks a shared checklist file; throws ImportError saying what is wrong and where. */
export function parseChecklistFile(content: string): Checklist {
  const data = readJsonFile(content, 'checklist', CHECKLIST_FORMAT, CHECKLIST_FORMAT_VERSION);
  const result = v.safeParse(checklistFileSchema, data);
  if (!result.success)
    throw new ImportError(
      `This checklist file has problems and was not imported: ${describeIssues(result.issues)}.`,
    );
  return result.output.checklist;
}
