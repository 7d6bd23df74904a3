/**
 * A night's crawl on the dashboard (issue 12): the command line's result files
 * (lib/export/site-result-file.ts) as the records the extension stores for its own site scans,
 * and the campaign organisations they belong to. Pure: the survey store reads the files and
 * lib/db/crawl-import.ts writes what this makes, in one transaction.
 *
 * Which organisation a result is: the organisation of a stored campaign on the same site (the
 * one listed, or the one the crawl landed on after redirects) or with the same code. A result
 * that matches none is added to the campaign named in the file (created when there is none of
 * that name), so that a crawl of a list the dashboard does not have yet arrives as a campaign.
 * An organisation whose site moved (the crawl landed on another site) gets the new address.
 */
import type { ImportedSiteScan } from '../db/crawl-import.ts';
import type { CampaignOrganisation, CampaignRecord, CrawlRecord } from '../db/schema.ts';
import { errorMessage } from '../errors.ts';
import {
  checkResultFileSize,
  parseSiteResult,
  type SiteResult,
  SiteResultFileError,
} from '../export/site-result-file.ts';
import { mergeStatuses } from '../scan/merge.ts';
import { siteKeyOf } from '../site.ts';
import { distinctSites } from './campaign.ts';

export interface CrawlResultFile {
  /** The file's name (or its path in the chosen folder), for messages. */
  name: string;
  result: SiteResult;
}

/** Where the crawl's pages are: the site it landed on, else the organisation's listed site. */
function crawledSite(result: SiteResult): string | null {
  return result.pages.length > 0 ? siteKeyOf(result.startUrl) : result.site;
}

/**
 * One result file as the extension's records: each page as a page scan of the site, and the
 * site scan's record (done, with the pages read and those that failed). Undefined for a site
 * that was not crawled (no pages). The site's merged findings are not stored: the extension
 * derives them from the pages with the same merge (lib/scan/merge.ts) the command used.
 */
export function scanOfResult(result: SiteResult): ImportedSiteScan | undefined {
  const site = crawledSite(result);
  if (!site || result.pages.length === 0) return undefined;
  const crawl: CrawlRecord = {
    site,
    startUrl: result.startUrl,
    // The extension counts the linked pages, the command counts the start page too.
    maxPages: Math.max(result.settings.maxPages - 1, 1),
    status: 'done',
    startedAt: result.startedAt,
    updatedAt: result.finishedAt,
    done: result.pages.length + result.failures.length,
    total: result.pages.length + result.failures.length,
    scanned: result.pages.map((page) => page.url),
    failures: result.failures.map(({ url, error }) => ({ url, error })),
    frontier: null,
    importedFrom: `${result.tool.name} ${result.tool.version}`,
  };
  return {
    site,
    crawl,
    checklistId: result.checklist.id,
    pages: result.pages.map((page) => ({
      site,
      url: page.url,
      title: page.title,
      scannedAt: page.scannedAt,
      findings: page.findings,
      emailFields: page.emailFields,
    })),
  };
}

/** What the campaigns gained from an import. */
export interface CampaignChanges {
  /** The campaigns to store: created, or with organisations added or moved. */
  records: CampaignRecord[];
  /** Results that matched an organisation already listed. */
  matched: number;
  created: string[];
  /** Organisations added to a campaign, by its name (new campaigns included). */
  added: Record<string, number>;
  /** Organisations whose site the crawl found elsewhere: "name: old → new". */
  moved: string[];
}

/**
 * Matches each result to the organisations of the stored campaigns (by site or code) and adds
 * those that match none to the campaign the file names (created when missing). Pure: returns
 * copies of the campaigns it changed.
 */
export function matchCampaigns(
  stored: readonly CampaignRecord[],
  files: readonly CrawlResultFile[],
  options: { now: string; newId: () => string },
): CampaignChanges {
  const campaigns = stored.map((campaign) => ({
    ...campaign,
    organisations: campaign.organisations.map((organisation) => ({ ...organisation })),
  }));
  const changed = new Set<CampaignRecord>();
  const changes: CampaignChanges = { records: [], matched: 0, created: [], added: {}, moved: [] };
  // Organisations by site and by code: thousands of results against lists of thousands.
  type Listed = { campaign: CampaignRecord; listed: CampaignOrganisation };
  const bySite = new Map<string, Listed[]>();
  const byCode = new Map<string, Listed[]>();
  const index = (map: Map<string, Listed[]>, key: string, entry: Listed) => {
    if (key) map.set(key, [...(map.get(key) ?? []), entry]);
  };
  const remember = (entry: Listed) => {
    index(bySite, entry.listed.site ?? '', entry);
    index(byCode, entry.listed.code.toLowerCase(), entry);
  };
  for (const campaign of campaigns)
    for (const listed of campaign.organisations) remember({ campaign, listed });
  for (const { result } of files) {
    const site = crawledSite(result);
    const { organisation } = result;
    const matches = new Set<Listed>([
      ...(site ? (bySite.get(site) ?? []) : []),
      ...(result.site ? (bySite.get(result.site) ?? []) : []),
      ...(organisation.code ? (byCode.get(organisation.code.toLowerCase()) ?? []) : []),
    ]);
    for (const { campaign, listed } of matches)
      if (site && result.pages.length > 0 && listed.site !== site) {
        changes.moved.push(`${listed.name || listed.url}: ${listed.site ?? 'none'} → ${site}`);
        listed.url = result.startUrl;
        listed.site = site;
        index(bySite, site, { campaign, listed });
        changed.add(campaign);
      }
    if (matches.size > 0) {
      changes.matched++;
      continue;
    }
    const name = result.campaign.trim() || `Crawl of ${result.startedAt.slice(0, 10)}`;
    let campaign = campaigns.find((c) => c.name.trim().toLowerCase() === name.toLowerCase());
    if (!campaign) {
      campaign = {
        id: options.newId(),
        name,
        checklistId: null,
        sites: [],
        organisations: [],
        source: `Crawl results of ${result.tool.name} ${result.tool.version}, imported ${options.now.slice(0, 10)}`,
        createdAt: options.now,
        updatedAt: options.now,
      };
      campaigns.push(campaign);
      changes.created.push(name);
    }
    const listed: CampaignOrganisation = {
      name: organisation.name || site || organisation.url,
      code: organisation.code,
      // Its address as listed, unless the crawl found the site elsewhere.
      url: site === null ? '' : site === result.site ? organisation.url : result.startUrl,
      site,
      extra: { ...organisation.extra },
    };
    campaign.organisations.push(listed);
    remember({ campaign, listed });
    changes.added[campaign.name] = (changes.added[campaign.name] ?? 0) + 1;
    changed.add(campaign);
  }
  for (const campaign of changed) {
    campaign.sites = distinctSites(campaign.organisations);
    campaign.updatedAt = options.now;
    changes.records.push(campaign);
  }
  return changes;
}

export interface CrawlImportPlan {
  /** One per site crawled, the latest crawl where the import has several of a site. */
  scans: ImportedSiteScan[];
  /** Results of sites that could not be crawled, with the crawl's reason. */
  failedSites: { file: string; organisation: string; url: string; error: string }[];
  /** Older crawls of a site the import also has a later crawl of: not stored. */
  superseded: string[];
  /** Pages of the crawled sites that could not be read. */
  failedPages: number;
  /**
   * Results whose site findings this version merges otherwise from the same pages (a command
   * of another version): the dashboard shows its own merge, as for its own scans.
   */
  remerged: string[];
}

/** Whether the file's site findings are the ones this version merges from its pages. */
function mergedAlike(result: SiteResult): boolean {
  const here = mergeStatuses(result.pages);
  return (
    here.size === result.findings.length &&
    result.findings.every((finding) => here.get(finding.indicator) === finding.status)
  );
}

/** The records to store for a set of checked result files. */
export function planCrawlImport(files: readonly CrawlResultFile[]): CrawlImportPlan {
  const plan: CrawlImportPlan = {
    scans: [],
    failedSites: [],
    superseded: [],
    failedPages: 0,
    remerged: [],
  };
  const latest = new Map<string, { file: string; scan: ImportedSiteScan }>();
  for (const { name, result } of files) {
    if (result.status === 'failed') {
      plan.failedSites.push({
        file: name,
        organisation: result.organisation.name || result.organisation.code,
        url: result.organisation.url,
        error: result.error ?? 'not crawled',
      });
      continue;
    }
    const scan = scanOfResult(result);
    if (!scan) continue;
    if (!mergedAlike(result)) plan.remerged.push(name);
    const earlier = latest.get(scan.site);
    if (earlier && earlier.scan.crawl.startedAt >= scan.crawl.startedAt) {
      plan.superseded.push(name);
      continue;
    }
    if (earlier) plan.superseded.push(earlier.file);
    latest.set(scan.site, { file: name, scan });
  }
  for (const { scan } of latest.values()) {
    plan.scans.push(scan);
    plan.failedPages += scan.crawl.failures.length;
  }
  return plan;
}

/**
 * The most one import reads (every file is held until all are checked, so that an import is
 * all or nothing): about 25,000 sites of 25 pages. A larger crawl is imported a shard at a time.
 */
export const MAX_IMPORT_BYTES = 512 * 1024 * 1024;

/** A file chosen on the dashboard: a File, or anything with its name, size and text. */
export interface ChosenFile {
  name: string;
  size: number;
  /** Its path within a chosen folder ('' or absent when chosen as a file). */
  webkitRelativePath?: string;
  text: () => Promise<string>;
}

/**
 * The files of a selection to read as results: every file chosen one by one (a wrong one is
 * refused, so the auditor hears of it); from a chosen folder (the crawl's output), its `.json`
 * files, the other files (summary.csv) passed over and checkpoints of crawls cut short named.
 */
export function resultFilesOf<F extends ChosenFile>(
  files: readonly F[],
): { results: F[]; cutShort: string[] } {
  const selection: { results: F[]; cutShort: string[] } = { results: [], cutShort: [] };
  for (const file of files) {
    const path = file.webkitRelativePath || file.name;
    if (file.name.endsWith('.partial.json')) selection.cutShort.push(path);
    else if (!file.webkitRelativePath || file.name.endsWith('.json')) selection.results.push(file);
  }
  return selection;
}

/**
 * Reads and checks every file (a file too large is refused unread), in name order; the problems
 * of those that are not results, each naming its file. `onProgress` hears every 25 files.
 */
export async function readResultFiles(
  files: readonly ChosenFile[],
  onProgress: (done: number) => void = () => {},
): Promise<{ parsed: CrawlResultFile[]; problems: string[] }> {
  const parsed: CrawlResultFile[] = [];
  const problems: string[] = [];
  for (const file of files) {
    const name = file.webkitRelativePath || file.name;
    try {
      checkResultFileSize(name, file.size);
      const content = await file.text().catch((error: unknown) => {
        throw new SiteResultFileError(
          `${name}: the file could not be read (${errorMessage(error)}): was it moved or deleted?`,
        );
      });
      parsed.push({ name, result: parseSiteResult(content, name) });
    } catch (error) {
      problems.push(errorMessage(error));
    }
    const done = parsed.length + problems.length;
    if (done % 25 === 0) onProgress(done);
  }
  parsed.sort((a, b) => a.name.localeCompare(b.name));
  return { parsed, problems };
}

/** What an import did, for the dashboard's summary. */
export interface CrawlImportReport {
  files: number;
  /** Sites whose scanner results were stored, and their pages written. */
  sites: number;
  pages: number;
  failedPages: number;
  failedSites: CrawlImportPlan['failedSites'];
  /** Sites left as they were, and why. */
  kept: { site: string; reason: string }[];
  superseded: string[];
  remerged: string[];
  /** Checkpoints of crawls cut short (`.partial.json`), not imported. */
  cutShort: string[];
  matched: number;
  created: string[];
  added: Record<string, number>;
  moved: string[];
}

/** The summary in sentences: the headline, each site that failed with the crawl's reason, notes. */
export function describeCrawlImport(report: CrawlImportReport): {
  headline: string;
  failedSites: string[];
  notes: string[];
} {
  const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
  const headline = `Imported ${plural(report.sites, 'site')} with ${plural(report.pages, 'page')} from ${plural(report.files, 'file')} as scanner results (no verdicts)${report.failedSites.length ? `; ${plural(report.failedSites.length, 'site')} could not be crawled` : ''}${report.failedPages ? `; ${plural(report.failedPages, 'page')} of the crawled sites could not be read` : ''}.`;
  const failedSites = report.failedSites.map(
    (failed) =>
      `${failed.organisation || failed.file} (${failed.url || 'no address'}): ${failed.error}`,
  );
  const notes: string[] = [];
  const campaigns: string[] = [];
  if (report.matched)
    campaigns.push(`${plural(report.matched, 'result')} matched a campaign's organisation`);
  for (const name of report.created) campaigns.push(`campaign “${name}” created`);
  for (const [name, count] of Object.entries(report.added))
    campaigns.push(`${plural(count, 'organisation')} added to “${name}”`);
  if (campaigns.length > 0) notes.push(`Campaigns: ${campaigns.join('; ')}.`);
  if (report.moved.length > 0)
    notes.push(
      `Sites that moved (the organisation now has the crawled address): ${report.moved.join('; ')}.`,
    );
  for (const { site, reason } of report.kept) notes.push(`${site} kept as it was: ${reason}.`);
  if (report.superseded.length > 0)
    notes.push(
      `Older crawls of a site also crawled later, not imported: ${report.superseded.join(', ')}.`,
    );
  if (report.remerged.length > 0)
    notes.push(
      `This version of the extension merges the pages of ${plural(report.remerged.length, 'result')} otherwise than the command that crawled them (another version): its checklist shows its own merge, as for its own scans (${report.remerged.join(', ')}).`,
    );
  if (report.cutShort.length > 0)
    notes.push(
      `Crawls cut short, not imported (finish them with nhs-site-audit crawl --resume): ${report.cutShort.join(', ')}.`,
    );
  return { headline, failedSites, notes };
}
