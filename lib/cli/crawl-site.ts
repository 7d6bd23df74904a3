/**
 * One organisation's site crawled from Node with the extension's crawl (lib/crawl/site-crawl.ts:
 * the same ranking, same-origin pages only): robots.txt honoured, requests paced per host, every
 * page parsed and scanned as the extension does. A checkpoint after each page lets a killed run
 * go on where it stood, and the result is one file, written whole or not at all.
 */
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { CATALOGUE_CHECKLIST, type Checklist, customSpecs } from '../checklists/checklist.ts';
import { type CrawlProgress, crawlSite, readPageWith } from '../crawl/site-crawl.ts';
import type { CrawlFrontier } from '../db/schema.ts';
import { errorMessage } from '../errors.ts';
import { mergeFindings } from '../scan/merge.ts';
import type { PageResult } from '../scan/scan-page.ts';
import type { CampaignEntry } from './campaign.ts';
import { findingsOf } from './checklist-option.ts';
import { parseHtml } from './dom.ts';
import {
  cancellableSleep,
  type HttpLimits,
  MAX_REDIRECTS,
  nodePageFetcher,
  politeGet,
  type SiteHttp,
} from './http.ts';
import { loadRobots } from './robots.ts';
import {
  RESULT_FORMAT,
  RESULT_FORMAT_VERSION,
  type ScannedPage,
  SITES_FOLDER,
  type SiteResult,
  writeAtomically,
  writeSiteResult,
} from './site-result.ts';
import { TOOL_NAME, TOOL_VERSION, USER_AGENT } from './version.ts';

export interface CrawlSettings extends HttpLimits {
  /** Pages read per site, the start page included. */
  maxPages: number;
  /** The least time between two requests to one host (a longer robots.txt Crawl-delay wins). */
  pauseMs: number;
}

/** A Crawl-delay longer than this is taken as this: a site is still crawled within hours. */
const MAX_CRAWL_DELAY_MS = 60_000;

export interface SiteCrawlContext {
  settings: CrawlSettings;
  /** The checklist to scan with (`--checklist`); the catalogue when absent. */
  checklist?: Checklist | undefined;
  campaign: string;
  outDir: string;
  /** Go on from the checkpoint of a crawl that was cut short, when there is one. */
  resume: boolean;
  pace: (url: string, pauseMs: number, signal: AbortSignal) => Promise<void>;
  signal: AbortSignal;
  now: () => string;
  fetchFn?: typeof fetch;
  onProgress?: (progress: CrawlProgress) => void;
}

/** What a crawl cut short had done: enough to go on without reading a page twice. */
interface Checkpoint {
  startUrl: string;
  startedAt: string;
  pages: ScannedPage[];
  progress: CrawlProgress;
  frontier: CrawlFrontier;
}

const checkpointPath = (outDir: string, key: string) =>
  join(outDir, SITES_FOLDER, `${key}.partial.json`);

async function readCheckpoint(path: string): Promise<Checkpoint | undefined> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as Checkpoint;
  } catch {
    return undefined;
  }
}

/**
 * The page an organisation's URL leads to: redirects followed to wherever they go (a site moves
 * to https or to a new name), so that the crawl keeps to the site it lands on. It must be an
 * HTML page: the crawl takes the start page as it comes.
 */
async function landingUrl(url: string, http: SiteHttp, signal: AbortSignal): Promise<string> {
  const seen = new Set<string>();
  let current = url;
  for (;;) {
    if (seen.has(current)) throw new Error(`redirect loop at ${current}`);
    if (seen.size > MAX_REDIRECTS) throw new Error(`more than ${MAX_REDIRECTS} redirects`);
    seen.add(current);
    const response = await politeGet(http, current, signal, 'text/html');
    await response.body?.cancel().catch(() => undefined);
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location) {
      current = new URL(location, current).href;
      continue;
    }
    if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`.trim());
    const type = response.headers.get('content-type') ?? '';
    if (!/html/i.test(type)) throw new Error(`not an HTML page (${type || 'no type'})`);
    return current;
  }
}

/** Crawls one organisation's site and writes its result file; returns the result. */
export async function crawlOrganisation(
  entry: CampaignEntry,
  context: SiteCrawlContext,
): Promise<SiteResult> {
  const { settings, signal } = context;
  const checklist = context.checklist ?? CATALOGUE_CHECKLIST;
  const checkpointFile = checkpointPath(context.outDir, entry.key);
  const checkpoint = context.resume ? await readCheckpoint(checkpointFile) : undefined;
  const pages: ScannedPage[] = checkpoint ? [...checkpoint.pages] : [];
  let progress: CrawlProgress = checkpoint?.progress ?? { done: 0, total: 0, failures: [] };
  let startUrl = checkpoint?.startUrl ?? entry.organisation.url;
  const result = (status: SiteResult['status'], error?: string): SiteResult => {
    // Two queued addresses may redirect to one page: each page once.
    const unique = [...new Map(pages.map((page) => [page.url, page])).values()];
    return {
      format: RESULT_FORMAT,
      formatVersion: RESULT_FORMAT_VERSION,
      tool: { name: TOOL_NAME, version: TOOL_VERSION },
      campaign: context.campaign,
      organisation: entry.organisation,
      site: entry.site,
      startUrl,
      status,
      ...(error === undefined ? {} : { error }),
      startedAt: checkpoint?.startedAt ?? startedAt,
      finishedAt: context.now(),
      settings: {
        maxPages: settings.maxPages,
        pauseMs: settings.pauseMs,
        timeoutMs: settings.timeoutMs,
        maxBytes: settings.maxBytes,
        userAgent: USER_AGENT,
      },
      checklist: {
        id: checklist.id,
        name: checklist.name,
        version: checklist.version,
        indicators: [...checklist.items],
      },
      pages: unique.map((page) => ({
        ...page,
        findings: findingsOf(page.findings, checklist.items),
      })),
      failures: progress.failures,
      findings: findingsOf(mergeFindings(unique), checklist.items),
    };
  };
  const startedAt = context.now();
  const finish = async (done: SiteResult) => {
    await writeSiteResult(context.outDir, entry.key, done);
    await rm(checkpointFile, { force: true });
    return done;
  };
  let pauseMs = settings.pauseMs;
  const http: SiteHttp = {
    timeoutMs: settings.timeoutMs,
    maxBytes: settings.maxBytes,
    pace: (url, paceSignal) => context.pace(url, pauseMs, paceSignal),
    ...(context.fetchFn ? { fetchFn: context.fetchFn } : {}),
  };
  try {
    if (!entry.site)
      throw new Error(
        entry.organisation.url
          ? `not an http(s) address: ${entry.organisation.url}`
          : 'no website address in the campaign',
      );
    if (!checkpoint) startUrl = await landingUrl(entry.organisation.url, http, signal);
    const robots = await loadRobots(startUrl, http, signal);
    if (robots.crawlDelayMs !== undefined)
      pauseMs = Math.max(pauseMs, Math.min(robots.crawlDelayMs, MAX_CRAWL_DELAY_MS));
    const readPage = readPageWith(parseHtml);
    const stamp = (page: PageResult): ScannedPage => ({ ...page, scannedAt: context.now() });
    // The crawl reads the start page for its links only (the extension has scanned it already);
    // here it is the site's first page.
    let readingStartPage = !checkpoint;
    await crawlSite(
      startUrl,
      {
        maxPages: settings.maxPages - 1,
        pauseMs,
        signal,
        custom: customSpecs(checklist),
        resume: checkpoint
          ? { progress: checkpoint.progress, frontier: checkpoint.frontier }
          : undefined,
      },
      {
        fetchPage: nodePageFetcher(http, robots.mayFetch),
        readPage: async (html, url, custom) => {
          const read = await readPage(html, url, custom);
          if (readingStartPage) {
            readingStartPage = false;
            pages.push(stamp(read.result));
          }
          return read;
        },
        pause: cancellableSleep,
        mayFetch: robots.mayFetch,
        onPage: async (page) => {
          pages.push(stamp(page));
        },
        onProgress: async (next, frontier) => {
          progress = next;
          context.onProgress?.({ ...next, done: next.done + 1, total: next.total + 1 });
          if (next.current !== undefined) return;
          const saved: Checkpoint = {
            startUrl,
            startedAt: checkpoint?.startedAt ?? startedAt,
            pages,
            progress: next,
            frontier,
          };
          await writeAtomically(checkpointFile, JSON.stringify(saved));
        },
      },
    );
  } catch (error) {
    if (!signal.aborted) return finish(result('failed', errorMessage(error)));
  }
  // Cut short (Ctrl+C, a stopped pod): the checkpoint stays for --resume, no result is written.
  if (signal.aborted) throw new Error('cancelled');
  return finish(result('done'));
}
