/**
 * A site in brief (its summary record): for each indicator the scanner's merged result and the
 * auditor's verdict, how many pages were scanned, and when anything last changed. Derived from
 * the site's page scans and verdicts (and its site record), with the scanner's merge rule (lib/scan/merge.ts), so
 * the dashboard agrees with the site's checklist.
 */

import { CATALOGUE_CHECKLIST_ID } from '../checklists/checklist.ts';
import type {
  IndicatorMarks,
  PageScanRecord,
  SiteRecord,
  SummaryRecord,
  VerdictRecord,
} from '../db/schema.ts';
import { mergeStatuses } from '../scan/merge.ts';

export function summariseSite(
  site: string,
  pages: readonly PageScanRecord[],
  verdicts: readonly VerdictRecord[],
  /** The site's record, where there is one (a restored site may have no page scans). */
  record?: SiteRecord,
): SummaryRecord {
  const marks: IndicatorMarks = { scanner: {}, verdicts: {} };
  for (const [indicator, status] of mergeStatuses(pages)) marks.scanner[indicator] = status;
  let lastChangeAt = record?.lastScannedAt ?? '';
  let lastUrl = record?.lastUrl ?? '';
  for (const page of pages) {
    if (page.scannedAt >= lastChangeAt) lastUrl = page.url;
    if (page.scannedAt > lastChangeAt) lastChangeAt = page.scannedAt;
  }
  for (const record of verdicts) {
    if (record.verdict !== null) marks.verdicts[record.indicator] = record.verdict;
    if (record.verdictAt > lastChangeAt) lastChangeAt = record.verdictAt;
    if (record.noteAt > lastChangeAt) lastChangeAt = record.noteAt;
  }
  const checklistId = record?.checklistId ?? CATALOGUE_CHECKLIST_ID;
  return { site, pages: pages.length, lastUrl, lastChangeAt, checklistId, ...marks };
}
