/**
 * Runs "Scan this site" where it survives the views: in the background. Each site's scan is a
 * stored record, updated page by page, so that every view shows its progress from the database,
 * any view can cancel it, and a scan cut short by the browser or the extension stopping is
 * shown as interrupted, with what it covered, and can be resumed from where it stood.
 */

import { customIndicatorsOf } from '../db/checklists.ts';
import {
  type AuditDatabase,
  loadCrawl,
  markCrawlsInterrupted,
  saveCrawl,
  savePageScan,
} from '../db/repository.ts';
import type { CrawlRecord } from '../db/schema.ts';
import { errorMessage } from '../errors.ts';
import { siteKeyOf } from '../site.ts';
import { type CrawlDeps, crawlSite, DEFAULT_PAUSE_MS } from './site-crawl.ts';

export interface SiteScanRunnerDeps extends Pick<CrawlDeps, 'fetchPage' | 'readPage' | 'pause'> {
  openDb: () => Promise<AuditDatabase>;
  now: () => string;
  pauseMs?: number;
  /** Keeps the background alive while a scan runs (Chrome ends an idle service worker). */
  keepAlive?: () => () => void;
}

export function createSiteScanRunner(deps: SiteScanRunnerDeps) {
  const running = new Map<string, AbortController>();

  const run = async (record: CrawlRecord): Promise<void> => {
    const controller = new AbortController();
    running.set(record.site, controller);
    const release = deps.keepAlive?.() ?? (() => {});
    const db = await deps.openDb();
    let current = record;
    const store = async (change: Partial<CrawlRecord>) => {
      current = { ...current, ...change, updatedAt: deps.now() };
      await saveCrawl(db, current);
    };
    try {
      await store({});
      const custom = await customIndicatorsOf(db, record.site);
      await crawlSite(
        record.startUrl,
        {
          maxPages: record.maxPages,
          custom,
          pauseMs: deps.pauseMs ?? DEFAULT_PAUSE_MS,
          signal: controller.signal,
          resume: record.frontier
            ? {
                frontier: record.frontier,
                progress: {
                  done: record.done,
                  total: record.total,
                  failures: record.failures,
                },
              }
            : undefined,
        },
        {
          fetchPage: deps.fetchPage,
          readPage: deps.readPage,
          pause: deps.pause,
          onPage: async (result) => {
            await savePageScan(db, result, deps.now());
            current = { ...current, scanned: [...current.scanned, result.url] };
          },
          onProgress: (progress, frontier) =>
            store({
              done: progress.done,
              total: progress.total,
              current: progress.current,
              failures: progress.failures,
              frontier,
            }),
        },
      );
      await store({
        status: controller.signal.aborted ? 'cancelled' : 'done',
        current: undefined,
      });
    } catch (error) {
      await store({
        status: controller.signal.aborted ? 'cancelled' : 'failed',
        current: undefined,
        error: errorMessage(error),
      }).catch(() => undefined);
    } finally {
      running.delete(record.site);
      release();
    }
  };

  return {
    /**
     * Starts a scan of the site of `startUrl` and returns once it is stored as running; the
     * scan goes on in the background. A site has one scan at a time.
     */
    async start(startUrl: string, maxPages: number): Promise<CrawlRecord> {
      const site = siteKeyOf(startUrl);
      if (running.has(site)) throw new Error(`A scan of ${site} is already running.`);
      const at = deps.now();
      const record: CrawlRecord = {
        site,
        startUrl,
        maxPages,
        status: 'running',
        startedAt: at,
        updatedAt: at,
        done: 0,
        total: 0,
        scanned: [],
        failures: [],
        frontier: null,
      };
      await saveCrawl(await deps.openDb(), record);
      void run(record);
      return record;
    },

    /** Goes on with an interrupted or cancelled scan from where it stood. */
    async resume(site: string): Promise<CrawlRecord> {
      if (running.has(site)) throw new Error(`A scan of ${site} is already running.`);
      const stored = await loadCrawl(await deps.openDb(), site);
      if (!stored) throw new Error(`There is no site scan of ${site} to resume.`);
      if (stored.status === 'done') throw new Error(`The scan of ${site} is already complete.`);
      const record: CrawlRecord = { ...stored, status: 'running', error: undefined };
      await saveCrawl(await deps.openDb(), record);
      void run(record);
      return record;
    },

    /** Stops a running scan; what it read stays stored. False when none was running. */
    cancel(site: string): boolean {
      const controller = running.get(site);
      controller?.abort();
      return controller !== undefined;
    },

    isRunning: (site: string) => running.has(site),

    /** Scans stored as running that do not run here were cut short: say so in their records. */
    markInterrupted: async () =>
      markCrawlsInterrupted(await deps.openDb(), deps.now(), (site) => running.has(site)),
  };
}

export type SiteScanRunner = ReturnType<typeof createSiteScanRunner>;
