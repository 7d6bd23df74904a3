/**
 * The first checks of every file the auditor imports (a checklist, another auditor's export, a
 * backup): its size, whether it is JSON at all (a CSV chosen by mistake is said as such, not as
 * "cut short"), and whether it is the kind of file expected, in a version this extension reads.
 * Nothing is written before the whole file passed these and its own schema.
 */

/** A file that cannot be imported; its message is for the auditor. */
export class ImportError extends Error {
  override name = 'ImportError';
}

/** Sizes above which a file is refused before it is read as JSON. */
export const MAX_IMPORT_CHARS = {
  checklist: 1_000_000,
  assessment: 50_000_000,
} as const;

const KIND_WORDS = {
  checklist: 'a checklist',
  assessment: 'an assessment export',
} as const;
export type ImportKind = keyof typeof KIND_WORDS;

/** A CSV's first line: several comma- or semicolon-separated cells, no JSON brace. */
function looksLikeCsv(content: string): boolean {
  const first = content.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  return !/^\s*[{[]/.test(first) && /^[^{}[\]]*[,;][^{}[\]]*$/.test(first);
}

/** Parses `content` as the expected kind of file, up to the JSON, or throws an ImportError. */
export function readJsonFile(
  content: string,
  kind: ImportKind,
  format: string,
  newestVersion: number,
): Record<string, unknown> {
  const what = KIND_WORDS[kind];
  if (content.length > MAX_IMPORT_CHARS[kind])
    throw new ImportError(
      `This file is too large to be ${what} (${Math.round(content.length / 1_000_000)} MB; at most ${MAX_IMPORT_CHARS[kind] / 1_000_000} MB). Nothing was imported.`,
    );
  if (looksLikeCsv(content))
    throw new ImportError(
      `This is a CSV (spreadsheet) file, not ${what}: choose the .json file. Nothing was imported.`,
    );
  let data: unknown;
  try {
    data = JSON.parse(content.replace(/^\uFEFF/, ''));
  } catch {
    throw new ImportError(
      `This file is not ${what}: it is not complete JSON (it may be damaged or cut short). Nothing was imported.`,
    );
  }
  const head = data as { format?: unknown; version?: unknown } | null;
  if (typeof data !== 'object' || data === null || Array.isArray(data) || head?.format !== format)
    throw new ImportError(`This file is not ${what} made by NHS Site Audit. Nothing was imported.`);
  if (typeof head.version === 'number' && head.version > newestVersion)
    throw new ImportError(
      `This file was made by a newer version of the extension (format version ${head.version}); update the extension first. Nothing was imported.`,
    );
  return data as Record<string, unknown>;
}
