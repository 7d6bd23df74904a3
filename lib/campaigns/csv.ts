/**
 * The campaign file: a CSV with a header line, columns `name`, `code` (optional) and `url`, and
 * any other columns, which are kept. A file is checked whole: the first problem is reported with
 * its line and column, in plain words, and nothing is imported.
 */
import Papa from 'papaparse';
import type { CampaignOrganisation } from '../db/schema.ts';
import { siteKeyOf } from '../site.ts';

/** A campaign file that cannot be imported; its message names the line and column. */
export class CampaignFileError extends Error {
  override name = 'CampaignFileError';
}

const REQUIRED = ['name', 'url'] as const;
const KNOWN = ['name', 'code', 'url'] as const;
/** A list far longer than any body of the NHS has: a sign of the wrong file. */
export const MAX_ORGANISATIONS = 50_000;

function fail(message: string): never {
  throw new CampaignFileError(`${message} Nothing was imported.`);
}

/** A website's address as listed: http(s), or a bare host (`www.example.nhs.uk`) taken as https. */
function webAddress(text: string): URL | undefined {
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`;
  try {
    const url = new URL(withScheme);
    return /^https?:$/.test(url.protocol) && url.hostname.includes('.') ? url : undefined;
  } catch {
    return undefined;
  }
}

/** The organisations of a campaign CSV, in order; throws CampaignFileError. */
export function parseCampaignCsv(csv: string): CampaignOrganisation[] {
  const text = csv.replace(/^\uFEFF/, '');
  if (!text.trim()) fail('The file is empty: a campaign needs a header line (name, code, url).');
  // Each row with the line it starts on (a quoted value may span lines).
  const rows: { cells: string[]; line: number }[] = [];
  let line = 1;
  let consumed = 0;
  let quoteError: number | undefined;
  Papa.parse<string[]>(text, {
    header: false,
    step(result) {
      const end = result.meta.cursor;
      const raw = text.slice(consumed, end);
      // Skip the line break that ended the previous row.
      const lead = /^(\r\n|\n|\r)/.exec(raw)?.[0].length ?? 0;
      const rowLine = line + (lead ? 1 : 0);
      if (result.errors.some((error) => error.type === 'Quotes')) quoteError ??= rowLine;
      rows.push({ cells: result.data, line: rowLine });
      line += raw.split(/\r\n|\n|\r/).length - 1;
      consumed = end;
    },
  });
  if (quoteError !== undefined)
    fail(`Line ${quoteError}: a value opens a quotation mark (") that is never closed.`);
  const nonEmpty = rows.filter((row) => row.cells.some((cell) => cell.trim() !== ''));
  const [header, ...body] = nonEmpty;
  if (!header) fail('The file is empty: a campaign needs a header line (name, code, url).');
  const names = header.cells.map((cell) => cell.trim());
  const lower = names.map((name) => name.toLowerCase());
  for (const [index, name] of lower.entries()) {
    if (name === '') fail(`Line ${header.line}, column ${index + 1}: the header has no name here.`);
    if (lower.indexOf(name) !== index)
      fail(`Line ${header.line}: the column "${names[index]}" appears twice in the header.`);
  }
  for (const required of REQUIRED)
    if (!lower.includes(required))
      fail(
        `Line ${header.line} (the header) has no "${required}" column: a campaign needs the columns name and url (code is optional; other columns are kept).`,
      );
  if (body.length === 0) fail('The file has a header line but no organisations.');
  if (body.length > MAX_ORGANISATIONS)
    fail(
      `The file lists ${body.length} organisations; a campaign holds at most ${MAX_ORGANISATIONS}.`,
    );
  const at = (name: (typeof KNOWN)[number]) => lower.indexOf(name);
  const codes = new Map<string, number>();
  return body.map(({ cells, line: rowLine }) => {
    if (cells.length !== names.length)
      fail(
        `Line ${rowLine} has ${cells.length} ${cells.length === 1 ? 'value' : 'values'} where the header has ${names.length} columns (a comma inside a value needs quotation marks around the value).`,
      );
    const cell = (index: number) => (index < 0 ? '' : (cells[index] ?? '').trim());
    const name = cell(at('name'));
    if (!name)
      fail(`Line ${rowLine}, column "${names[at('name')]}": the organisation has no name.`);
    const code = cell(at('code'));
    if (code) {
      const earlier = codes.get(code.toLowerCase());
      if (earlier !== undefined)
        fail(
          `Line ${rowLine}, column "${names[at('code')]}": the code "${code}" is already on line ${earlier}.`,
        );
      codes.set(code.toLowerCase(), rowLine);
    }
    const listed = cell(at('url'));
    let url = '';
    let site: string | null = null;
    if (listed) {
      const address = webAddress(listed);
      if (!address)
        fail(
          `Line ${rowLine}, column "${names[at('url')]}": "${listed.slice(0, 80)}" is not a website address (such as https://www.example.nhs.uk/).`,
        );
      url = address.href;
      site = siteKeyOf(url);
    }
    const extra: Record<string, string> = {};
    for (const [index, header] of names.entries())
      if (!(KNOWN as readonly string[]).includes(lower[index]!)) extra[header] = cells[index] ?? '';
    return { name, code, url, site, extra };
  });
}
