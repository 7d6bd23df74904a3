/**
 * The crawl's result file, `nhs-site-audit/site-result` version 1: one organisation's site
 * crawled and scanned by `nhs-site-audit crawl`, read back by the same command (`--resume`,
 * `merge`) and by the dashboard's "Import crawl results" (issue 12). The one definition of the
 * format: its types and its checks (valibot), with errors in plain words that name the file and
 * the field. docs/site-result.schema.json describes it for other tools; a change here changes
 * both, and `RESULT_FORMAT_VERSION` when a field changes meaning or goes.
 */
import * as v from 'valibot';
import type { ItemId } from '../assessment.ts';
import { isCatalogueId } from '../checklists/checklist.ts';
import { currentIndicatorId, INDICATOR_RENAMES } from '../indicator-renames.ts';
import { SCAN_STATUSES } from '../indicators/types.ts';
import type { SiteFinding } from '../scan/merge.ts';
import type { PageResult } from '../scan/scan-page.ts';
import { siteKeyOf } from '../site.ts';
import { BACKUP_FORMAT, emailField, evidence, timestamp } from './backup-file.ts';
import { CUSTOM_ID } from './checklist-file.ts';

export const RESULT_FORMAT = 'nhs-site-audit/site-result';
export const RESULT_FORMAT_VERSION = 1;
/**
 * A result file larger than this is refused unread. A page's scan takes about 17 kB, so the
 * default 25 pages make under 0.5 MB and 1,000 pages about 17 MB: a larger file is not a result.
 */
export const MAX_RESULT_FILE_BYTES = 32 * 1024 * 1024;

/** The organisation crawled: its row of the campaign file. */
export interface CrawledOrganisation {
  name: string;
  code: string;
  url: string;
  /** The campaign file's other columns, by their header. */
  extra: Record<string, string>;
}

export interface ScannedPage extends PageResult {
  scannedAt: string;
}

export interface SiteResult {
  format: typeof RESULT_FORMAT;
  formatVersion: typeof RESULT_FORMAT_VERSION;
  tool: { name: string; version: string };
  /** The campaign the organisation belongs to: the campaign file's name, or as given. */
  campaign: string;
  organisation: CrawledOrganisation;
  /** The site key (host without `www.`) of the organisation's URL; null if the URL is bad. */
  site: string | null;
  /** Where the crawl started, after redirects from the organisation's URL. */
  startUrl: string;
  /** `done`: crawled (some pages may have failed); `failed`: the site could not be crawled. */
  status: 'done' | 'failed';
  error?: string | undefined;
  startedAt: string;
  finishedAt: string;
  settings: {
    maxPages: number;
    pauseMs: number;
    timeoutMs: number;
    maxBytes: number;
    userAgent: string;
  };
  /**
   * The checklist the pages were scanned with (the catalogue unless `--checklist` gave one): its
   * items in order, the auditors' own indicators among them.
   */
  checklist: {
    id: string;
    name?: string | undefined;
    version?: number | undefined;
    indicators: ItemId[];
  };
  pages: ScannedPage[];
  /** Pages that could not be read, and why. */
  failures: { url: string; error: string }[];
  /** The pages' findings merged for the site, as the extension merges them. */
  findings: SiteFinding[];
}

/** A file that is not a result this version can read; the message names the file and field. */
export class SiteResultFileError extends Error {
  override name = 'SiteResultFileError';
}

const text = v.string();
const number = v.number();
const list = <T extends v.GenericSchema>(item: T) => v.array(item);
// Fields added later by a newer version of the command (new optional fields keep the format's
// version) are dropped, not refused: v.object, not v.strictObject.
/** A catalogue indicator (a renamed one read as its new id) or an auditor's own (`custom-…`). */
const indicator = v.pipe(
  v.string('should be text'),
  v.transform((id) => currentIndicatorId(id, INDICATOR_RENAMES) as string),
  v.check(
    (id) => isCatalogueId(id) || CUSTOM_ID.test(id),
    "should be an indicator of this version's catalogue or an own indicator (custom-…) (the file may come from a newer version of nhs-site-audit)",
  ),
  v.transform((id) => id as ItemId),
);
const status = v.picklist([...SCAN_STATUSES], `should be one of ${SCAN_STATUSES.join(', ')}`);
const pageEvidence = v.object(evidence.entries);
const siteEvidence = v.object({ ...evidence.entries, pages: list(text) });

/** The checks of a result file (exported for the test that holds docs/site-result.schema.json to it). */
export const siteResultSchema = v.object({
  format: v.literal(RESULT_FORMAT),
  formatVersion: v.literal(RESULT_FORMAT_VERSION),
  tool: v.object({ name: text, version: text }),
  campaign: text,
  organisation: v.object({
    name: text,
    code: text,
    url: text,
    extra: v.record(v.string(), v.string()),
  }),
  site: v.nullable(text),
  startUrl: text,
  status: v.picklist(['done', 'failed'], 'should be done or failed'),
  error: v.optional(text),
  startedAt: timestamp,
  finishedAt: timestamp,
  settings: v.object({
    maxPages: v.pipe(number, v.integer(), v.minValue(1)),
    pauseMs: number,
    timeoutMs: number,
    maxBytes: number,
    userAgent: text,
  }),
  checklist: v.object({
    id: text,
    name: v.optional(text),
    version: v.optional(v.pipe(number, v.integer(), v.minValue(1))),
    indicators: list(indicator),
  }),
  pages: list(
    v.object({
      url: text,
      title: text,
      scannedAt: timestamp,
      findings: list(v.object({ indicator, status, evidence: list(pageEvidence) })),
      emailFields: list(v.object(emailField.entries)),
    }),
  ),
  failures: list(v.object({ url: text, error: text })),
  findings: list(v.object({ indicator, status, evidence: list(siteEvidence) })),
});

/** `pages.3.title` as a reader writes it: `pages[3].title`. */
function fieldPath(issue: v.BaseIssue<unknown>): string {
  return (v.getDotPath(issue) ?? 'the file').replace(/\.(\d+)(?=\.|$)/g, '[$1]');
}

const KINDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object (fields in braces)',
  record: 'an object (fields in braces)',
  literal: '',
};

/** valibot's names of what it found, in words. */
const RECEIVED: Record<string, string> = { Object: 'an object', Array: 'a list', null: 'null' };

/** One problem in plain words: the field, what it should be, what it is. */
function describeIssue(issue: v.BaseIssue<unknown>): string {
  const path = fieldPath(issue);
  if (issue.received === 'undefined') return `${path} is missing`;
  // valibot's own messages start "Invalid …"; the ones written above say what is expected.
  const expected = issue.message.startsWith('Invalid ')
    ? issue.kind === 'validation'
      ? issue.message.replace(/^Invalid \w+: /, '').toLowerCase()
      : `should be ${KINDS[issue.type] || issue.expected}`
    : issue.message.startsWith('should')
      ? issue.message
      : `should be ${issue.message}`;
  const received = RECEIVED[issue.received] ?? issue.received;
  const found = received.length > 60 ? `${received.slice(0, 57)}…` : received;
  return `${path} ${expected} (it is ${found})`;
}

/** Refuses a file too large to be a result before it is read. */
export function checkResultFileSize(
  fileName: string,
  bytes: number,
  maxBytes = MAX_RESULT_FILE_BYTES,
): void {
  const mb = (n: number) => Math.round(n / 1024 / 1024);
  if (bytes > maxBytes)
    throw new SiteResultFileError(
      `${fileName}: the file is ${mb(bytes)} MB; a crawl result is at most ${mb(maxBytes)} MB (about ${Math.max(Math.round((maxBytes / MAX_RESULT_FILE_BYTES) * 2000), 1).toLocaleString('en-GB')} pages), so this is not one.`,
    );
}

/** What a file that is not JSON looks like it is, for the message. */
function notJson(fileName: string, content: string): string {
  const firstLine = content.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  if (/\.csv$/i.test(fileName) || (/,/.test(firstLine) && /\burl\b/i.test(firstLine)))
    return `${fileName}: this is a CSV file (a campaign list or the crawl's summary.csv?), not a crawl result. Crawl results are the .json files in the sites folder of the crawl's output; a campaign list is added with "Import a campaign".`;
  if (content.trimStart().startsWith('{'))
    return `${fileName}: the JSON is not complete (the file is cut short or damaged: was the crawl still writing it?).`;
  return `${fileName}: this is not a crawl result (not JSON).`;
}

/** The pages of a crawl are all on the site it started on (a crawl keeps to one site). */
function offSitePages(result: SiteResult): string[] {
  if (result.status !== 'done' && result.pages.length === 0) return [];
  let site: string;
  try {
    site = siteKeyOf(result.startUrl);
    if (!/^https?:/.test(result.startUrl)) throw new Error('not http');
  } catch {
    return [`startUrl should be a web address (it is "${result.startUrl.slice(0, 60)}")`];
  }
  const problems: string[] = [];
  for (const [index, page] of result.pages.entries()) {
    let pageSite: string | undefined;
    try {
      pageSite = /^https?:/.test(page.url) ? siteKeyOf(page.url) : undefined;
    } catch {
      pageSite = undefined;
    }
    if (pageSite !== site)
      problems.push(
        `pages[${index}].url should be a page of ${site}, where the crawl started (it is "${page.url.slice(0, 60)}")`,
      );
  }
  return problems;
}

/**
 * Reads and checks one result file whole; throws SiteResultFileError naming the file and up to
 * three problems with their fields' paths.
 */
export function parseSiteResult(
  content: string,
  fileName: string,
  /** The dashboard's limit; the command reads its own files whatever their size. */
  maxBytes = MAX_RESULT_FILE_BYTES,
): SiteResult {
  checkResultFileSize(fileName, content.length, maxBytes);
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch {
    throw new SiteResultFileError(notJson(fileName, content));
  }
  const head = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
  if (head.format === BACKUP_FORMAT)
    throw new SiteResultFileError(
      `${fileName}: this is a backup of the extension, not a crawl result: restore it with "Restore from backup".`,
    );
  if (head.format !== RESULT_FORMAT)
    throw new SiteResultFileError(
      `${fileName}: this is not a crawl result of nhs-site-audit (its "format" should be "${RESULT_FORMAT}").`,
    );
  if (head.formatVersion !== RESULT_FORMAT_VERSION)
    throw new SiteResultFileError(
      typeof head.formatVersion === 'number' && head.formatVersion > RESULT_FORMAT_VERSION
        ? `${fileName}: this result was written by a newer nhs-site-audit (format version ${head.formatVersion}; this extension reads version ${RESULT_FORMAT_VERSION}): update the extension.`
        : `${fileName}: formatVersion should be ${RESULT_FORMAT_VERSION} (it is ${JSON.stringify(head.formatVersion) ?? 'missing'}).`,
    );
  const checked = v.safeParse(siteResultSchema, data);
  const problems = checked.success
    ? offSitePages(checked.output as SiteResult)
    : checked.issues.map(describeIssue);
  if (problems.length > 0)
    throw new SiteResultFileError(
      `${fileName}: ${problems.slice(0, 3).join('; ')}${problems.length > 3 ? ` (and ${problems.length - 3} more ${problems.length === 4 ? 'problem' : 'problems'})` : ''}.`,
    );
  return (checked as v.SafeParseResult<typeof siteResultSchema> & { success: true })
    .output satisfies SiteResult;
}
