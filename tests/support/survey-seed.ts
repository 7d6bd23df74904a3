/**
 * A survey of many fictional sites for the dashboard's end-to-end test and benchmark: each site
 * with one page scan (statuses, no evidence), a few verdicts, and its summary as lib/score makes
 * it, written straight into the extension's IndexedDB from one of its pages (fast: one
 * transaction, raw requests).
 */
import type { Page } from 'playwright-core';
import type {
  CampaignRecord,
  PageScanRecord,
  SiteRecord,
  SummaryRecord,
  VerdictRecord,
} from '../../lib/db/schema.ts';
import { INDICATOR_IDS } from '../../lib/indicators/index.ts';
import { SCAN_STATUSES } from '../../lib/indicators/types.ts';
import { summariseSite } from '../../lib/score/summary.ts';

export interface SeedRecords {
  sites: SiteRecord[];
  pages: PageScanRecord[];
  verdicts: VerdictRecord[];
  summaries: SummaryRecord[];
  /** One campaign listing every site, so that each has its organisation. */
  campaigns: CampaignRecord[];
}

export const seededSite = (i: number) => `practice-${String(i).padStart(5, '0')}.example.nhs.uk`;

export function surveyRecords(count: number): SeedRecords {
  const records: SeedRecords = { sites: [], pages: [], verdicts: [], summaries: [], campaigns: [] };
  const campaign: CampaignRecord = {
    id: 'example-practices',
    name: 'Example practices (fictional)',
    checklistId: null,
    sites: [],
    organisations: [],
    source: 'Generated for the tests',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  };
  records.campaigns.push(campaign);
  for (let i = 0; i < count; i++) {
    const site = seededSite(i);
    // Spread over a year, so that the last change sorts them.
    const at = new Date(Date.UTC(2026, 0, 1) + i * 3_153_600).toISOString();
    const url = `https://www.${site}/`;
    records.sites.push({
      site,
      firstSeenAt: at,
      lastScannedAt: at,
      lastUrl: url,
      checklistId: 'catalogue',
    });
    campaign.sites.push(site);
    campaign.organisations.push({
      name: `Example Practice ${i} (fictional)`,
      code: `P${i}`,
      url,
      site,
      extra: {},
    });
    const page: PageScanRecord = {
      site,
      url,
      title: `Example Practice ${i}`,
      scannedAt: at,
      emailFields: [],
      findings: INDICATOR_IDS.map((indicator, k) => ({
        indicator,
        status: SCAN_STATUSES[(i * 7 + k) % 3]!,
        evidence: [],
      })),
    };
    records.pages.push(page);
    // Every 22nd site fully reviewed, every 4th started, the others only scanned.
    const reviewed = i % 22 === 21 ? INDICATOR_IDS.length : i % 4 === 0 ? i % 7 : 0;
    const verdicts = INDICATOR_IDS.slice(0, reviewed).map(
      (indicator, k): VerdictRecord => ({
        site,
        indicator,
        verdict: (['yes', 'no', 'partial', 'yes'] as const)[(i + k) % 4]!,
        verdictAt: at,
        note: '',
        noteAt: '',
        scannerSeen: null,
        checklistId: 'catalogue',
        checklistVersion: 1,
        verdictBy: 'A. Fictional Auditor',
        verdictHow: 'judged',
        addedEvidence: [],
      }),
    );
    records.verdicts.push(...verdicts);
    records.summaries.push(summariseSite(site, [page], verdicts));
  }
  return records;
}

/** Writes the records into the extension's database from `page` (an extension page). */
export function seedSurvey(page: Page, records: SeedRecords): Promise<void> {
  // As one JSON string: the browser protocol's own encoding of a large object is slow.
  return page.evaluate(
    (json) =>
      new Promise<void>((resolve, reject) => {
        const records = JSON.parse(json) as SeedRecords;
        const open = indexedDB.open('nhs-site-audit');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const names = Object.keys(records) as (keyof typeof records)[];
          const tx = db.transaction(names, 'readwrite', { durability: 'relaxed' });
          for (const name of names) {
            const store = tx.objectStore(name);
            for (const record of records[name]) store.put(record);
          }
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    JSON.stringify(records),
  );
}
