/**
 * "Scan this site": fetches same-origin pages linked from the current one (and from those), the
 * ones most likely to hold the indicators first, one request at a time with a pause between, and scans each with
 * the same scanner. Never submits forms (GET only); stops when cancelled.
 */

import type { CrawlFrontier, QueuedPage } from '../db/schema.ts';
import { errorMessage } from '../errors.ts';
import type { CustomIndicatorSpec } from '../scan/custom-indicators.ts';
import { type PageResult, scanDocument } from '../scan/scan-page.ts';

export const DEFAULT_PAUSE_MS = 1_000;
/** A page that has not answered in this time is given up (the crawl goes on to the next). */
export const PAGE_TIMEOUT_MS = 30_000;

/** Words in a link's text or path that point to pages the checklist needs, best first. */
const PRIORITIES: [RegExp, number][] = [
  [/governing[- ]body|\bboard\b|leadership|who'?s[- ]who|directors/i, 10],
  [/meeting|papers|agenda|minutes/i, 9],
  [/involv|engag|have[- ]your[- ]say|consult|survey|panel|membership/i, 8],
  [/contact|get[- ]in[- ]touch|pals|complain|feedback/i, 7],
  [/freedom[- ]of[- ]information|\bfoi\b|publication[- ]scheme/i, 7],
  [/news|blog|bulletin|newsletter|video|\btv\b|stories/i, 5],
  [/about/i, 4],
];
const NOT_A_PAGE =
  /\.(pdf|docx?|xlsx?|pptx?|csv|zip|jpe?g|png|gif|svg|webp|mp4|mp3|ics|xml|json)(\?|$)|\/(wp-admin|wp-login|login|logout|signin|sign-in|search|cart|feed)\b/i;

export interface CandidateLink {
  href: string;
  text: string;
}

type RankedPage = Pick<QueuedPage, 'href' | 'score'>;

/** A folder's index file is the folder: "/about/index.html" is the page "/about/". */
const INDEX_FILE = /\/(index\.(html?|php|aspx?)|default\.aspx?)$/i;

/** One address per page: without its fragment, and a folder's index file as the folder. */
export function pageAddress(url: URL): string {
  const page = new URL(url.href);
  page.hash = '';
  page.pathname = page.pathname.replace(INDEX_FILE, '/');
  return page.href;
}

/** The same-origin http(s) pages linked from a page with their priority, in link order, without the page itself. */
function rankLinks(pageUrl: string, links: readonly CandidateLink[]): RankedPage[] {
  const page = new URL(pageUrl);
  const ranked = new Map<string, number>();
  for (const link of links) {
    let url: URL;
    try {
      url = new URL(link.href, page);
    } catch {
      continue;
    }
    if (url.origin !== page.origin || !/^https?:$/.test(url.protocol)) continue;
    const href = pageAddress(url);
    if (href === pageAddress(page) || NOT_A_PAGE.test(url.pathname)) continue;
    let words = link.text;
    try {
      words += ` ${decodeURIComponent(url.pathname)}`;
    } catch {
      words += ` ${url.pathname}`;
    }
    const score = PRIORITIES.reduce(
      (best, [pattern, weight]) => (pattern.test(words) ? Math.max(best, weight) : best),
      0,
    );
    ranked.set(href, Math.max(score, ranked.get(href) ?? 0));
  }
  return [...ranked].map(([href, score]) => ({ href, score }));
}

export interface CrawlProgress {
  done: number;
  total: number;
  current?: string | undefined;
  failures: { url: string; error: string }[];
}

/** A page read by the crawl: its scan, and the links that lead on. */
export interface ReadPage {
  result: PageResult;
  links: CandidateLink[];
}

export interface CrawlDeps {
  /** GET a page: its final URL, content type and body. */
  fetchPage: (
    url: string,
    signal: AbortSignal,
  ) => Promise<{ url: string; contentType: string; body: string }>;
  /**
   * Parses and scans a page's HTML (where a DOM parser is: the page itself, an offscreen
   * document in Chrome's service worker, jsdom in Node).
   */
  readPage: (
    html: string,
    url: string,
    custom: readonly CustomIndicatorSpec[],
  ) => Promise<ReadPage>;
  pause: (ms: number, signal: AbortSignal) => Promise<void>;
  /** Called with each page's result as soon as it is scanned (to store it at once). */
  onPage: (result: PageResult) => Promise<void>;
  /** Called after each step with where the crawl stands and what it would read next. */
  onProgress: (progress: CrawlProgress, frontier: CrawlFrontier) => void | Promise<void>;
  /** Links it refuses are never queued (the command line's robots.txt); all when absent. */
  mayFetch?: (url: string) => boolean;
}

export interface CrawlOptions {
  maxPages: number;
  pauseMs: number;
  signal: AbortSignal;
  /** The site's checklist's own indicators, scanned on every page with the catalogue's. */
  custom?: readonly CustomIndicatorSpec[] | undefined;
  /** Goes on from an interrupted crawl's last state instead of starting again. */
  resume?: { progress: CrawlProgress; frontier: CrawlFrontier } | undefined;
}

/** A page reader from a parser: the scanner and the links of the parsed document. */
export function readPageWith(parse: (html: string) => Document) {
  return async (
    html: string,
    url: string,
    custom: readonly CustomIndicatorSpec[] = [],
  ): Promise<ReadPage> => {
    const doc = parse(html);
    const links = [...doc.querySelectorAll('a[href]')].map((a) => ({
      href: a.getAttribute('href') ?? '',
      text: a.textContent ?? '',
    }));
    return { result: scanDocument(doc, url, custom), links };
  };
}

/** Scans the pages linked from `startUrl`; returns the results of the pages it could read. */
export async function crawlSite(
  startUrl: string,
  options: CrawlOptions,
  deps: CrawlDeps,
): Promise<PageResult[]> {
  const { signal, resume } = options;
  const origin = new URL(startUrl).origin;
  // Breadth first from the current page, the best-ranked waiting page next; pages found on
  // scanned pages join the queue, so pages two links away are reached within the limit.
  const waiting: QueuedPage[] = resume ? [...resume.frontier.waiting] : [];
  const known = new Set<string>(resume ? resume.frontier.known : [pageAddress(new URL(startUrl))]);
  let discovered = resume?.frontier.discovered ?? 0;
  const frontier = (): CrawlFrontier => ({ waiting: [...waiting], known: [...known], discovered });
  const discover = (pageUrl: string, links: readonly CandidateLink[]) => {
    for (const page of rankLinks(pageUrl, links)) {
      if (known.has(page.href) || deps.mayFetch?.(page.href) === false) continue;
      known.add(page.href);
      waiting.push({ ...page, order: discovered++ });
    }
  };
  const progress: CrawlProgress = resume
    ? { ...resume.progress, current: undefined, failures: [...resume.progress.failures] }
    : { done: 0, total: 0, failures: [] };
  if (!resume) {
    const start = await deps.fetchPage(startUrl, signal);
    known.add(pageAddress(new URL(start.url)));
    discover(start.url, (await deps.readPage(start.body, start.url, options.custom ?? [])).links);
    progress.total = Math.min(options.maxPages, waiting.length);
  }
  await deps.onProgress({ ...progress }, frontier());
  const results: PageResult[] = [];
  while (progress.done < options.maxPages && waiting.length > 0 && !signal.aborted) {
    waiting.sort((a, b) => b.score - a.score || a.order - b.order);
    const { href: url } = waiting[0]!;
    if (progress.done > 0) await deps.pause(options.pauseMs, signal);
    if (signal.aborted) break;
    waiting.shift();
    progress.current = url;
    await deps.onProgress({ ...progress }, frontier());
    try {
      const page = await deps.fetchPage(url, signal);
      if (new URL(page.url).origin !== origin)
        throw new Error(`redirected to another site (${page.url})`);
      if (!/html/i.test(page.contentType))
        throw new Error(`not an HTML page (${page.contentType || 'no type'})`);
      const { result, links } = await deps.readPage(page.body, page.url, options.custom ?? []);
      await deps.onPage(result);
      results.push(result);
      discover(page.url, links);
    } catch (error) {
      if (signal.aborted) {
        // Not read: it goes back to the queue, so a resumed crawl reads it.
        waiting.unshift({ href: url, score: Number.POSITIVE_INFINITY, order: -1 });
        break;
      }
      progress.failures.push({ url, error: errorMessage(error) });
    }
    progress.done++;
    progress.current = undefined;
    progress.total = Math.min(options.maxPages, progress.done + waiting.length);
    await deps.onProgress({ ...progress }, frontier());
  }
  return results;
}

/** The browser's way: fetch without cookies and with a time limit, a cancellable pause. */
export const browserCrawlDeps = {
  async fetchPage(url: string, signal: AbortSignal) {
    const response = await fetch(url, {
      credentials: 'omit',
      redirect: 'follow',
      signal: AbortSignal.any([signal, AbortSignal.timeout(PAGE_TIMEOUT_MS)]),
      headers: { accept: 'text/html' },
    });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return {
      url: response.url || url,
      contentType: response.headers.get('content-type') ?? '',
      body: await response.text(),
    };
  },
  pause: (ms: number, signal: AbortSignal) =>
    new Promise<void>((done) => {
      const timer = setTimeout(done, ms);
      signal.addEventListener('abort', () => {
        clearTimeout(timer);
        done();
      });
    }),
} satisfies Pick<CrawlDeps, 'fetchPage' | 'pause'>;

/** Parses HTML where the context has a DOMParser (pages, Firefox's background page). */
export const parseWithDomParser = (html: string): Document =>
  new DOMParser().parseFromString(html, 'text/html');
