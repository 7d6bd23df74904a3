/**
 * The CSV exports (issue 9): for one site, one row per item (the long format, which for many
 * sites is one row per site and item, for pivot tables); for many sites, one row per site with
 * every item's final value, scanner's result, verdict, who, when, note and evidence addresses,
 * and the contact-form check. Problem indicators say "problem present", never a bare "yes".
 * UTF-8 with a byte-order mark and CRLF, so that Excel and LibreOffice open them right; every
 * cell that a spreadsheet would run as a formula is defused. The JSON export is
 * lib/export/assessment-file.ts.
 */
import Papa from 'papaparse';
import {
  type Assessment,
  type AssessmentItem,
  finalVerdict,
  type ItemId,
  verdictWords,
} from '../assessment.ts';

export interface ExportFile {
  filename: string;
  mimeType: string;
  content: string;
}

function fileStem(assessment: Assessment, exportedAt: string): string {
  const site = assessment.site.replace(/[^a-z0-9.-]+/gi, '_');
  return `audit-${site}-${exportedAt.slice(0, 10)}`;
}

export const CSV_COLUMNS = [
  'site',
  'checklist',
  'checklist_version',
  'group',
  'indicator',
  'title',
  'polarity',
  'final',
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
  'evidence_urls',
  'added_evidence',
  'changed_since_verdict',
] as const;

/**
 * Spreadsheets run cells that start with = + - @ as formulas; a leading apostrophe keeps
 * text from a scanned page or a note from doing that (OWASP's advice for CSV injection).
 */
export function spreadsheetSafe(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/**
 * CSV text (RFC 4180, CRLF) with every cell made safe for spreadsheets, after a byte-order mark:
 * without it Excel reads UTF-8 as the system's code page ("Citizensâ€™ panel").
 */
export function csvText(fields: readonly string[], rows: readonly (readonly string[])[]): string {
  const data = rows.map((row) => row.map(spreadsheetSafe));
  return `\uFEFF${Papa.unparse({ fields: [...fields.map(spreadsheetSafe)], data }, { newline: '\r\n' })}\r\n`;
}

/** Every address an item's evidence is on (each once), for a cell. */
function evidenceUrls(item: AssessmentItem): string {
  return [
    ...new Set([
      ...item.evidence.flatMap((evidence) => [evidence.href ?? '', ...evidence.pages]),
      ...item.addedEvidence.map((added) => added.url),
    ]),
  ]
    .filter(Boolean)
    .join('\n');
}

/** The final value in words: the verdict where given, else the scanner's decisive result ('' for neither). */
export function finalWords(item: AssessmentItem): string {
  return verdictWords(item.polarity, finalVerdict(item));
}

function longRow(assessment: Assessment, item: AssessmentItem): string[] {
  const first = item.evidence[0];
  const row: Record<(typeof CSV_COLUMNS)[number], string> = {
    site: assessment.site,
    checklist: assessment.checklistName,
    checklist_version: String(assessment.checklistVersion),
    group: item.group,
    indicator: item.indicator,
    title: item.title,
    polarity: item.polarity,
    final: finalWords(item),
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
    evidence_urls: evidenceUrls(item),
    added_evidence: item.addedEvidence.map((added) => `${added.snippet} (${added.url})`).join('\n'),
    changed_since_verdict: item.changedSinceVerdict ? 'yes' : '',
  };
  return CSV_COLUMNS.map((column) => row[column]);
}

/** The long format: one row per site and item, for pivot tables. */
export function longCsv(assessments: readonly Assessment[], exportedAt: string): ExportFile {
  return {
    filename: `audit-long-${exportedAt.slice(0, 10)}.csv`,
    mimeType: 'text/csv',
    content: csvText(
      [...CSV_COLUMNS],
      assessments.flatMap((assessment) =>
        assessment.items.map((item) => longRow(assessment, item)),
      ),
    ),
  };
}

/** One site's assessment, one row per item (the long format for one site). */
export function assessmentToCsv(assessment: Assessment, exportedAt: string): ExportFile {
  return {
    ...longCsv([assessment], exportedAt),
    filename: `${fileStem(assessment, exportedAt)}.csv`,
  };
}

/** What a column of an item is called: problem indicators say so in the name. */
function itemColumn(id: ItemId, polarity: AssessmentItem['polarity'], what = ''): string {
  const name = polarity === 'problem' ? `${id} (problem)` : id;
  return what ? `${name} (${what})` : name;
}

const ITEM_PARTS = ['scanner', 'verdict', 'by', 'at', 'note', 'evidence'] as const;

/**
 * Sites in one spreadsheet, one row per site: the contact-form check, then for each item of
 * their checklists the final value in words and the scanner's result, the verdict, who, when,
 * the note and the evidence addresses.
 */
export function sitesToCsv(assessments: readonly Assessment[], exportedAt: string): ExportFile {
  const items = new Map<ItemId, AssessmentItem['polarity']>();
  for (const assessment of assessments)
    for (const item of assessment.items)
      if (!items.has(item.indicator)) items.set(item.indicator, item.polarity);
  const fields = [
    'site',
    'checklist',
    'checklist_version',
    'pages_scanned',
    'last_scanned',
    'email_fields',
    'email_fields_refusing_valid_addresses',
    'refused_addresses',
    ...[...items].flatMap(([id, polarity]) => [
      itemColumn(id, polarity),
      ...ITEM_PARTS.map((part) => itemColumn(id, polarity, part)),
    ]),
  ];
  const rows = assessments.map((assessment) => {
    const byId = new Map(assessment.items.map((item) => [item.indicator, item]));
    const refusing = assessment.emailFields.filter((field) => field.rejects.length > 0);
    return [
      assessment.site,
      assessment.checklistName,
      String(assessment.checklistVersion),
      String(assessment.pages.length),
      assessment.pages.reduce((last, page) => (page.scannedAt > last ? page.scannedAt : last), ''),
      String(assessment.emailFields.length),
      String(refusing.length),
      refusing
        .flatMap((field) => field.rejects.map((reject) => `${reject.address} (${field.url})`))
        .join('\n'),
      ...[...items.keys()].flatMap((id) => {
        const item = byId.get(id);
        if (!item) return ['not in checklist', '', '', '', '', '', ''];
        return [
          finalWords(item),
          item.scanner,
          verdictWords(item.polarity, item.verdict),
          item.verdict ? item.verdictBy : '',
          item.verdict ? item.verdictAt : '',
          item.note,
          evidenceUrls(item),
        ];
      }),
    ];
  });
  return {
    filename: `audit-all-sites-${exportedAt.slice(0, 10)}.csv`,
    mimeType: 'text/csv',
    content: csvText(fields, rows),
  };
}
