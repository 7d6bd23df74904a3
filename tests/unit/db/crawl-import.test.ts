/**
 * A crawl's results stored as the extension stores its own site scans: the same records, the
 * verdicts untouched, a newer crawl replacing the last site scan's pages, all or nothing.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { scanOfResult } from '../../../lib/campaigns/crawl-import.ts';
import { listCampaigns } from '../../../lib/db/campaigns.ts';
import { type ImportedSiteScan, saveImportedScans } from '../../../lib/db/crawl-import.ts';
import {
  type AuditDatabase,
  loadCrawl,
  loadSite,
  openAuditDb,
  saveCrawl,
  savePageScan,
  saveVerdictChange,
} from '../../../lib/db/repository.ts';
import type { CampaignRecord } from '../../../lib/db/schema.ts';
import { buildAssessment } from '../../../lib/export/assessment.ts';
import { pageResult } from '../support/fixtures.ts';
import { type ResultOptions, siteResult } from '../support/site-result.ts';

const SITE = 'northfold.example.nhs.uk';
let counter = 0;
const opened: AuditDatabase[] = [];
async function freshDb() {
  const db = await openAuditDb(`crawl-import-${++counter}`);
  opened.push(db);
  return db;
}
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

const night = (startedAt: string, pages: ResultOptions['pages']) =>
  scanOfResult(siteResult({ startedAt, pages }))!;
const noCampaigns = () => [];

/** The same crawl stored the way the extension's "Scan this site" stores it. */
async function asTheExtensionStores(db: AuditDatabase, scan: ImportedSiteScan) {
  for (const page of scan.pages) {
    const { site: _site, scannedAt, ...result } = page;
    await savePageScan(db, result, scannedAt);
  }
  await saveCrawl(db, scan.crawl);
}

describe('storing crawled sites', () => {
  it('stores what the extension stores for the same site scan: pages, site, scan, summary', async () => {
    const scan = night('2026-03-01T01:00:00.000Z', [
      ['/', { foi: 'found', pals: 'not-found', 'contact-form-only': 'found' }],
      ['/contact-us/', { pals: 'needs-review', phone: 'found' }],
    ]);
    const [imported, extension] = [await freshDb(), await freshDb()];
    expect(await saveImportedScans(imported, [scan], noCampaigns)).toEqual({
      stored: [{ site: SITE, pages: 2 }],
      kept: [],
    });
    await asTheExtensionStores(extension, scan);
    expect(await loadSite(imported, SITE)).toEqual(await loadSite(extension, SITE));
    expect(await imported.get('summaries', SITE)).toEqual(await extension.get('summaries', SITE));
    expect(await loadCrawl(imported, SITE)).toEqual(await loadCrawl(extension, SITE));
    expect(await imported.get('summaries', SITE)).toMatchObject({
      pages: 2,
      scanner: { foi: 'found', pals: 'needs-review', phone: 'found' },
      verdicts: {},
    });
  });

  it('never writes a verdict; a newer crawl replaces the last scan and flags contradictions', async () => {
    const db = await freshDb();
    await saveImportedScans(
      db,
      [
        night('2026-03-01T01:00:00.000Z', [
          ['/', { foi: 'found', pals: 'not-found' }],
          ['/old-page/', { blog: 'found' }],
        ]),
      ],
      noCampaigns,
    );
    // By day: the auditor confirms FOI, says PALS is missing, and scans one page by hand.
    await saveVerdictChange(
      db,
      SITE,
      'foi',
      { field: 'verdict', value: 'yes', scannerSeen: 'found', by: 'Ann', how: 'confirmed' },
      '2026-03-01T10:00:00.000Z',
    );
    await saveVerdictChange(
      db,
      SITE,
      'pals',
      { field: 'verdict', value: 'no', scannerSeen: 'not-found', by: 'Ann', how: 'judged' },
      '2026-03-01T10:01:00.000Z',
    );
    await saveVerdictChange(
      db,
      SITE,
      'pals',
      { field: 'note', value: 'checked the footer' },
      '2026-03-01T10:02:00.000Z',
    );
    await savePageScan(
      db,
      pageResult('https://northfold.example.nhs.uk/by-hand/', { survey: 'found' }),
      '2026-03-01T10:03:00.000Z',
    );
    const verdicts = (await loadSite(db, SITE)).verdicts;
    // The next night: PALS is now found, FOI still is, /old-page/ is gone from the site.
    await saveImportedScans(
      db,
      [night('2026-03-02T01:00:00.000Z', [['/', { foi: 'found', pals: 'found' }]])],
      noCampaigns,
    );
    const state = await loadSite(db, SITE);
    expect(state.verdicts).toEqual(verdicts);
    expect(state.pages.map((page) => [new URL(page.url).pathname, page.scannedAt])).toEqual([
      ['/by-hand/', '2026-03-01T10:03:00.000Z'],
      ['/', '2026-03-02T01:00:01.000Z'],
    ]);
    const items = new Map(buildAssessment(SITE, state).items.map((item) => [item.indicator, item]));
    expect(items.get('pals')).toMatchObject({
      scanner: 'found',
      verdict: 'no',
      note: 'checked the footer',
      contradiction: true,
    });
    expect(items.get('foi')).toMatchObject({ verdict: 'yes', contradiction: false });
    expect(items.get('blog')).toMatchObject({ scanner: 'not-scanned' });
    expect(await db.get('summaries', SITE)).toMatchObject({
      pages: 2,
      verdicts: { foi: 'yes', pals: 'no' },
      scanner: { foi: 'found', pals: 'found', survey: 'found' },
    });
  });

  it('keeps a site whose stored site scan is newer than the crawl, or is running', async () => {
    const db = await freshDb();
    const newer = night('2026-03-02T01:00:00.000Z', [['/', { foi: 'found' }]]);
    await saveImportedScans(db, [newer], noCampaigns);
    const older = night('2026-03-01T01:00:00.000Z', [
      ['/', { foi: 'not-found' }],
      ['/x/', {}],
    ]);
    expect(await saveImportedScans(db, [older], noCampaigns)).toEqual({
      stored: [],
      kept: [
        {
          site: SITE,
          reason:
            'its stored site scan (2026-03-02T01:00:00.000Z) is newer than this crawl (2026-03-01T01:00:00.000Z)',
        },
      ],
    });
    expect((await loadSite(db, SITE)).pages).toEqual(newer.pages);
    await saveCrawl(db, {
      ...newer.crawl,
      status: 'running',
      startedAt: '2026-03-01T00:00:00.000Z',
    });
    expect((await saveImportedScans(db, [newer], noCampaigns)).kept).toEqual([
      { site: SITE, reason: 'a site scan of it is running in the extension' },
    ]);
  });

  it('stores the same crawl twice as once', async () => {
    const db = await freshDb();
    const scan = night('2026-03-01T01:00:00.000Z', [
      ['/', { foi: 'found' }],
      ['/a/', {}],
    ]);
    await saveImportedScans(db, [scan], noCampaigns);
    const first = await loadSite(db, SITE);
    await saveImportedScans(db, [scan], noCampaigns);
    expect(await loadSite(db, SITE)).toEqual(first);
  });

  it('stores the campaigns in the same transaction, and nothing when anything fails', async () => {
    const db = await freshDb();
    const campaign: CampaignRecord = {
      id: 'c1',
      name: 'ICBs',
      checklistId: null,
      sites: [SITE],
      organisations: [
        { name: 'Northfold', code: 'N1', url: `https://${SITE}/`, site: SITE, extra: {} },
      ],
      source: '',
      createdAt: '2026-03-01T09:00:00.000Z',
      updatedAt: '2026-03-01T09:00:00.000Z',
    };
    const scan = night('2026-03-01T01:00:00.000Z', [['/', { foi: 'found' }]]);
    const broken = {
      ...scan,
      pages: [...scan.pages, { ...scan.pages[0]!, url: undefined as unknown as string }],
    };
    await expect(saveImportedScans(db, [scan, broken], () => [campaign])).rejects.toThrow();
    expect(await listCampaigns(db)).toEqual([]);
    expect(await db.getAll('pages')).toEqual([]);
    expect(await db.getAll('summaries')).toEqual([]);
    let seen: CampaignRecord[] | undefined;
    await saveImportedScans(db, [scan], (stored) => {
      seen = stored;
      return [campaign];
    });
    expect(seen).toEqual([]);
    expect(await listCampaigns(db)).toEqual([campaign]);
  });
});
