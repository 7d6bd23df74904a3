/**
 * `npm run scan -- [--format json|csv] <file|folder|url>...`: the extension's scanner over
 * saved pages, folders of them and live URLs. Inputs that cannot be read are reported on
 * stderr and make the exit code non-zero; the others are still scanned.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { type Checklist, customSpecs } from '../checklists/checklist.ts';
import { errorMessage } from '../errors.ts';
import { csvText } from '../export/formats.ts';
import { mergeFindings } from '../scan/merge.ts';
import { type PageResult, scanDocument } from '../scan/scan-page.ts';
import { siteKeyOf } from '../site.ts';
import { findingsOf, readChecklistOption } from './checklist-option.ts';
import { parseHtml } from './dom.ts';
import { type CliIo, EXIT } from './io.ts';
import { looksLikeHtml, parsePageFile } from './pages.ts';
import { USER_AGENT } from './version.ts';

export const USAGE = `Usage: nhs-site-audit scan [--format json|csv] [--checklist FILE] <file|folder|url>...
       npm run --silent scan -- [--format json|csv] [--checklist FILE] <file|folder|url>...
  --checklist FILE  scan with a shared checklist (its items and its own indicators); default: the catalogue
  file    an HTML file (its URL is its <link rel=canonical> when it has one)
  folder  every .html/.htm file inside, recursively
  url     an http(s) page, fetched once
Writes JSON (pages and merged sites) or CSV (one row per page, one column per indicator) to stdout.`;

const FETCH_TIMEOUT_MS = 20_000;

interface Options {
  format: 'json' | 'csv';
  inputs: string[];
  checklistFile?: string;
}

function parseArgs(argv: string[]): Options | string {
  const options: Options = { format: 'json', inputs: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') return USAGE;
    if (arg === '--format' || arg.startsWith('--format=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      if (value !== 'json' && value !== 'csv')
        return `--format must be json or csv, not ${value ?? 'nothing'}.\n\n${USAGE}`;
      options.format = value;
    } else if (arg === '--checklist' || arg.startsWith('--checklist=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      if (!value) return `--checklist needs a file.\n\n${USAGE}`;
      options.checklistFile = value;
    } else if (arg.startsWith('--')) {
      return `Unknown option ${arg}.\n\n${USAGE}`;
    } else {
      options.inputs.push(arg);
    }
  }
  return options.inputs.length > 0 ? options : `Nothing to scan.\n\n${USAGE}`;
}

async function htmlFilesIn(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && /\.html?$/i.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** Scans with the catalogue and the checklist's own indicators, and keeps the checklist's items. */
function scanWith(checklist: Checklist) {
  const custom = customSpecs(checklist);
  return (doc: Document, url: string): PageResult => {
    const result = scanDocument(doc, url, custom);
    return { ...result, findings: findingsOf(result.findings, checklist.items) };
  };
}

async function scanFile(file: string, scan: ReturnType<typeof scanWith>): Promise<PageResult> {
  const html = await readFile(file, 'utf8');
  if (!looksLikeHtml(html)) throw new Error('not an HTML page');
  const { doc, url } = parsePageFile(html, file);
  return scan(doc, url);
}

async function scanUrl(
  url: string,
  io: CliIo,
  scan: ReturnType<typeof scanWith>,
): Promise<PageResult> {
  const response = await io.fetch(url, {
    redirect: 'follow',
    signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
    headers: { accept: 'text/html,application/xhtml+xml', 'user-agent': USER_AGENT },
  });
  if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`.trim());
  const type = response.headers.get('content-type') ?? '';
  const body = await response.text();
  if (!/html/i.test(type) && !looksLikeHtml(body))
    throw new Error(`not an HTML page (${type || 'no content type'})`);
  return scan(parseHtml(body), response.url || url);
}

export async function runScanCommand(argv: string[], io: CliIo): Promise<number> {
  const options = parseArgs(argv);
  if (typeof options === 'string') {
    (options === USAGE ? io.stdout : io.stderr)(`${options}\n`);
    return options === USAGE ? EXIT.ok : EXIT.badUsage;
  }
  let checklist: Checklist;
  try {
    checklist = await readChecklistOption(options.checklistFile);
  } catch (error) {
    io.stderr(`${errorMessage(error)}\n`);
    return EXIT.badUsage;
  }
  const scan = scanWith(checklist);
  const pages: PageResult[] = [];
  let failures = 0;
  const fail = (input: string, error: unknown) => {
    failures++;
    io.stderr(`${input}: ${errorMessage(error)}\n`);
  };
  for (const input of options.inputs) {
    try {
      if (/^https?:\/\//i.test(input)) {
        pages.push(await scanUrl(input, io, scan));
        continue;
      }
      if (/^[a-z][a-z0-9+.-]*:\/\//i.test(input))
        throw new Error('only http(s) URLs, files and folders can be scanned');
      const info = await stat(input);
      const files = info.isDirectory() ? await htmlFilesIn(input) : [input];
      if (info.isDirectory() && files.length === 0)
        throw new Error('no .html files in this folder');
      for (const file of files) {
        try {
          pages.push(await scanFile(file, scan));
        } catch (error) {
          fail(file, error);
        }
      }
    } catch (error) {
      fail(
        input,
        (error as NodeJS.ErrnoException).code === 'ENOENT'
          ? new Error('no such file or folder')
          : error,
      );
    }
  }
  io.stdout(options.format === 'csv' ? toCsv(pages, checklist) : toJson(pages, checklist));
  return failures > 0 ? EXIT.someFailed : EXIT.ok;
}

function toJson(pages: PageResult[], checklist: Checklist): string {
  const bySite = new Map<string, PageResult[]>();
  for (const page of pages) {
    let site: string;
    try {
      site = siteKeyOf(page.url);
    } catch {
      site = page.url;
    }
    bySite.set(site, [...(bySite.get(site) ?? []), page]);
  }
  const sites = [...bySite].map(([site, sitePages]) => ({
    site,
    findings: findingsOf(mergeFindings(sitePages), checklist.items),
  }));
  const used = { id: checklist.id, name: checklist.name, version: checklist.version };
  return `${JSON.stringify({ checklist: used, pages, sites }, null, 2)}\n`;
}

function toCsv(pages: PageResult[], checklist: Checklist): string {
  const fields = ['url', 'title', ...checklist.items];
  const rows = pages.map((page) => {
    const status = new Map(page.findings.map((finding) => [finding.indicator, finding.status]));
    return [page.url, page.title, ...checklist.items.map((id) => status.get(id) ?? 'not-scanned')];
  });
  return csvText(fields, rows);
}
