/** Every stored site's assessment, each with its own checklist: what the survey exports and reports read. */
import type { Assessment } from '../assessment.ts';
import { CATALOGUE_CHECKLIST, type Checklist } from '../checklists/checklist.ts';
import { readBackupStores } from '../db/backup.ts';
import type { AuditDatabase } from '../db/repository.ts';
import { buildAssessment } from './assessment.ts';

/** Records grouped by their site (Map.groupBy is not in Node 20). */
function bySite<T extends { site: string }>(records: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const record of records) {
    const group = groups.get(record.site);
    if (group) group.push(record);
    else groups.set(record.site, [record]);
  }
  return groups;
}

/**
 * Every site's assessment, sorted by site, and the stored checklists; only a checklist's sites
 * when given, and only the given sites (a campaign's) when given.
 */
export async function allAssessments(
  db: AuditDatabase,
  checklistId?: string,
  sites?: ReadonlySet<string>,
): Promise<{ assessments: Assessment[]; checklists: Checklist[] }> {
  const stores = await readBackupStores(db);
  const pages = bySite(stores.pages);
  const verdicts = bySite(stores.verdicts);
  const checklists = new Map(stores.checklists.map((checklist) => [checklist.id, checklist]));
  const assessments = stores.sites
    .filter(
      (site) =>
        (!checklistId || site.checklistId === checklistId) && (!sites || sites.has(site.site)),
    )
    .sort((a, b) => a.site.localeCompare(b.site))
    .map((site) =>
      buildAssessment(
        site.site,
        {
          site,
          pages: (pages.get(site.site) ?? []).sort((a, b) =>
            a.scannedAt.localeCompare(b.scannedAt),
          ),
          verdicts: verdicts.get(site.site) ?? [],
        },
        checklists.get(site.checklistId) ?? CATALOGUE_CHECKLIST,
      ),
    );
  return { assessments, checklists: stores.checklists };
}
