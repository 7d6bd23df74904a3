// The storage benchmark in a page: build a backup of many sites, restore it into a fresh
// IndexedDB, list the sites, open one site's checklist. Times in milliseconds.
import { restoreBackupStores } from '../../lib/db/backup.ts';
import { listSites, loadSite, openAuditDb } from '../../lib/db/repository.ts';
import type { BackupStores, PageScanRecord, VerdictRecord } from '../../lib/db/schema.ts';
import { buildAssessment } from '../../lib/export/assessment.ts';
import { backupToJson, parseBackupFile } from '../../lib/export/backup-file.ts';
import { INDICATOR_IDS } from '../../lib/indicators/index.ts';
import { SCAN_STATUSES } from '../../lib/indicators/types.ts';

function backupOf(siteCount: number): string {
  const at = '2026-03-01T10:00:00.000Z';
  const stores: BackupStores = {
    sites: [],
    pages: [],
    verdicts: [],
    settings: [],
    checklists: [],
    campaigns: [],
    snapshots: [],
  };
  for (let i = 0; i < siteCount; i++) {
    const site = `practice-${i}.example.nhs.uk`;
    const url = `https://www.${site}/contact-us/`;
    stores.sites.push({
      site,
      firstSeenAt: at,
      lastScannedAt: at,
      lastUrl: url,
      checklistId: 'catalogue',
    });
    const page: PageScanRecord = {
      site,
      url,
      title: `Contact us – Example Practice ${i}`,
      scannedAt: at,
      emailFields: [],
      findings: INDICATOR_IDS.map((indicator, k) => {
        const status = SCAN_STATUSES[(i + k) % 3]!;
        return {
          indicator,
          status,
          evidence:
            status === 'not-found'
              ? []
              : [
                  {
                    url,
                    snippet: `Evidence of ${indicator}: telephone 0161 496 0123, email reception@${site}`,
                    selector: `#content > div > p:nth-of-type(${k + 1})`,
                    href: `mailto:reception@${site}`,
                  },
                ],
        };
      }),
    };
    stores.pages.push(page);
    for (const [k, indicator] of INDICATOR_IDS.entries()) {
      const verdict: VerdictRecord = {
        site,
        indicator,
        verdict: (['yes', 'no', 'partial', 'na'] as const)[(i + k) % 4]!,
        verdictAt: at,
        scannerSeen: null,
        verdictBy: '',
        verdictHow: 'judged',
        addedEvidence: [],
        checklistId: 'catalogue',
        checklistVersion: 1,
        note: k % 3 === 0 ? `Checked on ${at.slice(0, 10)}; the practice manager confirmed.` : '',
        noteAt: k % 3 === 0 ? at : '',
      };
      stores.verdicts.push(verdict);
    }
  }
  return backupToJson(stores, at);
}

async function time<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const start = performance.now();
  const result = await fn();
  return [performance.now() - start, result];
}

(globalThis as unknown as { storageBench: unknown }).storageBench = async (siteCount: number) => {
  const content = backupOf(siteCount);
  const db = await openAuditDb(`bench-${Date.now()}`);
  const [checkMs, file] = await time(async () => parseBackupFile(content));
  const [writeMs] = await time(() => restoreBackupStores(db, file.stores));
  const restoreMs = checkMs + writeMs;
  const [listMs, sites] = await time(() => listSites(db));
  const one = sites[Math.floor(sites.length / 2)]!.site;
  const openTimes: number[] = [];
  for (let i = 0; i < 5; i++) {
    const [ms] = await time(async () => buildAssessment(one, await loadSite(db, one)));
    openTimes.push(ms);
  }
  openTimes.sort((a, b) => a - b);
  const verdicts = await db.count('verdicts');
  db.close();
  return {
    backupBytes: content.length,
    restoreMs,
    checkMs,
    writeMs,
    listMs,
    sites: sites.length,
    verdicts,
    openSiteMs: openTimes[2],
  };
};
