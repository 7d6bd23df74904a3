/**
 * "Scan this site": fetches same-origin pages linked from the current one (and from those), the
 * ones most likely to hold the indicators first, one request at a time with a pause between, and scans each with
 * the same scanner. Never submits forms (GET only); stops when cancelled.
 */

import { errorMessage } from '../errors.ts';
import { type PageResult, scanDocument } from '../scan/scan-page.ts';

export const DEFAULT_PAUSE_MS = 1_000;

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

interface RankedPage {
  href: string;
  score: number;
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
    url.hash = '';
    if (url.href === page.href.replace(/#.*$/, '') || NOT_A_PAGE.test(url.pathname)) continue;
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
    ranked.set(url.href, Math.max(score, ranked.get(url.href) ?? 0));
  }
  return [...ranked].map(([href, score]) => ({ href, score }));
}

export interface CrawlProgress {
  done: number;
  total: number;
  current?: string;
  failures: { url: string; error: string }[];
}

export interface CrawlDeps {
  /** GET a page: its final URL, content type and body. */
  fetchPage: (
    url: string,
    signal: AbortSignal,
  ) => Promise<{ url: string; contentType: string; body: string }>;
  parse: (html: string) => Document;
  pause: (ms: number, signal: AbortSignal) => Promise<void>;
  /** Called with each page's result as soon as it is scanned (to store it at once). */
  onPage: (result: PageResult) => Promise<void>;
  onProgress: (progress: CrawlProgress) => void;
}

export interface CrawlOptions {
  maxPages: number;
  pauseMs: number;
  signal: AbortSignal;
}

/** Scans the pages linked from `startUrl`; returns the results of the pages it could read. */
export async function crawlSite(
  startUrl: string,
  options: CrawlOptions,
  deps: CrawlDeps,
): Promise<PageResult[]> {
  const { signal } = options;
  const origin = new URL(startUrl).origin;
  // Breadth first from the current page, the best-ranked waiting page next; pages found on
  // scanned pages join the queue, so pages two links away are reached within the limit.
  const waiting: (RankedPage & { order: number })[] = [];
  const known = new Set<string>([startUrl.replace(/#.*$/, '')]);
  let discovered = 0;
  const discover = (pageUrl: string, doc: Document) => {
    const links = [...doc.querySelectorAll('a[href]')].map((a) => ({
      href: a.getAttribute('href') ?? '',
      text: a.textContent ?? '',
    }));
    for (const page of rankLinks(pageUrl, links)) {
      if (known.has(page.href)) continue;
      known.add(page.href);
      waiting.push({ ...page, order: discovered++ });
    }
  };
  const start = await deps.fetchPage(startUrl, signal);
  known.add(start.url);
  discover(start.url, deps.parse(start.body));

  const progress: CrawlProgress = {
    done: 0,
    total: Math.min(options.maxPages, waiting.length),
    failures: [],
  };
  deps.onProgress({ ...progress });
  const results: PageResult[] = [];
  while (progress.done < options.maxPages && waiting.length > 0 && !signal.aborted) {
    waiting.sort((a, b) => b.score - a.score || a.order - b.order);
    const { href: url } = waiting.shift()!;
    if (progress.done > 0) await deps.pause(options.pauseMs, signal);
    if (signal.aborted) break;
    progress.current = url;
    deps.onProgress({ ...progress });
    try {
      const page = await deps.fetchPage(url, signal);
      if (new URL(page.url).origin !== origin)
        throw new Error(`redirected to another site (${page.url})`);
      if (!/html/i.test(page.contentType))
        throw new Error(`not an HTML page (${page.contentType || 'no type'})`);
      const doc = deps.parse(page.body);
      const result = scanDocument(doc, page.url);
      await deps.onPage(result);
      results.push(result);
      discover(page.url, doc);
    } catch (error) {
      if (signal.aborted) break;
      progress.failures.push({
        url,
        error: errorMessage(error),
      });
    }
    progress.done++;
    progress.total = Math.min(options.maxPages, progress.done + waiting.length);
    deps.onProgress({ ...progress, current: undefined });
  }
  return results;
}

/** The browser's way: fetch without cookies, DOMParser, a cancellable pause. */
export const browserCrawlDeps = {
  async fetchPage(url: string, signal: AbortSignal) {
    const response = await fetch(url, {
      credentials: 'omit',
      redirect: 'follow',
      signal,
      headers: { accept: 'text/html' },
    });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return {
      url: response.url || url,
      contentType: response.headers.get('content-type') ?? '',
      body: await response.text(),
    };
  },
  parse: (html: string) => new DOMParser().parseFromString(html, 'text/html'),
  pause: (ms: number, signal: AbortSignal) =>
    new Promise<void>((done) => {
      const timer = setTimeout(done, ms);
      signal.addEventListener('abort', () => {
        clearTimeout(timer);
        done();
      });
    }),
} satisfies Pick<CrawlDeps, 'fetchPage' | 'parse' | 'pause'>;
