/** Campaigns, snapshots and deleting a site: the dashboard's writes (issue 11). */
import { announceChange } from './changes.ts';
import type { AuditDatabase } from './repository.ts';
import type { CampaignRecord, SnapshotRecord, SummaryRecord } from './schema.ts';

export function listCampaigns(db: AuditDatabase): Promise<CampaignRecord[]> {
  return db.getAll('campaigns');
}

/** Stores a campaign whole (a new one, or one replacing the campaign of the same id). */
export async function saveCampaign(db: AuditDatabase, campaign: CampaignRecord): Promise<void> {
  await db.put('campaigns', campaign);
  announceChange({ kind: 'all' });
}

/** Deletes a campaign; the sites and their assessments stay. */
export async function deleteCampaign(db: AuditDatabase, id: string): Promise<void> {
  await db.delete('campaigns', id);
  announceChange({ kind: 'all' });
}

/**
 * Deletes everything stored about one site (its scans, verdicts, notes, site scan, summary and
 * kept assessments) in one transaction. Campaigns keep the organisation: it is not started again.
 */
export async function deleteSite(db: AuditDatabase, site: string): Promise<void> {
  const tx = db.transaction(
    ['sites', 'pages', 'verdicts', 'crawls', 'summaries', 'snapshots'],
    'readwrite',
  );
  const bySite = IDBKeyRange.only(site);
  const [pageKeys, verdictKeys, snapshotKeys] = await Promise.all([
    tx.objectStore('pages').index('by-site').getAllKeys(bySite),
    tx.objectStore('verdicts').index('by-site').getAllKeys(bySite),
    tx.objectStore('snapshots').index('by-site').getAllKeys(bySite),
  ]);
  await Promise.all([
    tx.objectStore('sites').delete(site),
    tx.objectStore('crawls').delete(site),
    tx.objectStore('summaries').delete(site),
    ...pageKeys.map((key) => tx.objectStore('pages').delete(key)),
    ...verdictKeys.map((key) => tx.objectStore('verdicts').delete(key)),
    ...snapshotKeys.map((key) => tx.objectStore('snapshots').delete(key)),
    tx.done,
  ]);
  announceChange({ kind: 'site', site });
}

/** Keeps the site's assessment as it stands now (its summary), to compare with later. */
export async function keepSnapshot(
  db: AuditDatabase,
  summary: SummaryRecord,
  takenAt: string,
  takenBy: string,
): Promise<SnapshotRecord> {
  const snapshot: SnapshotRecord = {
    site: summary.site,
    takenAt,
    takenBy,
    pages: summary.pages,
    scanner: summary.scanner,
    verdicts: summary.verdicts,
  };
  await db.put('snapshots', snapshot);
  announceChange({ kind: 'site', site: summary.site });
  return snapshot;
}

/** A site's kept assessments, oldest first. */
export function listSnapshots(db: AuditDatabase, site: string): Promise<SnapshotRecord[]> {
  return db.getAllFromIndex('snapshots', 'by-site', site);
}

/** The names of the organisations the campaigns list on a site, joined ('' when none). */
export async function organisationOfSite(db: AuditDatabase, site: string): Promise<string> {
  const names = new Set<string>();
  for (const campaign of await db.getAll('campaigns'))
    for (const organisation of campaign.organisations)
      if (organisation.site === site && organisation.name) names.add(organisation.name);
  return [...names].join(' / ');
}
