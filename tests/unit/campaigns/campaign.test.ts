import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { campaignFromCsv, campaignToCsv } from '../../../lib/campaigns/campaign.ts';
import type { SummaryRecord } from '../../../lib/db/schema.ts';

describe("a campaign's own export", () => {
  it('lists every organisation as listed, with its progress, score and verdicts, safe for spreadsheets', () => {
    const campaign = campaignFromCsv(
      'name,code,url,region\n=HYPERLINK("x"),A1,https://a.example.org/,North\nClosed CCG,B1,,South\n',
      { id: 'c1', name: 'North list', source: 'test', at: '2026-04-01T00:00:00.000Z' },
    );
    const summary: SummaryRecord = {
      site: 'a.example.org',
      pages: 2,
      lastUrl: 'https://a.example.org/board',
      lastChangeAt: '2026-04-02T00:00:00.000Z',
      scanner: { foi: 'found', 'empty-sections': 'found' },
      verdicts: { foi: 'yes' },
      checklistId: 'catalogue',
    };
    const file = campaignToCsv(
      campaign,
      new Map([[summary.site, summary]]),
      '2026-04-03T09:00:00.000Z',
    );
    expect(file.filename).toBe('nhs-site-audit-campaign-north-list-2026-04-03.csv');
    const rows = Papa.parse<Record<string, string>>(file.content, {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(rows[0]).toMatchObject({
      name: `'=HYPERLINK("x")`,
      code: 'A1',
      site: 'a.example.org',
      status: 'in-progress',
      reviewed: '1',
      of: '21',
      pages_scanned: '2',
      score: '0',
      problems: '1',
      foi: 'yes',
      'foi (scanner)': 'found',
      'region (list)': 'North',
    });
    expect(rows[1]).toMatchObject({
      name: 'Closed CCG',
      status: 'no website',
      'region (list)': 'South',
    });
  });
});
