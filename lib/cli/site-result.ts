/**
 * The result of crawling one organisation's site: one JSON file, made to be imported by the
 * dashboard as the scanner's results of a campaign (pages as page scans, no verdicts). Its format
 * is defined once, in lib/export/site-result-file.ts (types and checks), and described for other
 * tools by docs/site-result.schema.json. Written atomically (a temporary file renamed), so a killed run leaves
 * whole files or none.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { csvText } from '../export/formats.ts';
import { parseSiteResult, type SiteResult } from '../export/site-result-file.ts';

export {
  RESULT_FORMAT,
  RESULT_FORMAT_VERSION,
  type ScannedPage,
  type SiteResult,
} from '../export/site-result-file.ts';
/** Result files live in this folder of an output folder, one per organisation. */
export const SITES_FOLDER = 'sites';
export const SUMMARY_FILE = 'summary.csv';

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

/** Reads and checks a result file (lib/export/site-result-file.ts: the format's one definition). */
export async function readSiteResult(path: string): Promise<SiteResult> {
  return parseSiteResult(await readFile(path, 'utf8'), basename(path), Number.POSITIVE_INFINITY);
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
