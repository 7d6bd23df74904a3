/**
 * Schema version 4 (issue 11): campaigns get their organisations and source, every site gets
 * its summary, and snapshots get a store. Runs inside the upgrade transaction.
 */
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type {
  AuditDB,
  CampaignRecord,
  PageScanRecord,
  SiteRecord,
  VerdictRecord,
} from './schema.ts';
import { summariseAll } from './summaries.ts';

export async function upgradeToVersion4(
  db: IDBPDatabase<AuditDB>,
  tx: IDBPTransaction<AuditDB, StoreNames<AuditDB>[], 'versionchange'>,
): Promise<void> {
  db.createObjectStore('summaries', { keyPath: 'site' });
  db.createObjectStore('snapshots', { keyPath: ['site', 'takenAt'] }).createIndex(
    'by-site',
    'site',
  );
  // A campaign of versions 2 and 3 was a list of sites: one organisation, not named, per site.
  let campaigns = await tx.objectStore('campaigns').openCursor();
  while (campaigns) {
    const old = campaigns.value as Partial<CampaignRecord> & { sites: string[] };
    if (!Array.isArray(old.organisations))
      await campaigns.update({
        ...old,
        organisations: old.sites.map((site) => ({
          name: '',
          code: '',
          url: `https://${site}/`,
          site,
          extra: {},
        })),
        source: old.source ?? '',
      } as CampaignRecord);
    campaigns = await campaigns.continue();
  }
  // Every site's summary, from all its pages and verdicts (read once, not per site).
  const [sites, pages, verdicts] = (await Promise.all([
    tx.objectStore('sites').getAll(),
    tx.objectStore('pages').getAll(),
    tx.objectStore('verdicts').getAll(),
  ])) as [SiteRecord[], PageScanRecord[], VerdictRecord[]];
  const summaries = tx.objectStore('summaries');
  await Promise.all(summariseAll(sites, pages, verdicts).map((summary) => summaries.put(summary)));
}
