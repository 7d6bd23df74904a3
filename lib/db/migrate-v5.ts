/**
 * Schema version 5 (issue 9): checklists become versioned with custom indicators, sites and
 * verdicts record their checklist, and catalogue indicator renames are applied to every record
 * that names an indicator. Runs inside the upgrade transaction; the pure record upgrades are
 * shared with restoring an older backup (lib/export/backup-file.ts).
 */
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { ItemId } from '../assessment.ts';
import {
  CATALOGUE_CHECKLIST_ID,
  CATALOGUE_VERSION,
  type Checklist,
} from '../checklists/checklist.ts';
import { currentIndicatorId, type IndicatorRenames } from '../indicator-renames.ts';
import type {
  AuditDB,
  ChecklistRecord,
  IndicatorMarks,
  PageScanRecord,
  SiteRecord,
  SnapshotRecord,
  VerdictRecord,
} from './schema.ts';
import { summariseAll } from './summaries.ts';

/** A checklist as versions 2 to 4 stored it: a list of catalogue ids. */
export interface ChecklistBeforeV5 {
  id: string;
  name: string;
  description: string;
  indicators: string[];
  createdAt: string;
  updatedAt: string;
}

const rename = (id: string, renames: IndicatorRenames) => currentIndicatorId(id, renames) as ItemId;

/** A checklist of version 4 as version 1 of itself. */
export function checklistFromV4(old: ChecklistBeforeV5, renames: IndicatorRenames): Checklist {
  const items = old.indicators.map((id) => rename(id, renames));
  return {
    id: old.id,
    name: old.name,
    description: old.description,
    version: 1,
    items,
    custom: [],
    history: [{ version: 1, savedAt: old.updatedAt, changed: items }],
    createdAt: old.createdAt,
    updatedAt: old.updatedAt,
  };
}

export function siteToV5(
  site: Omit<SiteRecord, 'checklistId'> & { checklistId?: string },
): SiteRecord {
  return { ...site, checklistId: site.checklistId ?? CATALOGUE_CHECKLIST_ID };
}

/** A verdict given before version 5 was given under the catalogue. */
export function verdictToV5(
  verdict: Omit<VerdictRecord, 'checklistId' | 'checklistVersion'> &
    Partial<Pick<VerdictRecord, 'checklistId' | 'checklistVersion'>>,
  renames: IndicatorRenames,
): VerdictRecord {
  return {
    ...verdict,
    indicator: rename(verdict.indicator, renames),
    checklistId: verdict.checklistId ?? CATALOGUE_CHECKLIST_ID,
    checklistVersion: verdict.checklistVersion ?? CATALOGUE_VERSION,
  };
}

export function pageWithRenames(page: PageScanRecord, renames: IndicatorRenames): PageScanRecord {
  return {
    ...page,
    findings: page.findings.map((finding) => ({
      ...finding,
      indicator: rename(finding.indicator, renames),
    })),
  };
}

export function checklistWithRenames(
  checklist: ChecklistRecord,
  renames: IndicatorRenames,
): ChecklistRecord {
  return { ...checklist, items: checklist.items.map((id) => rename(id, renames)) };
}

function marksWithRenames<T extends IndicatorMarks>(marks: T, renames: IndicatorRenames): T {
  const renamed = <V>(record: Partial<Record<ItemId, V>>) =>
    Object.fromEntries(
      Object.entries(record).map(([id, value]) => [rename(id, renames), value]),
    ) as Partial<Record<ItemId, V>>;
  return { ...marks, scanner: renamed(marks.scanner), verdicts: renamed(marks.verdicts) };
}

export function snapshotWithRenames(
  snapshot: SnapshotRecord,
  renames: IndicatorRenames,
): SnapshotRecord {
  return marksWithRenames(snapshot, renames);
}

export async function upgradeToVersion5(
  _db: IDBPDatabase<AuditDB>,
  tx: IDBPTransaction<AuditDB, StoreNames<AuditDB>[], 'versionchange'>,
  renames: IndicatorRenames,
): Promise<void> {
  const checklists = tx.objectStore('checklists');
  for (const old of (await checklists.getAll()) as unknown as (ChecklistBeforeV5 | Checklist)[]) {
    const upgraded =
      'indicators' in old ? checklistFromV4(old, renames) : checklistWithRenames(old, renames);
    await checklists.put(upgraded);
  }
  const sites = tx.objectStore('sites');
  const allSites = (await sites.getAll()).map(siteToV5);
  await Promise.all(allSites.map((site) => sites.put(site)));
  const pages = tx.objectStore('pages');
  const allPages = (await pages.getAll()).map((page) => pageWithRenames(page, renames));
  await Promise.all(allPages.map((page) => pages.put(page)));
  // A renamed verdict moves to its new key: the old one is deleted.
  const verdicts = tx.objectStore('verdicts');
  const allVerdicts: VerdictRecord[] = [];
  for (const old of await verdicts.getAll()) {
    const upgraded = verdictToV5(old, renames);
    if (upgraded.indicator !== old.indicator) await verdicts.delete([old.site, old.indicator]);
    await verdicts.put(upgraded);
    allVerdicts.push(upgraded);
  }
  const snapshots = tx.objectStore('snapshots');
  for (const old of await snapshots.getAll())
    await snapshots.put(snapshotWithRenames(old, renames));
  const summaries = tx.objectStore('summaries');
  await summaries.clear();
  await Promise.all(
    summariseAll(allSites, allPages, allVerdicts).map((summary) => summaries.put(summary)),
  );
}
