/**
 * The one IndexedDB schema of the extension. Only lib/db touches IndexedDB, and only from
 * extension pages and the background (a content script would open the page's database).
 */
import type { DBSchema } from 'idb';
import type { IndicatorId } from '../indicators/index.ts';
import type { EmailFieldCheck } from '../scan/form-check.ts';
import type { Finding } from '../scan/scan-page.ts';

export const DB_NAME = 'nhs-site-audit';
export const DB_VERSION = 1;

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

export interface AuditDB extends DBSchema {
  sites: { key: string; value: SiteRecord; indexes: { 'by-last-scanned': string } };
  pages: { key: [string, string]; value: PageScanRecord; indexes: { 'by-site': string } };
  verdicts: { key: [string, IndicatorId]; value: VerdictRecord; indexes: { 'by-site': string } };
}
