/**
 * Storing a night's crawl (issue 12): the command line's results, converted by
 * lib/campaigns/crawl-import.ts, written as the extension writes its own site scans (page scans,
 * the site, its site scan's record, its summary), and the campaigns they belong to, in one
 * transaction: all or nothing. Verdicts and notes are never written here.
 */
import { CATALOGUE_CHECKLIST_ID } from '../checklists/checklist.ts';
import { allOrNothing } from './all-or-nothing.ts';
import { announceChange } from './changes.ts';
import type { AuditDatabase } from './repository.ts';
import type { CampaignRecord, CrawlRecord, PageScanRecord, SiteRecord } from './schema.ts';
import { refreshSummary } from './summaries.ts';

/** One site's crawl as stored: its pages as page scans, and its site scan's record (done). */
export interface ImportedSiteScan {
  site: string;
  pages: PageScanRecord[];
  crawl: CrawlRecord;
  /** The checklist the crawl scanned with (`--checklist`; the catalogue when none was given). */
  checklistId: string;
}

export interface ImportedScansOutcome {
  /** Sites whose scanner results were stored, with the pages written. */
  stored: { site: string; pages: number }[];
  /** Sites left as they were, and why (a newer site scan is stored, or one is running). */
  kept: { site: string; reason: string }[];
}

/**
 * Stores crawled sites' scanner results and the campaigns `updateCampaigns` returns (given the
 * stored ones, read in the same transaction), all in one transaction.
 *
 * A crawl replaces the site's previous site scan (the extension's "Scan this site" or an earlier
 * import): that scan's pages the crawl did not read again are removed. Pages scanned one by one
 * ("Scan this page") stay, and a page scanned after the crawl keeps its later scan. A site whose
 * stored site scan started after this crawl, or is running, is kept as it is.
 */
export async function saveImportedScans(
  db: AuditDatabase,
  scans: readonly ImportedSiteScan[],
  updateCampaigns: (stored: CampaignRecord[]) => CampaignRecord[],
): Promise<ImportedScansOutcome> {
  const tx = db.transaction(
    ['sites', 'pages', 'verdicts', 'crawls', 'summaries', 'campaigns', 'checklists'],
    'readwrite',
  );
  const outcome: ImportedScansOutcome = { stored: [], kept: [] };
  await allOrNothing(tx, async () => {
    const campaigns = tx.objectStore('campaigns');
    for (const campaign of updateCampaigns(await campaigns.getAll())) await campaigns.put(campaign);
    for (const scan of scans) {
      const { site, crawl } = scan;
      const previous = await tx.objectStore('crawls').get(site);
      if (previous?.status === 'running') {
        outcome.kept.push({ site, reason: 'a site scan of it is running in the extension' });
        continue;
      }
      if (previous && previous.startedAt > crawl.startedAt) {
        outcome.kept.push({
          site,
          reason: `its stored site scan (${previous.startedAt}) is newer than this crawl (${crawl.startedAt})`,
        });
        continue;
      }
      const pages = tx.objectStore('pages');
      const stored = new Map(
        (await pages.index('by-site').getAll(site)).map((page) => [page.url, page]),
      );
      const incoming = new Set(scan.pages.map((page) => page.url));
      const replaced = new Set(previous?.scanned ?? []);
      const gone = [...stored.values()].filter(
        (page) =>
          replaced.has(page.url) && !incoming.has(page.url) && page.scannedAt < crawl.startedAt,
      );
      for (const page of gone) stored.delete(page.url);
      const fresh = scan.pages.filter((page) => {
        const later = stored.get(page.url);
        return !(later && later.scannedAt > page.scannedAt);
      });
      for (const page of fresh) stored.set(page.url, page);
      // Each request in an async function: one that throws at once (a bad key) rejects like the
      // others, so that none of them is left unhandled when the transaction aborts.
      await Promise.all([
        ...gone.map(async (page) => pages.delete([site, page.url])),
        ...fresh.map(async (page) => pages.put(page)),
      ]);
      const written = fresh.length;
      const sites = tx.objectStore('sites');
      const existing = await sites.get(site);
      const latest = [...stored.values()].reduce<PageScanRecord | undefined>(
        (last, page) => (!last || page.scannedAt >= last.scannedAt ? page : last),
        undefined,
      );
      // As for the extension's scans: first seen when its first page was scanned.
      const firstScan = scan.pages.reduce(
        (first, page) => (page.scannedAt < first ? page.scannedAt : first),
        scan.pages[0]?.scannedAt ?? crawl.startedAt,
      );
      // A new site is assessed with the checklist the crawl used, when the dashboard has it;
      // a site already stored keeps the checklist the auditor chose.
      const checklistId =
        existing?.checklistId ??
        ((await tx.objectStore('checklists').get(scan.checklistId))
          ? scan.checklistId
          : CATALOGUE_CHECKLIST_ID);
      const record: SiteRecord = {
        site,
        checklistId,
        firstSeenAt:
          existing && existing.firstSeenAt < firstScan ? existing.firstSeenAt : firstScan,
        lastScannedAt:
          existing && existing.lastScannedAt > (latest?.scannedAt ?? '')
            ? existing.lastScannedAt
            : (latest?.scannedAt ?? crawl.updatedAt),
        lastUrl:
          existing && existing.lastScannedAt > (latest?.scannedAt ?? '')
            ? existing.lastUrl
            : (latest?.url ?? crawl.startUrl),
      };
      await sites.put(record);
      await tx.objectStore('crawls').put(crawl);
      await refreshSummary(tx, site);
      outcome.stored.push({ site, pages: written });
    }
  });
  announceChange({ kind: 'all' });
  return outcome;
}
