/**
 * The one IndexedDB schema of the extension. Only lib/db touches IndexedDB, and only from
 * extension pages and the background (a content script would open the page's database).
 */
import type { DBSchema } from 'idb';
import type { IndicatorId } from '../indicators/index.ts';
import type { EmailFieldCheck } from '../scan/form-check.ts';
import type { Finding } from '../scan/scan-page.ts';

export const DB_NAME = 'nhs-site-audit';
/**
 * Version history (each version's upgrade runs after the earlier ones, lib/db/repository.ts):
 * 1. sites, pages, verdicts (the first release).
 * 2. settings, checklists, campaigns; page scans of the first slice get `emailFields: []`.
 */
export const DB_VERSION = 2;

/** The auditor's judgement of an indicator. */
export const VERDICTS = ['yes', 'no', 'partial', 'na'] as const;
export type Verdict = (typeof VERDICTS)[number];
export const VERDICT_LABELS: Record<Verdict, string> = {
  yes: 'Yes',
  no: 'No',
  partial: 'Partial',
  na: 'Not applicable',
};

export interface SiteRecord {
  /** The host without `www.`: the key every other record of the site carries. */
  site: string;
  firstSeenAt: string;
  lastScannedAt: string;
  /** The last page scanned on the site. */
  lastUrl: string;
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
  indicator: IndicatorId;
  verdict: Verdict | null;
  verdictAt: string;
  note: string;
  noteAt: string;
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
}
export const SETTING_DEFAULTS: Readonly<Settings> = { crawlMaxPages: 25 };
export type SettingKey = keyof Settings;

/** A checklist: which indicators an audit uses, in order, to share between auditors. */
export interface ChecklistRecord {
  id: string;
  name: string;
  description: string;
  indicators: IndicatorId[];
  createdAt: string;
  updatedAt: string;
}

/** A campaign: a named set of sites audited with one checklist (e.g. "All 42 ICBs, 2026"). */
export interface CampaignRecord {
  id: string;
  name: string;
  checklistId: string | null;
  sites: string[];
  createdAt: string;
  updatedAt: string;
}

export interface AuditDB extends DBSchema {
  sites: { key: string; value: SiteRecord; indexes: { 'by-last-scanned': string } };
  pages: { key: [string, string]; value: PageScanRecord; indexes: { 'by-site': string } };
  verdicts: { key: [string, IndicatorId]; value: VerdictRecord; indexes: { 'by-site': string } };
  settings: { key: string; value: SettingRecord };
  checklists: { key: string; value: ChecklistRecord };
  campaigns: { key: string; value: CampaignRecord };
}

/** Every store, in the order a backup lists them. */
export const STORE_NAMES = [
  'sites',
  'pages',
  'verdicts',
  'settings',
  'checklists',
  'campaigns',
] as const;
export type StoreName = (typeof STORE_NAMES)[number];
