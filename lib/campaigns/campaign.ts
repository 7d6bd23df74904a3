/**
 * Campaigns: a list of organisations to assess, each with where its review stands, the next one
 * to open, and a campaign's own export. Pure: the dashboard's store reads and writes the records.
 */
import type { ItemId } from '../assessment.ts';
import type { CampaignOrganisation, CampaignRecord, SummaryRecord } from '../db/schema.ts';
import { csvText, type ExportFile } from '../export/formats.ts';
import { INDICATORS } from '../indicators/index.ts';
import { type ReviewProgress, reviewProgress, scoreOf } from '../score/score.ts';
import { parseCampaignCsv } from './csv.ts';

/** A campaign record from its CSV (throws CampaignFileError before anything is made). */
export function campaignFromCsv(
  csv: string,
  options: { id: string; name: string; source: string; at: string },
): CampaignRecord {
  const organisations = parseCampaignCsv(csv);
  return {
    id: options.id,
    name: options.name.trim() || 'Campaign',
    checklistId: null,
    sites: distinctSites(organisations),
    organisations,
    source: options.source,
    createdAt: options.at,
    updatedAt: options.at,
  };
}

/** The distinct sites of a list of organisations, in list order (a campaign's `sites`). */
export function distinctSites(organisations: readonly CampaignOrganisation[]): string[] {
  return [...new Set(organisations.flatMap((o) => (o.site ? [o.site] : [])))];
}

/** A campaign's name from its file's name: `icbs-2026.csv` → `icbs-2026`. */
export function campaignNameOfFile(fileName: string): string {
  return fileName.replace(/\.[^.]*$/, '').trim();
}

export interface OrganisationProgress extends ReviewProgress {
  organisation: CampaignOrganisation;
}

export interface CampaignProgress {
  organisations: OrganisationProgress[];
  done: number;
  inProgress: number;
  notStarted: number;
  /** Organisations without a website: nothing to review. */
  noWebsite: number;
}

/** Where each organisation of a campaign stands, from the sites' summaries. */
export function campaignProgress(
  campaign: CampaignRecord,
  summaries: ReadonlyMap<string, SummaryRecord>,
  /** The items of a checklist by id: a site is done when its checklist's items are. */
  itemsOf: (checklistId: string) => readonly ItemId[] | undefined = () => undefined,
): CampaignProgress {
  const progress: CampaignProgress = {
    organisations: [],
    done: 0,
    inProgress: 0,
    notStarted: 0,
    noWebsite: 0,
  };
  for (const organisation of campaign.organisations) {
    const summary = organisation.site ? summaries.get(organisation.site) : undefined;
    const item = {
      organisation,
      ...reviewProgress(summary, summary?.pages ?? 0, summary && itemsOf(summary.checklistId)),
    };
    progress.organisations.push(item);
    if (!organisation.site) progress.noWebsite++;
    else if (item.status === 'done') progress.done++;
    else if (item.status === 'in-progress') progress.inProgress++;
    else progress.notStarted++;
  }
  return progress;
}

/**
 * The next organisation to open: the first in the list with a website that is not done,
 * one already in progress first (finish what was started), after `after` when given.
 */
export function nextToOpen(progress: CampaignProgress): OrganisationProgress | undefined {
  const open = progress.organisations.filter((o) => o.organisation.site && o.status !== 'done');
  return open.find((o) => o.status === 'in-progress') ?? open[0];
}

/**
 * The campaign on its own, as a spreadsheet: one row per organisation with its columns as
 * listed, where its review stands, its score, and each indicator's verdict and scanner result.
 */
export function campaignToCsv(
  campaign: CampaignRecord,
  summaries: ReadonlyMap<string, SummaryRecord>,
  exportedAt: string,
): ExportFile {
  const extraColumns = [...new Set(campaign.organisations.flatMap((o) => Object.keys(o.extra)))];
  const rows = campaignProgress(campaign, summaries).organisations.map((item) => {
    const { organisation } = item;
    const summary = organisation.site ? summaries.get(organisation.site) : undefined;
    const row: Record<string, string | number> = {
      name: organisation.name,
      code: organisation.code,
      url: organisation.url,
      site: organisation.site ?? '',
      status: organisation.site ? item.status : 'no website',
      reviewed: item.reviewed,
      of: item.total,
      pages_scanned: summary?.pages ?? 0,
      score: summary ? scoreOf(summary).score : '',
      problems: summary ? scoreOf(summary).problems.length : '',
      last_change: summary?.lastChangeAt ?? '',
    };
    for (const indicator of INDICATORS) {
      row[indicator.id] = summary?.verdicts[indicator.id] ?? '';
      row[`${indicator.id} (scanner)`] = summary?.scanner[indicator.id] ?? 'not-scanned';
    }
    for (const column of extraColumns) row[`${column} (list)`] = organisation.extra[column] ?? '';
    return row;
  });
  const fields = Object.keys(rows[0] ?? { name: '' });
  const cells = rows.map((row) => fields.map((field) => String(row[field] ?? '')));
  const slug = campaign.name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return {
    filename: `nhs-site-audit-campaign-${slug || campaign.id}-${exportedAt.slice(0, 10)}.csv`,
    mimeType: 'text/csv',
    // Names and columns come from a file: cells that would run as formulas are made safe.
    content: csvText(fields, cells),
  };
}
