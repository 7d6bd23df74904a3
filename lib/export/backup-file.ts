/**
 * The backup file: everything the extension stores, in one versioned JSON file. A file is
 * checked whole before anything is written: a corrupt, truncated or foreign file is refused
 * with a message that says what is wrong.
 */
import * as v from 'valibot';
import { VERDICT_HOWS, VERDICTS } from '../assessment.ts';
import { CATALOGUE_CHECKLIST_ID, CATALOGUE_VERSION } from '../checklists/checklist.ts';
import { checklistFromV4, snapshotWithRenames } from '../db/migrate-v5.ts';
import type { AuditDB, BackupStores, StoreName } from '../db/schema.ts';
import { DB_VERSION, SETTING_KEYS } from '../db/schema.ts';
import { INDICATOR_RENAMES } from '../indicator-renames.ts';
import { SCAN_STATUSES } from '../indicators/types.ts';
import { REGIONS } from '../scan/facts.ts';
import { checklistSchema, itemIdSchema, timestampSchema } from './checklist-file.ts';
import { describeIssues } from './plain-issues.ts';

export const BACKUP_FORMAT = 'nhs-site-audit/backup';
export const BACKUP_VERSION = 1;

export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: string;
  /** The database schema the records follow (an older one's records are upgraded on reading). */
  schemaVersion: number;
  stores: BackupStores;
}

/** Thrown for a file that cannot be restored; its message is for the auditor. */
export class BackupError extends Error {
  override name = 'BackupError';
}

/** Shared with the crawl's result file (lib/export/site-result-file.ts). */
export const timestamp = timestampSchema;
const timestampOrNone = v.union([v.literal(''), timestamp]);
const indicator = itemIdSchema;
const text = v.string();

/** Shared with the crawl's result file (lib/export/site-result-file.ts). */
export const evidence = v.strictObject({
  url: text,
  snippet: text,
  selector: text,
  href: v.optional(text),
  region: v.optional(v.picklist([...REGIONS])),
  why: v.optional(text),
});
export const emailField = v.strictObject({
  selector: text,
  form: text,
  contactForm: v.boolean(),
  name: text,
  type: text,
  pattern: v.optional(text),
  maxLength: v.optional(v.number()),
  rejects: v.array(v.strictObject({ address: text, reason: text })),
  notes: v.array(text),
});

const records = {
  sites: v.strictObject({
    site: text,
    firstSeenAt: timestamp,
    // '' for a site whose checklist was chosen before its first scan.
    lastScannedAt: timestampOrNone,
    lastUrl: text,
    // Absent in backups made before schema version 5: the catalogue.
    checklistId: v.optional(text, CATALOGUE_CHECKLIST_ID),
  }),
  pages: v.strictObject({
    site: text,
    url: text,
    title: text,
    scannedAt: timestamp,
    findings: v.array(
      v.strictObject({
        indicator,
        status: v.picklist([...SCAN_STATUSES]),
        evidence: v.array(evidence),
      }),
    ),
    emailFields: v.array(emailField),
  }),
  verdicts: v.strictObject({
    site: text,
    indicator,
    verdict: v.nullable(v.picklist([...VERDICTS])),
    verdictAt: timestampOrNone,
    note: text,
    noteAt: timestampOrNone,
    // Absent in backups made before schema version 3.
    scannerSeen: v.optional(v.nullable(v.picklist([...SCAN_STATUSES, 'not-scanned'])), null),
    verdictBy: v.optional(text, ''),
    verdictHow: v.optional(v.picklist([...VERDICT_HOWS]), 'judged'),
    addedEvidence: v.optional(
      v.array(v.strictObject({ url: text, snippet: text, addedAt: timestamp, addedBy: text })),
      [],
    ),
    // Absent in backups made before schema version 5: given under the catalogue.
    checklistId: v.optional(text, CATALOGUE_CHECKLIST_ID),
    checklistVersion: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1)), CATALOGUE_VERSION),
  }),
  settings: v.strictObject({
    key: v.picklist([...SETTING_KEYS]),
    value: v.union([v.number(), v.string(), v.boolean()]),
    updatedAt: timestamp,
  }),
  checklists: v.union([
    checklistSchema,
    // A checklist of schema versions 2 to 4: a list of catalogue ids, read as version 1 of itself.
    v.pipe(
      v.strictObject({
        id: text,
        name: text,
        description: text,
        indicators: v.array(indicator),
        createdAt: timestamp,
        updatedAt: timestamp,
      }),
      v.transform((old) => checklistFromV4(old, INDICATOR_RENAMES)),
    ),
  ]),
  campaigns: v.pipe(
    v.strictObject({
      id: text,
      name: text,
      checklistId: v.nullable(text),
      sites: v.array(text),
      // Absent in backups made before schema version 4: one unnamed organisation per site.
      organisations: v.optional(
        v.array(
          v.strictObject({
            name: text,
            code: text,
            url: text,
            site: v.nullable(text),
            extra: v.record(v.string(), v.string()),
          }),
        ),
      ),
      source: v.optional(text, ''),
      createdAt: timestamp,
      updatedAt: timestamp,
    }),
    v.transform((campaign) => ({
      ...campaign,
      organisations:
        campaign.organisations ??
        campaign.sites.map((site) => ({
          name: '',
          code: '',
          url: `https://${site}/`,
          site,
          extra: {},
        })),
    })),
  ),
  snapshots: v.pipe(
    v.strictObject({
      site: text,
      takenAt: timestamp,
      takenBy: text,
      pages: v.pipe(v.number(), v.integer(), v.minValue(0)),
      scanner: v.record(indicator, v.picklist([...SCAN_STATUSES])),
      verdicts: v.record(indicator, v.picklist([...VERDICTS])),
    }),
    v.transform((snapshot) => snapshotWithRenames(snapshot, INDICATOR_RENAMES)),
  ),
} satisfies Record<StoreName, unknown>;

// Each store's checked record is the database's record type exactly (lib/db/schema.ts, the one
// source of the shapes): a field missing, added or typed differently on either side fails here.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _recordsAgree: {
  [S in StoreName]: Same<v.InferOutput<(typeof records)[S]>, AuditDB[S]['value']>;
} = {
  sites: true,
  pages: true,
  verdicts: true,
  settings: true,
  checklists: true,
  campaigns: true,
  snapshots: true,
};
void _recordsAgree;

const backupSchema = v.strictObject({
  format: v.literal(BACKUP_FORMAT),
  version: v.literal(BACKUP_VERSION),
  exportedAt: timestamp,
  schemaVersion: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(DB_VERSION)),
  stores: v.strictObject({
    sites: v.array(records.sites),
    pages: v.array(records.pages),
    verdicts: v.array(records.verdicts),
    settings: v.array(records.settings),
    checklists: v.array(records.checklists),
    campaigns: v.array(records.campaigns),
    // Absent in backups made before schema version 4.
    snapshots: v.optional(v.array(records.snapshots), []),
  }),
});

export function backupToJson(stores: BackupStores, exportedAt: string): string {
  const file: BackupFile = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt,
    schemaVersion: DB_VERSION,
    stores,
  };
  return JSON.stringify(file);
}

export function backupFilename(exportedAt: string): string {
  return `nhs-site-audit-backup-${exportedAt.slice(0, 19).replace(/[:T]/g, '-')}.json`;
}

/** Reads and checks a backup file; throws BackupError saying what is wrong and where. */
export function parseBackupFile(content: string): BackupFile {
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch {
    throw new BackupError(
      /^[^{[\n]*[,;][^\n]*\r?\n/.test(content)
        ? 'This is a CSV (spreadsheet) file, not a backup: choose the .json backup file. Nothing was restored.'
        : 'This file is not a readable backup: it is not complete JSON (it may be damaged or cut short). Nothing was restored.',
    );
  }
  const head = (data ?? {}) as { format?: unknown; version?: unknown; schemaVersion?: unknown };
  if (typeof data !== 'object' || data === null || head.format !== BACKUP_FORMAT) {
    throw new BackupError(
      'This file is not a backup made by NHS Site Audit. Nothing was restored.',
    );
  }
  if (typeof head.version === 'number' && head.version > BACKUP_VERSION) {
    throw new BackupError(
      `This backup was made by a newer version of the extension (backup format ${head.version}); update the extension first. Nothing was restored.`,
    );
  }
  if (typeof head.schemaVersion === 'number' && head.schemaVersion > DB_VERSION) {
    throw new BackupError(
      `This backup holds data of a newer version of the extension (schema ${head.schemaVersion}); update the extension first. Nothing was restored.`,
    );
  }
  const result = v.safeParse(backupSchema, data);
  if (!result.success) {
    throw new BackupError(
      `This backup is damaged and was not restored (nothing was written): ${describeIssues(result.issues)}.`,
    );
  }
  // Records of an older schema were upgraded while read; the file now follows this one.
  const file: BackupFile = { ...result.output, schemaVersion: DB_VERSION };
  return file;
}
