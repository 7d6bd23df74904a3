/** Checklists and the checklist each site is assessed with (issue 9): the dashboard's writes. */

import type { IDBPTransaction } from 'idb';
import {
  CATALOGUE_CHECKLIST,
  CATALOGUE_CHECKLIST_ID,
  type Checklist,
  customSpecs,
} from '../checklists/checklist.ts';
import type { CustomIndicatorSpec } from '../scan/custom-indicators.ts';
import { allOrNothing } from './all-or-nothing.ts';
import { announceChange } from './changes.ts';
import type { AuditDatabase } from './repository.ts';
import type { AuditDB } from './schema.ts';
import { refreshSummary } from './summaries.ts';

/** The stored checklists, by name (the catalogue is not stored: it is always there). */
export async function listChecklists(db: AuditDatabase): Promise<Checklist[]> {
  const all = await db.getAll('checklists');
  return all.sort((a, b) => a.name.localeCompare(b.name));
}

/** A checklist by id: the catalogue, a stored one, or the catalogue when it was deleted. */
export async function checklistById(db: AuditDatabase, id: string): Promise<Checklist> {
  if (id === CATALOGUE_CHECKLIST_ID) return CATALOGUE_CHECKLIST;
  return (await db.get('checklists', id)) ?? CATALOGUE_CHECKLIST;
}

/** Stores a checklist whole (new, or the next version of one). */
export async function saveChecklist(db: AuditDatabase, checklist: Checklist): Promise<void> {
  if (checklist.id === CATALOGUE_CHECKLIST_ID)
    throw new Error('The catalogue cannot be changed: duplicate it and change the copy.');
  await db.put('checklists', checklist);
  announceChange({ kind: 'all' });
}

/**
 * Deletes a checklist; sites assessed with it go back to the catalogue (their summaries too, which
 * the dashboard's table reads), their verdicts stay, and campaigns that used it use the catalogue.
 */
export async function deleteChecklist(db: AuditDatabase, id: string): Promise<void> {
  const tx = db.transaction(
    ['checklists', 'sites', 'pages', 'verdicts', 'summaries', 'campaigns'],
    'readwrite',
  );
  await tx.objectStore('checklists').delete(id);
  const moved: string[] = [];
  let cursor = await tx.objectStore('sites').openCursor();
  while (cursor) {
    if (cursor.value.checklistId === id) {
      await cursor.update({ ...cursor.value, checklistId: CATALOGUE_CHECKLIST_ID });
      moved.push(cursor.value.site);
    }
    cursor = await cursor.continue();
  }
  for (const site of moved) await refreshSummary(tx, site);
  const campaigns = tx.objectStore('campaigns');
  for (const campaign of await campaigns.getAll())
    if (campaign.checklistId === id) await campaigns.put({ ...campaign, checklistId: null });
  await tx.done;
  announceChange({ kind: 'all' });
}

/**
 * Chooses the checklist a site is assessed with. A site not scanned yet gets its record now,
 * so the choice is kept for its first scan.
 */
export async function setSiteChecklist(
  db: AuditDatabase,
  site: string,
  checklistId: string,
  at: string,
): Promise<void> {
  const tx = db.transaction(['sites', 'checklists', 'pages', 'verdicts', 'summaries'], 'readwrite');
  await Promise.all([assessWith(tx, [site], checklistId, at), tx.done]);
  announceChange({ kind: 'site', site });
}

/**
 * Chooses the checklist every site of a campaign is assessed with, and records it as the
 * campaign's: one transaction, all or nothing. Verdicts already given stay; items the new
 * checklist does not have are no longer shown (as when one site's checklist is changed).
 */
export async function setCampaignChecklist(
  db: AuditDatabase,
  campaignId: string,
  checklistId: string,
  at: string,
): Promise<number> {
  const tx = db.transaction(
    ['campaigns', 'sites', 'checklists', 'pages', 'verdicts', 'summaries'],
    'readwrite',
  );
  const sites = await allOrNothing(tx, async () => {
    const campaign = await tx.objectStore('campaigns').get(campaignId);
    if (!campaign) throw new Error('That campaign no longer exists.');
    await assessWith(tx, campaign.sites, checklistId, at);
    await tx.objectStore('campaigns').put({ ...campaign, checklistId, updatedAt: at });
    return campaign.sites.length;
  });
  announceChange({ kind: 'all' });
  return sites;
}

type ChecklistChoiceTx = IDBPTransaction<
  AuditDB,
  ('campaigns' | 'sites' | 'checklists' | 'pages' | 'verdicts' | 'summaries')[],
  'readwrite'
>;

/** Sets the sites' checklist in `tx` (their summaries too: the table shows it from them). */
async function assessWith(
  tx: ChecklistChoiceTx,
  sites: readonly string[],
  checklistId: string,
  at: string,
): Promise<void> {
  if (
    checklistId !== CATALOGUE_CHECKLIST_ID &&
    !(await tx.objectStore('checklists').get(checklistId))
  )
    throw new Error('That checklist no longer exists.');
  const records = tx.objectStore('sites');
  const summaries = tx.objectStore('summaries');
  // All at once, not one site after another: a campaign of 10,000 sites took 16 s one by one.
  await Promise.all(
    sites.map(async (site) => {
      const [existing, summary] = await Promise.all([records.get(site), summaries.get(site)]);
      if (existing?.checklistId === checklistId) return;
      await records.put(
        existing
          ? { ...existing, checklistId }
          : { site, firstSeenAt: at, lastScannedAt: '', lastUrl: '', checklistId },
      );
      // The checklist is the only part of a summary that its choice changes.
      if (summary) await summaries.put({ ...summary, checklistId });
      else await refreshSummary(tx, site);
    }),
  );
}

/** The own indicators of the checklist a site is assessed with: what its scans look for too. */
export async function customIndicatorsOf(
  db: AuditDatabase,
  site: string,
): Promise<CustomIndicatorSpec[]> {
  const record = await db.get('sites', site);
  return customSpecs(await checklistById(db, record?.checklistId ?? CATALOGUE_CHECKLIST_ID));
}
