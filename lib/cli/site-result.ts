/**
 * The result of crawling one organisation's site: one JSON file, made to be imported by the
 * dashboard as the scanner's results of a campaign (pages as page scans, no verdicts). Its format
 * is described for other tools by docs/site-result.schema.json; a change here changes both and
 * `RESULT_FORMAT_VERSION`. Written atomically (a temporary file renamed), so a killed run leaves
 * whole files or none.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { ItemId } from '../assessment.ts';
import { csvText } from '../export/formats.ts';
import type { SiteFinding } from '../scan/merge.ts';
import type { PageResult } from '../scan/scan-page.ts';
import type { Organisation } from './campaign.ts';

export const RESULT_FORMAT = 'nhs-site-audit/site-result';
export const RESULT_FORMAT_VERSION = 1;
/** Result files live in this folder of an output folder, one per organisation. */
export const SITES_FOLDER = 'sites';
export const SUMMARY_FILE = 'summary.csv';

export interface ScannedPage extends PageResult {
  scannedAt: string;
}

export interface SiteResult {
  format: typeof RESULT_FORMAT;
  formatVersion: typeof RESULT_FORMAT_VERSION;
  tool: { name: string; version: string };
  /** The campaign the organisation belongs to: the campaign file's name, or as given. */
  campaign: string;
  organisation: Organisation;
  /** The site key (host without `www.`), as the extension stores sites; null if the URL is bad. */
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
   * items in order; `version` and `name` since issue 9.
   */
  checklist: { id: string; name?: string; version?: number; indicators: ItemId[] };
  pages: ScannedPage[];
  /** Pages that could not be read, and why. */
  failures: { url: string; error: string }[];
  /** The pages' findings merged for the site, as the extension merges them. */
  findings: SiteFinding[];
}

/** Writes a file so that readers see the old content or the new, never a part. */
export async function writeAtomically(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${randomUUID()}.tmp`;
  try {
    await writeFile(temporary, text);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

export async function writeSiteResult(outDir: string, key: string, result: SiteResult) {
  await writeAtomically(
    join(outDir, SITES_FOLDER, `${key}.json`),
    `${JSON.stringify(result, null, 2)}\n`,
  );
}

function isSiteResult(value: unknown): value is SiteResult {
  const result = value as Partial<SiteResult> | null;
  return (
    typeof result === 'object' &&
    result !== null &&
    result.format === RESULT_FORMAT &&
    result.formatVersion === RESULT_FORMAT_VERSION &&
    Array.isArray(result.pages) &&
    Array.isArray(result.findings)
  );
}

export async function readSiteResult(path: string): Promise<SiteResult> {
  const value: unknown = JSON.parse(await readFile(path, 'utf8'));
  if (!isSiteResult(value))
    throw new Error(`not a ${RESULT_FORMAT} file of version ${RESULT_FORMAT_VERSION}`);
  return value;
}

/** The result files of an output folder, by key (the file name without `.json`). */
export async function siteResultFiles(outDir: string): Promise<Map<string, string>> {
  const folder = join(outDir, SITES_FOLDER);
  let names: string[];
  try {
    names = await readdir(folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new Map();
    throw error;
  }
  return new Map(
    names
      .filter((name) => name.endsWith('.json') && !name.endsWith('.partial.json'))
      .sort()
      .map((name) => [name.slice(0, -'.json'.length), join(folder, name)]),
  );
}

/**
 * One row per organisation: its campaign columns (extra ones kept), how its crawl went, and the
 * site's merged result for each indicator of the catalogue.
 */
export function summaryCsv(results: readonly SiteResult[]): string {
  // The checklists' items, in the order first listed (the catalogue for results without one).
  const columns = [...new Set(results.flatMap((result) => result.checklist.indicators))];
  const extraColumns = [
    ...new Set(results.flatMap((result) => Object.keys(result.organisation.extra))),
  ];
  const fields = [
    'name',
    'code',
    'url',
    ...extraColumns,
    'site',
    'status',
    'pages',
    'failed_pages',
    'error',
    'finished_at',
    ...columns,
  ];
  const rows = results.map((result) => {
    const status = new Map(result.findings.map((finding) => [finding.indicator, finding.status]));
    return [
      result.organisation.name,
      result.organisation.code,
      result.organisation.url,
      ...extraColumns.map((column) => result.organisation.extra[column] ?? ''),
      result.site ?? '',
      result.status,
      String(result.pages.length),
      String(result.failures.length),
      result.error ?? '',
      result.finishedAt,
      ...columns.map((id) => status.get(id) ?? 'not-scanned'),
    ];
  });
  return csvText(fields, rows);
}

/** The summary CSV of an output folder, one row per result. */
export async function writeSummary(outDir: string, results: readonly SiteResult[]): Promise<void> {
  await writeAtomically(join(outDir, SUMMARY_FILE), summaryCsv(results));
}

/** Every result file of an output folder, by key; files that cannot be read are reported. */
export async function readResults(
  outDir: string,
  report: (path: string, error: unknown) => void,
): Promise<Map<string, SiteResult>> {
  const results = new Map<string, SiteResult>();
  for (const [key, path] of await siteResultFiles(outDir)) {
    try {
      results.set(key, await readSiteResult(path));
    } catch (error) {
      report(path, error);
    }
  }
  return results;
}
