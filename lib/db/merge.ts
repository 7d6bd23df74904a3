/** Writes the verdicts an auditor took from another's export (lib/merge/), all or nothing. */
import { announceChange } from './changes.ts';
import type { AuditDatabase } from './repository.ts';
import type { VerdictRecord } from './schema.ts';
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

/** Stores the records in one transaction (a failure writes none) and sums up their sites again. */
export async function saveMergedVerdicts(
  db: AuditDatabase,
  records: readonly VerdictRecord[],
): Promise<void> {
  if (records.length === 0) return;
  const tx = db.transaction(['verdicts', 'pages', 'sites', 'summaries', 'checklists'], 'readwrite');
  const store = tx.objectStore('verdicts');
  for (const record of records) await store.put(record);
  for (const site of new Set(records.map((record) => record.site))) await refreshSummary(tx, site);
  await tx.done;
  announceChange({ kind: 'all' });
}
