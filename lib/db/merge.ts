/** Writes the verdicts an auditor took from another's export (lib/merge/), all or nothing. */
import { allOrNothing } from './all-or-nothing.ts';
import { announceChange } from './changes.ts';
import type { AuditDatabase } from './repository.ts';
import type { ChecklistRecord, PageScanRecord, SiteRecord, VerdictRecord } from './schema.ts';
import { refreshSummary } from './summaries.ts';

/** The stored verdicts of the given sites, by "site\nindicator". */
export async function verdictsOfSites(
  db: AuditDatabase,
  sites: readonly string[],
): Promise<Map<string, VerdictRecord>> {
  const tx = db.transaction('verdicts', 'readonly');
  const lists = await Promise.all(sites.map((site) => tx.store.index('by-site').getAll(site)));
  await tx.done;
  return new Map(lists.flat().map((record) => [`${record.site}\n${record.indicator}`, record]));
}

/** A site only the other auditor assessed, as the records this extension stores. */
export interface NewSiteRecords {
  site: SiteRecord;
  pages: PageScanRecord[];
  verdicts: VerdictRecord[];
}

/**
 * Stores a merge in one transaction (a failure writes none) and sums up its sites again: the
 * verdicts taken from the other auditor, and the sites only they assessed, whole, with the
 * checklists those use that are not here yet. A site that appeared here meanwhile is left as it
 * is (the merge is planned again for it) and named in the result.
 */
export async function saveMerge(
  db: AuditDatabase,
  merge: {
    verdicts: readonly VerdictRecord[];
    newSites: readonly NewSiteRecords[];
    checklists: readonly ChecklistRecord[];
  },
): Promise<{ sitesAdded: string[]; sitesSkipped: string[] }> {
  const outcome = { sitesAdded: [] as string[], sitesSkipped: [] as string[] };
  if (merge.verdicts.length === 0 && merge.newSites.length === 0) return outcome;
  const tx = db.transaction(['verdicts', 'pages', 'sites', 'summaries', 'checklists'], 'readwrite');
  await allOrNothing(tx, async () => {
    const verdicts = tx.objectStore('verdicts');
    for (const record of merge.verdicts) await verdicts.put(record);
    const touched = new Set(merge.verdicts.map((record) => record.site));
    const used = new Set<string>();
    for (const added of merge.newSites) {
      if (await tx.objectStore('sites').get(added.site.site)) {
        outcome.sitesSkipped.push(added.site.site);
        continue;
      }
      await tx.objectStore('sites').put(added.site);
      for (const page of added.pages) await tx.objectStore('pages').put(page);
      for (const record of added.verdicts) await verdicts.put(record);
      used.add(added.site.checklistId);
      touched.add(added.site.site);
      outcome.sitesAdded.push(added.site.site);
    }
    const checklists = tx.objectStore('checklists');
    for (const checklist of merge.checklists)
      if (used.has(checklist.id) && !(await checklists.get(checklist.id)))
        await checklists.put(checklist);
    for (const site of touched) await refreshSummary(tx, site);
  });
  announceChange({ kind: 'all' });
  return outcome;
}
