/**
 * Export of an assessment as JSON (versioned wrapper) and CSV (one row per indicator). Evidence
 * is the site's, grouped: an item lists every page it is on (`pages`).
 */
import Papa from 'papaparse';
import type { Assessment } from '../assessment.ts';

export const ASSESSMENT_FORMAT = 'nhs-site-audit/assessment';
export const ASSESSMENT_FORMAT_VERSION = 1;

export interface ExportFile {
  filename: string;
  mimeType: string;
  content: string;
}

function fileStem(assessment: Assessment, exportedAt: string): string {
  const site = assessment.site.replace(/[^a-z0-9.-]+/gi, '_');
  return `audit-${site}-${exportedAt.slice(0, 10)}`;
}

export function assessmentToJson(assessment: Assessment, exportedAt: string): ExportFile {
  const body = {
    format: ASSESSMENT_FORMAT,
    version: ASSESSMENT_FORMAT_VERSION,
    exportedAt,
    site: assessment.site,
    pages: assessment.pages,
    indicators: assessment.items,
    emailFields: assessment.emailFields,
  };
  return {
    filename: `${fileStem(assessment, exportedAt)}.json`,
    mimeType: 'application/json',
    content: `${JSON.stringify(body, null, 2)}\n`,
  };
}

export const CSV_COLUMNS = [
  'site',
  'group',
  'indicator',
  'title',
  'scanner',
  'verdict',
  'verdict_how',
  'verdict_by',
  'verdict_at',
  'note',
  'evidence_count',
  'evidence_url',
  'evidence_snippet',
  'evidence_selector',
  'evidence_href',
  'evidence_page_count',
  'evidence_pages',
] as const;

/**
 * Spreadsheets run cells that start with = + - @ as formulas; a leading apostrophe keeps
 * text from a scanned page or a note from doing that (OWASP's advice for CSV injection).
 */
export function spreadsheetSafe(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** CSV text (RFC 4180, CRLF) with every cell made safe for spreadsheets. */
export function csvText(fields: readonly string[], rows: readonly (readonly string[])[]): string {
  const data = rows.map((row) => row.map(spreadsheetSafe));
  return `${Papa.unparse({ fields: [...fields], data }, { newline: '\r\n' })}\r\n`;
}

export function assessmentToCsv(assessment: Assessment, exportedAt: string): ExportFile {
  const rows = assessment.items.map((item) => {
    const first = item.evidence[0];
    const row: Record<(typeof CSV_COLUMNS)[number], string> = {
      site: assessment.site,
      group: item.group,
      indicator: item.indicator,
      title: item.title,
      scanner: item.scanner,
      verdict: item.verdict ?? '',
      verdict_how: item.verdict ? item.verdictHow : '',
      verdict_by: item.verdict ? item.verdictBy : '',
      verdict_at: item.verdict ? item.verdictAt : '',
      note: item.note,
      evidence_count: String(item.evidence.length),
      evidence_url: first?.url ?? '',
      evidence_snippet: first?.snippet ?? '',
      evidence_selector: first?.selector ?? '',
      evidence_href: first?.href ?? '',
      // The first item is often a header or footer link that is on every page: say which.
      evidence_page_count: first ? String(first.pages.length) : '',
      evidence_pages: first?.pages.join('\n') ?? '',
    };
    return CSV_COLUMNS.map((column) => row[column]);
  });
  return {
    filename: `${fileStem(assessment, exportedAt)}.csv`,
    mimeType: 'text/csv',
    content: csvText([...CSV_COLUMNS], rows),
  };
}

/**
 * Every site in one spreadsheet, for auditors comparing many bodies: one row per site; for each
 * indicator the auditor's verdict, then the scanner's result over the site's pages.
 */
export function sitesToCsv(assessments: readonly Assessment[], exportedAt: string): ExportFile {
  const ids = assessments[0]?.items.map((item) => item.indicator) ?? [];
  const fields = [
    'site',
    'pages_scanned',
    'last_scanned',
    ...ids.flatMap((id) => [id, `${id} (scanner)`]),
  ];
  const rows = assessments.map((assessment) => [
    assessment.site,
    String(assessment.pages.length),
    assessment.pages.reduce((last, page) => (page.scannedAt > last ? page.scannedAt : last), ''),
    ...assessment.items.flatMap((item) => [item.verdict ?? '', item.scanner]),
  ]);
  return {
    filename: `audit-all-sites-${exportedAt.slice(0, 10)}.csv`,
    mimeType: 'text/csv',
    content: csvText(fields, rows),
  };
}
