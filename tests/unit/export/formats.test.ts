import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { buildAssessment } from '../../../lib/export/assessment.ts';
import { assessmentsToJson } from '../../../lib/export/assessment-file.ts';
import { assessmentToCsv, CSV_COLUMNS, spreadsheetSafe } from '../../../lib/export/formats.ts';
import { INDICATOR_IDS } from '../../../lib/indicators/index.ts';
import { pageResult } from '../support/fixtures.ts';

const at = '2026-03-04T05:06:07.000Z';
const assessment = buildAssessment('example.org', {
  site: {
    site: 'example.org',
    firstSeenAt: at,
    lastScannedAt: at,
    lastUrl: 'https://example.org/b',
    checklistId: 'catalogue',
  },
  pages: [
    {
      ...pageResult('https://example.org/a', { phone: 'needs-review', foi: 'not-found' }),
      site: 'example.org',
      scannedAt: at,
    },
    {
      ...pageResult('https://example.org/b', { phone: 'found', foi: 'not-found' }),
      site: 'example.org',
      scannedAt: at,
    },
  ],
  verdicts: [
    {
      site: 'example.org',
      indicator: 'phone',
      verdict: 'partial',
      verdictAt: at,
      note: '=HYPERLINK("x"), "quoted"\nsecond line',
      noteAt: at,
      scannerSeen: 'found',
      verdictBy: 'Ann Auditor',
      verdictHow: 'judged',
      addedEvidence: [],
      checklistId: 'catalogue',
      checklistVersion: 1,
    },
  ],
});

describe('the assessment', () => {
  it('has every indicator in checklist order, merged over pages', () => {
    expect(assessment.items.map((item) => item.indicator)).toEqual([...INDICATOR_IDS]);
    const phone = assessment.items.find((item) => item.indicator === 'phone')!;
    expect(phone.scanner).toBe('found');
    expect(phone.evidence.map((e) => e.url)).toEqual([
      'https://example.org/b',
      'https://example.org/a',
    ]);
    expect(assessment.items.find((item) => item.indicator === 'foi')?.scanner).toBe('not-found');
    expect(assessment.items.find((item) => item.indicator === 'blog')?.scanner).toBe('not-scanned');
  });
});

describe('JSON export', () => {
  it('is a versioned file named by site and date', () => {
    const file = assessmentsToJson([assessment], [], at, 'Ann Auditor');
    expect(file.filename).toBe('audit-example.org-2026-03-04.json');
    const body = JSON.parse(file.content);
    expect(body).toMatchObject({
      format: 'nhs-site-audit/assessment',
      version: 2,
      exportedAt: at,
      exportedBy: 'Ann Auditor',
      checklists: [],
      assessments: [{ site: 'example.org', checklistId: 'catalogue', checklistVersion: 1 }],
    });
    expect(body.assessments[0].items).toHaveLength(21);
    expect(body.assessments[0].pages.map((page: { url: string }) => page.url)).toEqual([
      'https://example.org/a',
      'https://example.org/b',
    ]);
  });
});

describe('CSV export', () => {
  const file = assessmentToCsv(assessment, at);
  const parsed = Papa.parse<Record<string, string>>(file.content, {
    header: true,
    skipEmptyLines: true,
  });

  it('has one row per indicator with the fixed columns', () => {
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...CSV_COLUMNS]);
    expect(parsed.data.map((row) => row.indicator)).toEqual([...INDICATOR_IDS]);
  });

  it('keeps notes with quotes, commas and new lines intact, and defuses formulas', () => {
    const phone = parsed.data.find((row) => row.indicator === 'phone')!;
    expect(phone.note).toBe(`'=HYPERLINK("x"), "quoted"\nsecond line`);
    expect(phone).toMatchObject({ scanner: 'found', verdict: 'partial', evidence_count: '2' });
  });

  it('quotes what spreadsheets would run', () => {
    expect(spreadsheetSafe('+44 161')).toBe("'+44 161");
    expect(spreadsheetSafe('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(spreadsheetSafe('Plain text')).toBe('Plain text');
  });
});

describe('grouped evidence in exports', () => {
  const footer = {
    snippet: 'Telephone: 0161 496 0123',
    selector: '#footer p',
    href: 'tel:01614960123',
    region: 'footer' as const,
  };
  const page = (url: string) => ({
    url,
    title: url,
    site: 'example.org',
    scannedAt: at,
    emailFields: [],
    findings: [
      { indicator: 'phone' as const, status: 'found' as const, evidence: [{ url, ...footer }] },
    ],
  });
  const grouped = buildAssessment('example.org', {
    site: {
      site: 'example.org',
      firstSeenAt: at,
      lastScannedAt: at,
      lastUrl: 'https://example.org/b',
      checklistId: 'catalogue',
    },
    pages: [page('https://example.org/a'), page('https://example.org/b')],
    verdicts: [],
  });

  it('lists in JSON every page an item is on', () => {
    const body = JSON.parse(assessmentsToJson([grouped], [], at, '').content);
    const phone = body.assessments[0].items.find(
      (item: { indicator: string }) => item.indicator === 'phone',
    );
    expect(phone.evidence).toEqual([
      {
        ...footer,
        url: 'https://example.org/a',
        pages: ['https://example.org/a', 'https://example.org/b'],
      },
    ]);
  });

  it('gives in CSV how many pages the first item is on, and which', () => {
    const rows = Papa.parse<Record<string, string>>(assessmentToCsv(grouped, at).content, {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(rows.find((row) => row.indicator === 'phone')).toMatchObject({
      evidence_count: '1',
      evidence_page_count: '2',
      evidence_pages: 'https://example.org/a\nhttps://example.org/b',
    });
  });
});
