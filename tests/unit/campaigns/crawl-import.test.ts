/** A crawl's result files as the extension's records, and the campaigns they belong to. */
import { describe, expect, it } from 'vitest';
import { campaignFromCsv } from '../../../lib/campaigns/campaign.ts';
import {
  type CrawlResultFile,
  describeCrawlImport,
  matchCampaigns,
  planCrawlImport,
  readResultFiles,
  resultFilesOf,
  scanOfResult,
} from '../../../lib/campaigns/crawl-import.ts';
import type { CampaignRecord } from '../../../lib/db/schema.ts';
import { resultJson, siteResult } from '../support/site-result.ts';

const NOW = '2026-03-01T09:00:00.000Z';
const file = (result: ReturnType<typeof siteResult>, name = `${result.organisation.code}.json`) =>
  ({ name, result }) satisfies CrawlResultFile;

function icbs(): CampaignRecord {
  return campaignFromCsv(
    [
      'name,code,url',
      'Northfold ICB (fictional),N1,https://www.northfold.example.nhs.uk/',
      'Eastmoor ICB (fictional),E1,https://eastmoor.example.nhs.uk/',
    ].join('\n'),
    { id: 'icbs', name: 'ICBs', source: '', at: '2026-01-01T00:00:00.000Z' },
  );
}

const options = () => {
  let id = 0;
  return { now: NOW, newId: () => `new-${++id}` };
};

describe('one result file as records', () => {
  it('stores each page as a page scan of the site it was crawled on, and a done site scan', () => {
    const result = siteResult({
      pages: [
        ['/', { foi: 'found' }],
        ['/contact-us/', { pals: 'needs-review' }],
      ],
      failures: [
        { url: 'https://www.northfold.example.nhs.uk/gone/', error: 'HTTP 404 Not Found' },
      ],
    });
    const scan = scanOfResult(result)!;
    expect(scan.site).toBe('northfold.example.nhs.uk');
    expect(scan.pages).toEqual(
      result.pages.map((page) => ({
        site: 'northfold.example.nhs.uk',
        url: page.url,
        title: page.title,
        scannedAt: page.scannedAt,
        findings: page.findings,
        emailFields: page.emailFields,
      })),
    );
    expect(scan.crawl).toEqual({
      site: 'northfold.example.nhs.uk',
      startUrl: 'https://www.northfold.example.nhs.uk/',
      maxPages: 24,
      status: 'done',
      startedAt: result.startedAt,
      updatedAt: result.finishedAt,
      done: 3,
      total: 3,
      scanned: result.pages.map((page) => page.url),
      failures: result.failures,
      frontier: null,
      importedFrom: 'nhs-site-audit 0.1.0',
    });
  });

  it('stores a site that moved under the site the crawl landed on', () => {
    const scan = scanOfResult(
      siteResult({
        url: 'https://old-name.example.nhs.uk/',
        startUrl: 'https://www.new-name.example.nhs.uk/',
      }),
    )!;
    expect(scan.site).toBe('new-name.example.nhs.uk');
    expect(scan.pages.map((page) => page.site)).toEqual(['new-name.example.nhs.uk']);
  });

  it('has nothing to store for a site that could not be crawled', () => {
    expect(scanOfResult(siteResult({ error: 'cannot connect (ECONNREFUSED)' }))).toBeUndefined();
  });
});

describe('a set of result files', () => {
  it('lists sites that failed with the crawl reason, and keeps the latest crawl of a site', () => {
    const older = siteResult({ startedAt: '2026-02-01T01:00:00.000Z' });
    const newer = siteResult({ startedAt: '2026-03-01T01:00:00.000Z' });
    const plan = planCrawlImport([
      file(newer, 'night-2/N1.json'),
      file(older, 'night-1/N1.json'),
      file(
        siteResult({
          code: 'G1',
          url: 'https://gone.example.nhs.uk/',
          error: 'HTTP 500 Internal Server Error',
        }),
      ),
    ]);
    expect(plan.scans.map((scan) => scan.crawl.startedAt)).toEqual([newer.startedAt]);
    expect(plan.superseded).toEqual(['night-1/N1.json']);
    expect(plan.remerged).toEqual([]);
    expect(plan.failedSites).toEqual([
      {
        file: 'G1.json',
        organisation: 'Northfold ICB (fictional)',
        url: 'https://gone.example.nhs.uk/',
        error: 'HTTP 500 Internal Server Error',
      },
    ]);
  });

  it('names results whose site findings this version merges otherwise from their pages', () => {
    const result = siteResult({ pages: [['/', { foi: 'found', pals: 'needs-review' }]] });
    const older = {
      ...result,
      findings: result.findings.map((f) =>
        f.indicator === 'pals' ? { ...f, status: 'found' as const } : f,
      ),
    };
    expect(planCrawlImport([file(result, 'a.json')]).remerged).toEqual([]);
    expect(planCrawlImport([file(older, 'b.json')]).remerged).toEqual(['b.json']);
  });

  it('takes the .json files of a chosen folder, names crawls cut short, passes over the rest', () => {
    const chosen = (path: string) => ({
      name: path.split('/').pop()!,
      webkitRelativePath: path,
      size: 1,
      text: async () => '',
    });
    const { results, cutShort } = resultFilesOf([
      chosen('out/summary.csv'),
      chosen('out/sites/N1.json'),
      chosen('out/sites/E1.partial.json'),
      chosen('out/sites/E1.json.1234.tmp'),
    ]);
    expect(results.map((f) => f.webkitRelativePath)).toEqual(['out/sites/N1.json']);
    expect(cutShort).toEqual(['out/sites/E1.partial.json']);
    // Files chosen one by one are all read: a wrong one is refused, not passed over.
    const csv = { name: 'icbs.csv', size: 1, text: async () => '' };
    expect(resultFilesOf([csv]).results).toEqual([csv]);
  });
});

describe('reading the chosen files', () => {
  it('checks every file, in name order, and names each that cannot be read or is not a result', async () => {
    const json = resultJson(siteResult());
    const chosen = (name: string, text: () => Promise<string>, size = 10) => ({ name, size, text });
    const progress: number[] = [];
    const { parsed, problems } = await readResultFiles(
      [
        chosen('b.json', async () => json),
        chosen('gone.json', async () => {
          throw new Error('NotReadableError');
        }),
        chosen('a.json', async () => json),
        chosen('huge.json', async () => json, 100 * 1024 * 1024),
        ...Array.from({ length: 21 }, (_, i) => chosen(`c${i}.json`, async () => json)),
      ],
      (done) => progress.push(done),
    );
    expect(parsed.slice(0, 3).map((file) => file.name)).toEqual(['a.json', 'b.json', 'c0.json']);
    expect(parsed).toHaveLength(23);
    expect(problems).toEqual([
      'gone.json: the file could not be read (NotReadableError): was it moved or deleted?',
      'huge.json: the file is 100 MB; a crawl result is at most 32 MB (about 2,000 pages), so this is not one.',
    ]);
    expect(progress).toEqual([25]);
  });
});

describe('matching results to campaign organisations', () => {
  it('matches by the listed site (with or without www) and by code, changing no campaign', () => {
    const changes = matchCampaigns(
      [icbs()],
      [
        file(siteResult({ code: '', url: 'https://northfold.example.nhs.uk/' })),
        file(siteResult({ name: 'Eastmoor', code: 'e1', url: 'https://eastmoor.example.nhs.uk/' })),
      ],
      options(),
    );
    expect(changes).toEqual({ records: [], matched: 2, created: [], added: {}, moved: [] });
  });

  it('gives an organisation whose site moved the address the crawl landed on', () => {
    const stored = icbs();
    const changes = matchCampaigns(
      [stored],
      [
        file(
          siteResult({
            code: 'E1',
            url: 'https://eastmoor.example.nhs.uk/',
            startUrl: 'https://www.eastmoor-icb.example.nhs.uk/',
          }),
        ),
      ],
      options(),
    );
    expect(changes.moved).toEqual([
      'Eastmoor ICB (fictional): eastmoor.example.nhs.uk → eastmoor-icb.example.nhs.uk',
    ]);
    const [record] = changes.records;
    expect(record!.organisations[1]).toMatchObject({
      url: 'https://www.eastmoor-icb.example.nhs.uk/',
      site: 'eastmoor-icb.example.nhs.uk',
    });
    expect(record!.sites).toEqual(['northfold.example.nhs.uk', 'eastmoor-icb.example.nhs.uk']);
    expect(record!.updatedAt).toBe(NOW);
    // The stored record is not changed in place.
    expect(stored.organisations[1]!.site).toBe('eastmoor.example.nhs.uk');
  });

  it('creates the campaign the files name when no organisation matches, each organisation once', () => {
    const southport = siteResult({
      campaign: 'trusts-2026',
      name: 'Southport Trust (fictional)',
      code: 'S1',
      url: 'https://southport.example.nhs.uk/',
    });
    const gone = siteResult({
      campaign: 'trusts-2026',
      name: 'Gone Trust (fictional)',
      code: 'G1',
      url: 'https://gone.example.nhs.uk/',
      error: 'HTTP 404 Not Found',
    });
    const changes = matchCampaigns(
      [icbs()],
      [file(southport), file(gone), file({ ...southport, startedAt: '2026-03-02T01:00:00.000Z' })],
      options(),
    );
    expect(changes.created).toEqual(['trusts-2026']);
    expect(changes.added).toEqual({ 'trusts-2026': 2 });
    expect(changes.matched).toBe(1);
    expect(changes.records).toEqual([
      {
        id: 'new-1',
        name: 'trusts-2026',
        checklistId: null,
        sites: ['southport.example.nhs.uk', 'gone.example.nhs.uk'],
        organisations: [
          {
            name: 'Southport Trust (fictional)',
            code: 'S1',
            url: 'https://southport.example.nhs.uk/',
            site: 'southport.example.nhs.uk',
            extra: { region: 'North' },
          },
          {
            name: 'Gone Trust (fictional)',
            code: 'G1',
            url: 'https://gone.example.nhs.uk/',
            site: 'gone.example.nhs.uk',
            extra: { region: 'North' },
          },
        ],
        source: 'Crawl results of nhs-site-audit 0.1.0, imported 2026-03-01',
        createdAt: NOW,
        updatedAt: NOW,
      },
    ]);
  });

  it('adds organisations missing from a campaign of the same name, and names unnamed crawls', () => {
    const changes = matchCampaigns(
      [icbs()],
      [
        file(siteResult({ campaign: 'icbs', code: 'W1', url: 'https://westvale.example.nhs.uk/' })),
        file(siteResult({ campaign: '', code: '', name: '', url: 'https://lone.example.org/' })),
      ],
      options(),
    );
    expect(changes.created).toEqual(['Crawl of 2026-03-01']);
    expect(changes.added).toEqual({ ICBs: 1, 'Crawl of 2026-03-01': 1 });
    expect(changes.records.map((c) => c.organisations.map((o) => o.name))).toEqual([
      ['Northfold ICB (fictional)', 'Eastmoor ICB (fictional)', 'Northfold ICB (fictional)'],
      ['lone.example.org'],
    ]);
  });
});

describe('the summary of an import', () => {
  it('says how many sites and pages, each failed site with its reason, and what else happened', () => {
    const summary = describeCrawlImport({
      files: 3,
      sites: 1,
      pages: 10,
      failedPages: 2,
      failedSites: [
        {
          file: 'G1.json',
          organisation: 'Gone Trust (fictional)',
          url: 'https://gone.example.nhs.uk/',
          error: 'HTTP 404 Not Found',
        },
        { file: 'X1.json', organisation: '', url: '', error: 'not an http(s) address: (none)' },
      ],
      kept: [
        {
          site: 'eastmoor.example.nhs.uk',
          reason: 'a site scan of it is running in the extension',
        },
      ],
      superseded: [],
      remerged: ['night/N1.json'],
      cutShort: ['out/sites/E1.partial.json'],
      matched: 1,
      created: ['trusts'],
      added: { trusts: 2 },
      moved: [],
    });
    expect(summary).toEqual({
      headline:
        'Imported 1 site with 10 pages from 3 files as scanner results (no verdicts); 2 sites could not be crawled; 2 pages of the crawled sites could not be read.',
      failedSites: [
        'Gone Trust (fictional) (https://gone.example.nhs.uk/): HTTP 404 Not Found',
        'X1.json (no address): not an http(s) address: (none)',
      ],
      notes: [
        "Campaigns: 1 result matched a campaign's organisation; campaign “trusts” created; 2 organisations added to “trusts”.",
        'eastmoor.example.nhs.uk kept as it was: a site scan of it is running in the extension.',
        'This version of the extension merges the pages of 1 result otherwise than the command that crawled them (another version): its checklist shows its own merge, as for its own scans (night/N1.json).',
        'Crawls cut short, not imported (finish them with nhs-site-audit crawl --resume): out/sites/E1.partial.json.',
      ],
    });
  });
});
