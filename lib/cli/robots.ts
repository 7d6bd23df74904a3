/**
 * robots.txt as RFC 9309 says: read once per site with the tool's user agent; none (4xx) allows
 * everything; one that cannot be read (5xx, no answer) forbids everything, since the site may be
 * in trouble. The rules themselves are matched by robots-parser (wildcards, longest match, allow
 * wins ties), a small library that follows the RFC and Google's tests.
 */
import robotsParser from 'robots-parser';
import { politeGet, type RobotsCheck, readText, type SiteHttp } from './http.ts';
import { TOOL_NAME } from './version.ts';

/** RFC 9309: at most five redirects; at least 500 KiB read. */
const MAX_ROBOTS_REDIRECTS = 5;
const MAX_ROBOTS_BYTES = 512 * 1024;

export interface SiteRobots {
  mayFetch: RobotsCheck;
  /** The site's Crawl-delay for the tool, in milliseconds, when it sets one. */
  crawlDelayMs: number | undefined;
}

export const ALLOW_ALL: SiteRobots = { mayFetch: () => true, crawlDelayMs: undefined };

/** The robots.txt of the site of `pageUrl`; throws when it cannot be read (the site is not crawled). */
export async function loadRobots(
  pageUrl: string,
  http: SiteHttp,
  signal: AbortSignal,
): Promise<SiteRobots> {
  const robotsUrl = new URL('/robots.txt', pageUrl).href;
  let url = robotsUrl;
  for (let hop = 0; ; hop++) {
    const response = await politeGet(http, url, signal, 'text/plain').catch((error: unknown) => {
      throw new Error(`robots.txt could not be read: ${(error as Error).message}`);
    });
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location) {
      await response.body?.cancel().catch(() => undefined);
      if (hop >= MAX_ROBOTS_REDIRECTS) return ALLOW_ALL;
      url = new URL(location, url).href;
      continue;
    }
    if (response.status >= 400 && response.status < 500) {
      await response.body?.cancel().catch(() => undefined);
      return ALLOW_ALL;
    }
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      throw new Error(
        `robots.txt could not be read (HTTP ${response.status}): the site was not crawled`,
      );
    }
    const text = await readText(response, { ...http, maxBytes: MAX_ROBOTS_BYTES }).catch(() => '');
    const robots = robotsParser(robotsUrl, text);
    const delay = robots.getCrawlDelay(TOOL_NAME);
    return {
      mayFetch: (target) => robots.isAllowed(target, TOOL_NAME) !== false,
      crawlDelayMs: delay === undefined ? undefined : delay * 1000,
    };
  }
}
