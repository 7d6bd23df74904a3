/**
 * The one IndexedDB schema of the extension. Only lib/db touches IndexedDB, and only from
 * extension pages and the background (a content script would open the page's database).
 */
import type { DBSchema } from 'idb';
import type { AddedEvidence, ItemId, ScannerResult, Verdict, VerdictHow } from '../assessment.ts';
import type { Checklist } from '../checklists/checklist.ts';
import type { ScanStatus } from '../indicators/types.ts';
import type { EmailFieldCheck } from '../scan/form-check.ts';
import type { Finding } from '../scan/scan-page.ts';

export const DB_NAME = 'nhs-site-audit';
/**
 * Version history (each version's upgrade runs after the earlier ones, lib/db/repository.ts):
 * 1. sites, pages, verdicts (the first release).
 * 2. settings, checklists, campaigns; page scans of the first slice get `emailFields: []`.
 * 3. crawls (the state of each site's "Scan this site", so that it survives the views and can be
 *    resumed); verdict records get `scannerSeen: null` (unknown for verdicts set before it),
 *    `verdictBy: ''` (who is not known), `verdictHow: 'judged'` and `addedEvidence: []`.
 * 4. (issue 11, the survey dashboard) campaigns get `organisations` (name, code, url, site, extra
 *    columns; older campaigns get one unnamed organisation per site at `https://<site>/`) and
 *    `source` (''); new store `summaries` (one per site, derived from its pages and verdicts by
 *    lib/score, rewritten with every write of them: the dashboard lists 10,000 sites from it
 *    without reading their evidence; not backed up, rebuilt on restore and by the upgrade);
 *    new store `snapshots` (an assessment kept as it stood, to compare a site over time); a new
 *    setting `lastBackupAt`.
 * 5. (issue 9, shared checklists) checklists are versioned, with custom indicators and the
 *    history of their changes (a v4 checklist becomes version 1 of itself); each site records
 *    the checklist it is assessed with (`checklistId`, the catalogue until chosen) and each
 *    verdict the checklist and version it was given under; indicator renames
 *    (lib/indicator-renames.ts) are applied to every stored record.
 */
export const DB_VERSION = 5;

export interface SiteRecord {
  /** The host without `www.`: the key every other record of the site carries. */
  site: string;
  firstSeenAt: string;
  lastScannedAt: string;
  /** The last page scanned on the site. */
  lastUrl: string;
  /** The checklist the site is assessed with (since version 5; the catalogue's id by default). */
  checklistId: string;
}

export interface PageScanRecord {
  site: string;
  url: string;
  title: string;
  scannedAt: string;
  findings: Finding[];
  /** The contact-form check (since version 2; older scans had none and get []). */
  emailFields: EmailFieldCheck[];
}

/**
 * One indicator of one site. Verdict and note carry their own timestamps so that two views
 * editing different fields never overwrite each other, and the later edit of a field wins.
 */
export interface VerdictRecord {
  site: string;
  indicator: ItemId;
  verdict: Verdict | null;
  verdictAt: string;
  note: string;
  noteAt: string;
  /**
   * The scanner's result the auditor saw when last setting or keeping the verdict (null: not
   * known, verdicts made before version 3). A later scan that contradicts the verdict is
   * flagged only when the scanner's result is no longer this one.
   */
  scannerSeen: ScannerResult | null;
  /** Who gave the verdict (the auditor's name from the settings; '' when not known). */
  verdictBy: string;
  /** `confirmed`: the auditor accepted the scanner's result for it without judging it apart. */
  verdictHow: VerdictHow;
  /** Evidence the auditor added by hand (text selected on a page: "Add as evidence for…"). */
  addedEvidence: AddedEvidence[];
  /** The checklist and its version the verdict was last given under (since version 5). */
  checklistId: string;
  checklistVersion: number;
}

/** A setting of the auditor's, by name; the later change wins on restore. */
export interface SettingRecord {
  key: SettingKey;
  value: number | string | boolean;
  updatedAt: string;
}
export interface Settings {
  /** How many linked pages "Scan this site" reads. */
  crawlMaxPages: number;
  /** The auditor's name, recorded with each verdict. */
  auditorName: string;
  /** When the last backup of everything was made ('' never; since version 4). */
  lastBackupAt: string;
}
export const SETTING_DEFAULTS: Readonly<Settings> = {
  crawlMaxPages: 25,
  auditorName: '',
  lastBackupAt: '',
};
export const SETTING_KEYS = Object.keys(SETTING_DEFAULTS) as SettingKey[];
export type SettingKey = keyof Settings;

/** A checklist: which indicators an audit uses, in order, to share between auditors. */
export type ChecklistRecord = Checklist;

/** A campaign: a named set of sites audited with one checklist (e.g. "All 42 ICBs, 2026"). */
export interface CampaignRecord {
  id: string;
  name: string;
  checklistId: string | null;
  /** The distinct sites of its organisations, in list order (derived from `organisations`). */
  sites: string[];
  /** The organisations to assess, in the list's order (since version 4). */
  organisations: CampaignOrganisation[];
  /** Where the list comes from ('' when not known; the shipped lists name their source). */
  source: string;
  createdAt: string;
  updatedAt: string;
}

/** One organisation of a campaign: a row of its CSV (lib/campaigns/csv.ts). */
export interface CampaignOrganisation {
  name: string;
  /** Its code (ODS or other), '' when the list has none. */
  code: string;
  /** Its website as listed, '' when it has none (a closed organisation). */
  url: string;
  /** The site key of `url` (lib/site.ts), null without a url. */
  site: string | null;
  /** The list's other columns, by their header. */
  extra: Record<string, string>;
}

/** One indicator of a site in brief: the scanner's merged result and the auditor's verdict. */
export interface IndicatorMarks {
  /** The scanner's result for the site, where a page was scanned. */
  scanner: Partial<Record<ItemId, ScanStatus>>;
  /** The auditor's verdicts given. */
  verdicts: Partial<Record<ItemId, Verdict>>;
}

/**
 * A site in brief, derived from its pages and verdicts (lib/score/summary.ts) and rewritten in
 * the same transaction as every write of them: what the dashboard lists and sums up.
 */
export interface SummaryRecord extends IndicatorMarks {
  site: string;
  pages: number;
  /** The page scanned last ('' when none): where the dashboard opens the site. */
  lastUrl: string;
  /** The latest of its scans, verdicts and notes. */
  lastChangeAt: string;
  /** The checklist the site is assessed with (its site record's; since version 5). */
  checklistId: string;
}

/** A site's assessment kept as it stood, to compare with a later one. */
export interface SnapshotRecord extends IndicatorMarks {
  site: string;
  takenAt: string;
  pages: number;
  /** Who kept it (the auditor's name, '' when not set). */
  takenBy: string;
}

/** Where a whole-site scan stands. `interrupted`: the browser or extension stopped while it ran. */
export const CRAWL_STATUSES = ['running', 'done', 'cancelled', 'interrupted', 'failed'] as const;
export type CrawlStatus = (typeof CRAWL_STATUSES)[number];

/** A page waiting in a site scan's queue, with its rank and the order it was found in. */
export interface QueuedPage {
  href: string;
  score: number;
  order: number;
}

/** What a site scan has covered and what it would read next: enough to resume it. */
export interface CrawlFrontier {
  waiting: QueuedPage[];
  /** Every address already queued, read or skipped. */
  known: string[];
  discovered: number;
}

/** A site's last "Scan this site", kept up to date page by page by the background. */
export interface CrawlRecord {
  site: string;
  startUrl: string;
  maxPages: number;
  status: CrawlStatus;
  startedAt: string;
  updatedAt: string;
  /** Pages read (or failed) so far. */
  done: number;
  /** Pages the scan expects to read in all (grows as pages are discovered, up to maxPages). */
  total: number;
  /** The page being read now. */
  current?: string | undefined;
  /** Pages scanned and stored. */
  scanned: string[];
  failures: { url: string; error: string }[];
  frontier: CrawlFrontier | null;
  /** Why the scan failed, for `failed`. */
  error?: string | undefined;
  /**
   * For a crawl imported from the command line (issue 12): the tool and version that crawled it,
   * so the checklist says where its results came from. Absent for the extension's own scans.
   */
  importedFrom?: string | undefined;
}

export interface AuditDB extends DBSchema {
  sites: { key: string; value: SiteRecord; indexes: { 'by-last-scanned': string } };
  pages: { key: [string, string]; value: PageScanRecord; indexes: { 'by-site': string } };
  verdicts: { key: [string, ItemId]; value: VerdictRecord; indexes: { 'by-site': string } };
  settings: { key: string; value: SettingRecord };
  checklists: { key: string; value: ChecklistRecord };
  campaigns: { key: string; value: CampaignRecord };
  crawls: { key: string; value: CrawlRecord };
  summaries: { key: string; value: SummaryRecord };
  snapshots: { key: [string, string]; value: SnapshotRecord; indexes: { 'by-site': string } };
}

/** Every store, in the order a backup lists them. */
export const STORE_NAMES = [
  'sites',
  'pages',
  'verdicts',
  'settings',
  'checklists',
  'campaigns',
  'snapshots',
] as const;
export type StoreName = (typeof STORE_NAMES)[number];
/**
 * Stores of work in progress or derived from the others, not of findings: not backed up or
 * restored (summaries are rebuilt from what is restored).
 */
export const WORK_STORE_NAMES = ['crawls', 'summaries'] as const;

/** A backup's records, store by store: the database's own record types, the one source of them. */
export type BackupStores = { [S in StoreName]: AuditDB[S]['value'][] };
