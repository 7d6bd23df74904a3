/**
 * The assessment export, JSON version 2 (issue 9): one site or many, each with every item of
 * its checklist (scanner's result, verdict, who, when, note, evidence), the contact-form check,
 * and the checklists used (custom ones whole, so that their items mean the same elsewhere). It
 * is what another auditor imports to merge (lib/merge/) and what docs/assessment.schema.json
 * describes; the same valibot schema checks an imported one, so export then import gives back
 * the same data.
 */
import * as v from 'valibot';
import {
  type Assessment,
  POLARITIES,
  SCANNER_RESULTS,
  VERDICT_HOWS,
  VERDICTS,
} from '../assessment.ts';
import { CATALOGUE_CHECKLIST_ID, type Checklist } from '../checklists/checklist.ts';
import { GROUPS } from '../indicators/types.ts';
import { REGIONS } from '../scan/facts.ts';
import { checklistSchema, itemIdSchema, timestampSchema } from './checklist-file.ts';
import { ImportError, readJsonFile } from './import-file.ts';
import { describeIssues } from './plain-issues.ts';

export const ASSESSMENT_FORMAT = 'nhs-site-audit/assessment';
export const ASSESSMENT_FORMAT_VERSION = 2;

const text = (max: number) =>
  v.pipe(v.string('should be text'), v.maxLength(max, `is longer than ${max} characters`));
const list = <T extends v.GenericSchema>(item: T, max: number) =>
  v.pipe(v.array(item, 'should be a list'), v.maxLength(max, `has more than ${max} entries`));
const timestampOrNone = v.union(
  [v.literal(''), timestampSchema],
  'should be a date and time, or empty',
);
const URL_CHARS = 4000;

const siteEvidenceSchema = v.strictObject({
  url: text(URL_CHARS),
  snippet: text(2000),
  selector: text(2000),
  href: v.optional(text(URL_CHARS)),
  region: v.optional(v.picklist(REGIONS)),
  why: v.optional(text(500)),
  pages: list(text(URL_CHARS), 10_000),
});

const itemSchema = v.strictObject({
  indicator: itemIdSchema,
  group: v.picklist(GROUPS.map((group) => group.id)),
  title: text(200),
  counts: text(1000),
  doesNotCount: text(1000),
  polarity: v.picklist(POLARITIES),
  custom: v.boolean('should be true or false'),
  scanner: v.picklist(SCANNER_RESULTS),
  verdict: v.nullable(v.picklist(VERDICTS)),
  verdictBy: text(200),
  verdictAt: timestampOrNone,
  verdictHow: v.picklist(VERDICT_HOWS),
  note: text(20_000),
  evidence: list(siteEvidenceSchema, 100),
  addedEvidence: list(
    v.strictObject({
      url: text(URL_CHARS),
      snippet: text(2000),
      addedAt: timestampSchema,
      addedBy: text(200),
    }),
    100,
  ),
  contradiction: v.boolean('should be true or false'),
  changedSinceVerdict: v.boolean('should be true or false'),
});

const emailFieldSchema = v.strictObject({
  url: text(URL_CHARS),
  selector: text(2000),
  form: text(2000),
  contactForm: v.boolean(),
  name: text(500),
  type: text(100),
  pattern: v.optional(text(2000)),
  maxLength: v.optional(v.number()),
  rejects: list(v.strictObject({ address: text(500), reason: text(500) }), 100),
  notes: list(text(1000), 100),
});

export const assessmentSchema = v.strictObject({
  site: text(300),
  checklistId: text(80),
  checklistName: text(200),
  checklistVersion: v.pipe(v.number('should be a number'), v.integer(), v.minValue(1)),
  pages: list(
    v.strictObject({ url: text(URL_CHARS), title: text(1000), scannedAt: timestampSchema }),
    10_000,
  ),
  items: list(itemSchema, 300),
  emailFields: list(emailFieldSchema, 1000),
});

// The schema's output is the assessment type exactly: a field missing on either side fails here.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _assessmentShapeAgrees: Same<v.InferOutput<typeof assessmentSchema>, Assessment> = true;
void _assessmentShapeAgrees;

export const assessmentFileSchema = v.strictObject({
  format: v.literal(ASSESSMENT_FORMAT),
  version: v.literal(ASSESSMENT_FORMAT_VERSION),
  exportedAt: timestampSchema,
  /** Who exported it (the auditor's name in the settings; '' when not set). */
  exportedBy: text(200),
  /** The checklists the assessments use, other than the catalogue. */
  checklists: list(checklistSchema, 100),
  assessments: list(assessmentSchema, 20_000),
});
export type AssessmentFile = v.InferOutput<typeof assessmentFileSchema>;

function fileStem(assessments: readonly Assessment[], exportedAt: string): string {
  const only = assessments.length === 1 ? assessments[0]!.site.replace(/[^a-z0-9.-]+/gi, '_') : '';
  return `audit-${only || 'all-sites'}-${exportedAt.slice(0, 10)}`;
}

export function assessmentsToJson(
  assessments: readonly Assessment[],
  checklists: readonly Checklist[],
  exportedAt: string,
  exportedBy: string,
) {
  const used = new Set(assessments.map((assessment) => assessment.checklistId));
  const body: AssessmentFile = {
    format: ASSESSMENT_FORMAT,
    version: ASSESSMENT_FORMAT_VERSION,
    exportedAt,
    exportedBy,
    // The catalogue is every extension's own: only checklists of the auditors travel.
    checklists: checklists.filter(
      (checklist) => checklist.id !== CATALOGUE_CHECKLIST_ID && used.has(checklist.id),
    ),
    assessments: [...assessments],
  };
  return {
    filename: `${fileStem(assessments, exportedAt)}.json`,
    mimeType: 'application/json',
    content: `${JSON.stringify(body, null, 2)}\n`,
  };
}

/** Reads and checks an assessment export; throws ImportError saying what is wrong and where. */
export function parseAssessmentFile(content: string): AssessmentFile {
  const data = readJsonFile(content, 'assessment', ASSESSMENT_FORMAT, ASSESSMENT_FORMAT_VERSION);
  if (data.version === 1)
    throw new ImportError(
      'This is an assessment export of the first format (before shared checklists): export it again from an up-to-date extension. Nothing was imported.',
    );
  const result = v.safeParse(assessmentFileSchema, data);
  if (!result.success)
    throw new ImportError(
      `This assessment export has problems and was not imported: ${describeIssues(result.issues)}.`,
    );
  return result.output;
}
