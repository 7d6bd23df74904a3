/** Checklists and the checklist each site is assessed with (issue 9): the dashboard's writes. */
import {
  CATALOGUE_CHECKLIST,
  CATALOGUE_CHECKLIST_ID,
  type Checklist,
  customSpecs,
} from '../checklists/checklist.ts';
import type { CustomIndicatorSpec } from '../scan/custom-indicators.ts';
import { announceChange } from './changes.ts';
import type { AuditDatabase } from './repository.ts';
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

/** Deletes a checklist; sites assessed with it go back to the catalogue, their verdicts stay. */
export async function deleteChecklist(db: AuditDatabase, id: string): Promise<void> {
  const tx = db.transaction(['checklists', 'sites'], 'readwrite');
  await tx.objectStore('checklists').delete(id);
  let cursor = await tx.objectStore('sites').openCursor();
  while (cursor) {
    if (cursor.value.checklistId === id)
      await cursor.update({ ...cursor.value, checklistId: CATALOGUE_CHECKLIST_ID });
    cursor = await cursor.continue();
  }
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
  if (
    checklistId !== CATALOGUE_CHECKLIST_ID &&
    !(await tx.objectStore('checklists').get(checklistId))
  )
    throw new Error('That checklist no longer exists.');
  const sites = tx.objectStore('sites');
  const existing = await sites.get(site);
  await sites.put(
    existing
      ? { ...existing, checklistId }
      : { site, firstSeenAt: at, lastScannedAt: '', lastUrl: '', checklistId },
  );
  // The dashboard's table shows each site's checklist from its summary.
  await Promise.all([refreshSummary(tx, site), tx.done]);
  announceChange({ kind: 'site', site });
}

/** The own indicators of the checklist a site is assessed with: what its scans look for too. */
export async function customIndicatorsOf(
  db: AuditDatabase,
  site: string,
): Promise<CustomIndicatorSpec[]> {
  const record = await db.get('sites', site);
  return customSpecs(await checklistById(db, record?.checklistId ?? CATALOGUE_CHECKLIST_ID));
}
