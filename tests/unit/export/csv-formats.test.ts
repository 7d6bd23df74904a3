/** The CSVs for analysis (issue 9): one row per site, and the long format. */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CATALOGUE_CHECKLIST } from '../../../lib/checklists/checklist.ts';
import type { VerdictRecord } from '../../../lib/db/schema.ts';
import { buildAssessment } from '../../../lib/export/assessment.ts';
import { CSV_COLUMNS, longCsv, sitesToCsv } from '../../../lib/export/formats.ts';
import { pageResult } from '../support/fixtures.ts';

const at = '2026-11-03T10:00:00.000Z';
const verdict = (
  site: string,
  indicator: VerdictRecord['indicator'],
  value: VerdictRecord['verdict'],
  note = '',
): VerdictRecord => ({
  site,
  indicator,
  verdict: value,
  verdictAt: at,
  note,
  noteAt: note ? at : '',
  scannerSeen: null,
  verdictBy: 'Ann Auditor',
  verdictHow: 'judged',
  addedEvidence: [],
  checklistId: 'catalogue',
  checklistVersion: 1,
});
const checklist = {
  ...CATALOGUE_CHECKLIST,
  id: 'short',
  name: 'Short',
  version: 3,
  items: ['foi' as const, 'contact-form-only' as const],
};
const first = buildAssessment(
  'north.example.org',
  {
    site: undefined,
    pages: [
      {
        ...pageResult('https://north.example.org/', { foi: 'found', 'contact-form-only': 'found' }),
        site: 'north.example.org',
        scannedAt: at,
        emailFields: [
          {
            selector: '#email',
            form: 'Contact us',
            contactForm: true,
            name: 'email',
            type: 'text',
            pattern: '[a-z]+@[a-z]+\\.[a-z]+',
            rejects: [{ address: 'first.last+tag@example.co.uk', reason: 'the pattern' }],
            notes: [],
          },
        ],
      },
    ],
    verdicts: [verdict('north.example.org', 'contact-form-only', 'yes', '@SUM(A1) said the form')],
  },
  checklist,
);
const second = buildAssessment(
  'south.example.org',
  {
    site: undefined,
    pages: [
      {
        ...pageResult('https://south.example.org/', {
          foi: 'not-found',
          'contact-form-only': 'not-found',
        }),
        site: 'south.example.org',
        scannedAt: at,
      },
    ],
    verdicts: [verdict('south.example.org', 'foi', 'partial')],
  },
  checklist,
);

describe('the CSV of sites, one row per site', () => {
  const file = sitesToCsv([first, second], at);
  const parsed = Papa.parse<Record<string, string>>(file.content, {
    header: true,
    skipEmptyLines: true,
  });

  it('is UTF-8 with a byte-order mark and CRLF line ends', () => {
    expect(file.content.startsWith('\uFEFFsite,')).toBe(true);
    expect(file.content.split('\r\n').length).toBeGreaterThan(2);
    expect(file.content.replaceAll('\r\n', '').includes('\n')).toBe(true); // only inside quoted cells
  });

  it('names problem indicators plainly: a column says problem, a value says present or absent', () => {
    expect(parsed.data[0]).toMatchObject({
      site: 'north.example.org',
      checklist: 'Short',
      checklist_version: '3',
      foi: 'yes',
      'foi (scanner)': 'found',
      'foi (verdict)': '',
      'contact-form-only (problem)': 'problem present',
      'contact-form-only (problem) (verdict)': 'problem present',
      'contact-form-only (problem) (by)': 'Ann Auditor',
      'contact-form-only (problem) (at)': at,
    });
    expect(parsed.data[1]).toMatchObject({
      foi: 'partial',
      'foi (verdict)': 'partial',
      'contact-form-only (problem)': 'problem absent',
    });
  });

  it('has the contact-form check and the evidence addresses, with formulas defused', () => {
    expect(parsed.data[0]).toMatchObject({
      email_fields: '1',
      email_fields_refusing_valid_addresses: '1',
      refused_addresses: 'first.last+tag@example.co.uk (https://north.example.org/)',
      'contact-form-only (problem) (note)': "'@SUM(A1) said the form",
    });
    expect(parsed.data[0]?.['foi (evidence)']).toContain('https://north.example.org/');
  });
});

describe('the long CSV, one row per site and item', () => {
  const parsed = Papa.parse<Record<string, string>>(longCsv([first, second], at).content, {
    header: true,
    skipEmptyLines: true,
  });

  it('has a row for each site and item of its checklist, with the fixed columns', () => {
    expect(parsed.meta.fields).toEqual([...CSV_COLUMNS]);
    expect(parsed.data.map((row) => `${row.site} ${row.indicator}`)).toEqual([
      'north.example.org foi',
      'north.example.org contact-form-only',
      'south.example.org foi',
      'south.example.org contact-form-only',
    ]);
    expect(parsed.data[1]).toMatchObject({
      polarity: 'problem',
      final: 'problem present',
      verdict: 'yes',
    });
    expect(parsed.data[3]).toMatchObject({ final: 'problem absent', verdict: '' });
  });
});
