/**
 * The summaries store: one record per site derived from its pages and verdicts
 * (lib/score/summary.ts), rewritten in the transaction of every write of them, so that the
 * dashboard lists thousands of sites without reading their evidence.
 */
import type { IDBPTransaction } from 'idb';
import { summariseSite } from '../score/summary.ts';
import type { AuditDatabase } from './repository.ts';
import type {
  AuditDB,
  PageScanRecord,
  SiteRecord,
  SummaryRecord,
  VerdictRecord,
} from './schema.ts';

type Tx = IDBPTransaction<
  AuditDB,
  (
    | 'pages'
    | 'verdicts'
    | 'summaries'
    | 'sites'
    | 'crawls'
    | 'campaigns'
    | 'snapshots'
    | 'checklists'
  )[],
  'readwrite' | 'versionchange'
>;

/** Reads the site's pages and verdicts in `tx` and writes its summary there. */
export async function refreshSummary(tx: Tx, site: string): Promise<SummaryRecord> {
  const [pages, verdicts, record] = await Promise.all([
    tx.objectStore('pages').index('by-site').getAll(site),
    tx.objectStore('verdicts').index('by-site').getAll(site),
    tx.objectStore('sites').get(site),
  ]);
  const summary = summariseSite(site, pages, verdicts, record);
  if (!record && pages.length === 0 && verdicts.length === 0)
    await tx.objectStore('summaries').delete(site);
  else await tx.objectStore('summaries').put(summary);
  return summary;
}

/** Summaries of every site with a record, pages or verdicts, from records already read. */
export function summariseAll(
  sites: Iterable<SiteRecord>,
  pages: Iterable<PageScanRecord>,
  verdicts: Iterable<VerdictRecord>,
  only?: ReadonlySet<string>,
): SummaryRecord[] {
  const bySite = new Map<
    string,
    { pages: PageScanRecord[]; verdicts: VerdictRecord[]; record?: SiteRecord }
  >();
  const entry = (site: string) => {
    const found = bySite.get(site);
    if (found) return found;
    const created: { pages: PageScanRecord[]; verdicts: VerdictRecord[]; record?: SiteRecord } = {
      pages: [],
      verdicts: [],
    };
    bySite.set(site, created);
    return created;
  };
  for (const site of sites) if (!only || only.has(site.site)) entry(site.site).record = site;
  for (const page of pages) if (!only || only.has(page.site)) entry(page.site).pages.push(page);
  for (const record of verdicts)
    if (!only || only.has(record.site)) entry(record.site).verdicts.push(record);
  return [...bySite].map(([site, records]) =>
    summariseSite(site, records.pages, records.verdicts, records.record),
  );
}

/** Every site's summary. */
export function listSummaries(db: AuditDatabase): Promise<SummaryRecord[]> {
  return db.getAll('summaries');
}
