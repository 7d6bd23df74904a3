/** The crawl's result file read back: a good file whole, and bad files refused in plain words. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  checkResultFileSize,
  MAX_RESULT_FILE_BYTES,
  parseSiteResult,
  RESULT_FORMAT,
  RESULT_FORMAT_VERSION,
  SiteResultFileError,
  siteResultSchema,
} from '../../../lib/export/site-result-file.ts';
import { SCAN_STATUSES } from '../../../lib/indicators/types.ts';
import { REGIONS } from '../../../lib/scan/facts.ts';
import { resultJson, siteResult } from '../support/site-result.ts';

const good = siteResult({
  pages: [
    ['/', { foi: 'found', pals: 'not-found' }],
    ['/contact-us/', { pals: 'needs-review' }],
  ],
});

/** The message a bad file is refused with. */
function refusal(content: string, name = 'N1.json'): string {
  try {
    parseSiteResult(content, name);
  } catch (error) {
    expect(error).toBeInstanceOf(SiteResultFileError);
    return (error as Error).message;
  }
  throw new Error('the file was accepted');
}

/** The good file with one change made to its parsed JSON. */
// biome-ignore lint/suspicious/noExplicitAny: the changes put wrong types into the file on purpose.
function changed(change: (file: Record<string, any>) => void): string {
  const file = JSON.parse(resultJson(good));
  change(file);
  return JSON.stringify(file);
}

describe('a crawl result file', () => {
  it('is read whole when good', () => {
    expect(parseSiteResult(resultJson(good), 'N1.json')).toEqual(good);
  });

  it('keeps its meaning when a newer command adds a field: the field is dropped', () => {
    const result = parseSiteResult(
      changed((file) => {
        file.robots = { crawlDelay: 2 };
        file.pages[0].language = 'en-GB';
      }),
      'N1.json',
    );
    expect(result).toEqual(good);
  });

  it('refuses a truncated file', () => {
    const text = resultJson(good);
    expect(refusal(text.slice(0, text.length / 2))).toBe(
      'N1.json: the JSON is not complete (the file is cut short or damaged: was the crawl still writing it?).',
    );
  });

  it('refuses a newer format version, and a version that is not one', () => {
    expect(refusal(changed((file) => (file.formatVersion = 2)))).toBe(
      'N1.json: this result was written by a newer nhs-site-audit (format version 2; this extension reads version 1): update the extension.',
    );
    expect(refusal(changed((file) => (file.formatVersion = '1')))).toBe(
      'N1.json: formatVersion should be 1 (it is "1").',
    );
  });

  it('refuses wrong types, naming the file and each field by its path', () => {
    const message = refusal(
      changed((file) => {
        file.pages[1].title = 42;
        file.organisation.extra = 'North';
        delete file.organisation.name;
        file.startedAt = 'last night';
      }),
      'sites/N1.json',
    );
    expect(message).toMatch(/^sites\/N1\.json: /);
    expect(message).toContain('organisation.name is missing');
    expect(message).toContain(
      'startedAt should be a date and time (ISO 8601, UTC) (it is "last night")',
    );
    expect(message).toContain('(and 1 more problem)');
    expect(message).toContain(
      'organisation.extra should be an object (fields in braces) (it is "North")',
    );
    expect(refusal(changed((file) => (file.pages[1].title = 42)))).toBe(
      'N1.json: pages[1].title should be text (it is 42).',
    );
    expect(refusal(changed((file) => (file.pages = {})))).toBe(
      'N1.json: pages should be a list (it is an object).',
    );
    expect(refusal(changed((file) => (file.pages[0].findings[0].status = 'maybe')))).toBe(
      'N1.json: pages[0].findings[0].status should be one of found, needs-review, not-found (it is "maybe").',
    );
  });

  it('refuses a campaign CSV chosen by mistake, and the summary CSV', () => {
    const csv = 'name,code,url\nNorthfold ICB (fictional),N1,https://northfold.example.nhs.uk/\n';
    expect(refusal(csv, 'icbs.csv')).toMatch(
      /^icbs\.csv: this is a CSV file \(a campaign list or the crawl's summary\.csv\?\), not a crawl result\. .*"Import a campaign"\.$/,
    );
    // Named .json but CSV inside: what it is, not its name, decides.
    expect(refusal(csv, 'icbs.json')).toMatch(/^icbs\.json: this is a CSV file/);
  });

  it('refuses a huge file before reading it, and a huge text', () => {
    expect(() => checkResultFileSize('all.json', 400 * 1024 * 1024)).toThrow(
      'all.json: the file is 400 MB; a crawl result is at most 32 MB (about 2,000 pages), so this is not one.',
    );
    expect(() => checkResultFileSize('N1.json', MAX_RESULT_FILE_BYTES)).not.toThrow();
    expect(refusal(' '.repeat(MAX_RESULT_FILE_BYTES + 1))).toMatch(
      /^N1\.json: the file is 32 MB; a crawl result is at most 32 MB/,
    );
    // The dashboard's limit is the default; the command reads its own results whatever their
    // size (--max-pages has no limit).
    const text = resultJson(good);
    expect(() => parseSiteResult(text, 'N1.json', 1000)).toThrow(SiteResultFileError);
    expect(parseSiteResult(text, 'N1.json', Number.POSITIVE_INFINITY)).toEqual(good);
  });

  it('refuses indicator ids this version does not know, in pages, findings and checklist', () => {
    expect(refusal(changed((file) => (file.pages[0].findings[0].indicator = 'shoe-size')))).toBe(
      `N1.json: pages[0].findings[0].indicator should be an indicator of this version's catalogue or an own indicator (custom-…) (the file may come from a newer version of nhs-site-audit) (it is "shoe-size").`,
    );
    expect(refusal(changed((file) => (file.findings[0].indicator = 'shoe-size')))).toContain(
      'findings[0].indicator should be an indicator',
    );
    expect(refusal(changed((file) => file.checklist.indicators.push('shoe-size')))).toContain(
      'checklist.indicators[21] should be an indicator',
    );
  });

  it("takes a checklist's own indicators (a crawl with --checklist), by their custom- ids", () => {
    const text = changed((file) => {
      file.checklist = {
        id: 'cl-1',
        name: 'Ours',
        version: 2,
        indicators: ['foi', 'custom-carers'],
      };
      file.pages[0].findings.push({ indicator: 'custom-carers', status: 'found', evidence: [] });
    });
    expect(parseSiteResult(text, 'N1.json', Number.POSITIVE_INFINITY).checklist).toEqual({
      id: 'cl-1',
      name: 'Ours',
      version: 2,
      indicators: ['foi', 'custom-carers'],
    });
  });

  it('refuses other files: a backup, foreign JSON, plain text', () => {
    expect(refusal('{"format":"nhs-site-audit/backup","version":1}', 'backup.json')).toBe(
      'backup.json: this is a backup of the extension, not a crawl result: restore it with "Restore from backup".',
    );
    expect(refusal('[1, 2, 3]')).toBe(
      'N1.json: this is not a crawl result of nhs-site-audit (its "format" should be "nhs-site-audit/site-result").',
    );
    expect(refusal('hello')).toBe('N1.json: this is not a crawl result (not JSON).');
  });

  it('refuses pages that are not on the crawled site', () => {
    expect(
      refusal(changed((file) => (file.pages[1].url = 'https://elsewhere.example.org/contact/'))),
    ).toBe(
      'N1.json: pages[1].url should be a page of northfold.example.nhs.uk, where the crawl started (it is "https://elsewhere.example.org/contact/").',
    );
    expect(refusal(changed((file) => (file.startUrl = 'ftp://northfold.example.nhs.uk/')))).toBe(
      'N1.json: startUrl should be a web address (it is "ftp://northfold.example.nhs.uk/").',
    );
  });

  it('reads a site that could not be crawled: no pages, its error', () => {
    const failed = siteResult({ url: 'https://gone.example.nhs.uk/', error: 'HTTP 404 Not Found' });
    expect(parseSiteResult(resultJson(failed), 'G1.json')).toMatchObject({
      status: 'failed',
      error: 'HTTP 404 Not Found',
      pages: [],
    });
  });
});

describe('docs/site-result.schema.json', () => {
  const doc = JSON.parse(readFileSync('docs/site-result.schema.json', 'utf8'));
  const optional = (entries: Record<string, { type: string }>) =>
    Object.keys(entries).filter((key) => entries[key]!.type !== 'optional');

  it('describes the fields the checks read, required as they require them', () => {
    const { entries } = siteResultSchema;
    expect(Object.keys(doc.properties).sort()).toEqual(Object.keys(entries).sort());
    expect([...doc.required].sort()).toEqual(optional(entries).sort());
    expect(doc.properties.format.const).toBe(RESULT_FORMAT);
    expect(doc.properties.formatVersion.const).toBe(RESULT_FORMAT_VERSION);
    const page = entries.pages.item.entries;
    expect(Object.keys(doc.properties.pages.items.properties).sort()).toEqual(
      Object.keys(page).sort(),
    );
    const evidence = page.findings.item.entries.evidence.item.entries;
    expect(Object.keys(doc.$defs.evidence.properties).sort()).toEqual(Object.keys(evidence).sort());
    expect([...doc.$defs.evidence.required].sort()).toEqual(optional(evidence).sort());
    expect(doc.$defs.evidence.properties.region.enum).toEqual([...REGIONS]);
    expect(doc.$defs.status.enum).toEqual([...SCAN_STATUSES]);
  });
});
