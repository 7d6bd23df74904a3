/** Crawl result files (the command line's `nhs-site-audit/site-result`) for tests, fictional. */
import {
  RESULT_FORMAT,
  RESULT_FORMAT_VERSION,
  type ScannedPage,
  type SiteResult,
} from '../../../lib/export/site-result-file.ts';
import { INDICATOR_IDS, type IndicatorId } from '../../../lib/indicators/index.ts';
import type { ScanStatus } from '../../../lib/indicators/types.ts';
import { mergeFindings } from '../../../lib/scan/merge.ts';
import { pageResult } from './fixtures.ts';

export interface ResultOptions {
  name?: string;
  code?: string;
  /** The organisation's URL as listed (also where the crawl starts, unless `startUrl`). */
  url?: string;
  startUrl?: string;
  campaign?: string;
  startedAt?: string;
  /** Each page: its path and the scanner's statuses there. */
  pages?: [string, Partial<Record<IndicatorId, ScanStatus>>][];
  failures?: { url: string; error: string }[];
  /** A site that could not be crawled, with this reason. */
  error?: string;
}

/** A result as `nhs-site-audit crawl` writes it: pages a second apart, merged findings. */
export function siteResult(options: ResultOptions = {}): SiteResult {
  const url = options.url ?? 'https://www.northfold.example.nhs.uk/';
  const startUrl = options.startUrl ?? url;
  const startedAt = options.startedAt ?? '2026-03-01T01:00:00.000Z';
  const second = (n: number) => new Date(Date.parse(startedAt) + n * 1000).toISOString();
  const pages: ScannedPage[] = options.error
    ? []
    : (options.pages ?? [['/', { foi: 'found', pals: 'not-found' }]]).map(
        ([path, statuses], index) => ({
          ...pageResult(new URL(path, startUrl).href, statuses),
          scannedAt: second(index + 1),
        }),
      );
  let site: string | null = null;
  try {
    site = new URL(url).hostname.replace(/^www\./, '');
  } catch {
    site = null;
  }
  return {
    format: RESULT_FORMAT,
    formatVersion: RESULT_FORMAT_VERSION,
    tool: { name: 'nhs-site-audit', version: '0.1.0' },
    campaign: options.campaign ?? 'icbs',
    organisation: {
      name: options.name ?? 'Northfold ICB (fictional)',
      code: options.code ?? 'N1',
      url,
      extra: { region: 'North' },
    },
    site,
    startUrl,
    status: options.error ? 'failed' : 'done',
    ...(options.error ? { error: options.error } : {}),
    startedAt,
    finishedAt: second(60),
    settings: {
      maxPages: 25,
      pauseMs: 1000,
      timeoutMs: 30000,
      maxBytes: 5e6,
      userAgent: 'nhs-site-audit/0.1.0 (test)',
    },
    checklist: { id: 'catalogue', indicators: [...INDICATOR_IDS] },
    pages,
    failures: options.failures ?? [],
    findings: mergeFindings(pages),
  };
}

export const resultJson = (result: SiteResult) => `${JSON.stringify(result, null, 2)}\n`;
