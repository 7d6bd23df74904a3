/**
 * Fetching a site's pages politely and safely from Node: the tool's user agent, a time limit on
 * each request (body included), redirects followed by hand so that each hop is checked (same
 * site, robots.txt, no loop), non-HTML refused before its body is read, and bodies cut off past
 * a size limit, so that no page can hang a crawl or fill the memory.
 */
import type { CrawlDeps } from '../crawl/site-crawl.ts';
import { USER_AGENT } from './version.ts';

export interface HttpLimits {
  /** Each request, body included, is given up after this long. */
  timeoutMs: number;
  /** A body larger than this is not read. */
  maxBytes: number;
}

export const MAX_REDIRECTS = 10;

/** Says whether robots.txt lets the tool read a URL. */
export type RobotsCheck = (url: string) => boolean;

/** How a crawl reaches one site: its limits, and the wait before each request to its host. */
export interface SiteHttp extends HttpLimits {
  pace: (url: string, signal: AbortSignal) => Promise<void>;
  fetchFn?: typeof fetch;
}

/**
 * Spaces the requests to each host by at least the pause asked for: each request books the
 * next free moment of its host, so callers sharing a host also take turns.
 */
export function hostPacer(): (url: string, pauseMs: number, signal: AbortSignal) => Promise<void> {
  const nextFree = new Map<string, number>();
  return async (url, pauseMs, signal) => {
    const host = new URL(url).host;
    const now = Date.now();
    const at = Math.max(now, nextFree.get(host) ?? 0);
    nextFree.set(host, at + pauseMs);
    if (at > now) await cancellableSleep(at - now, signal);
  };
}

export function cancellableSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((done) => {
    if (signal.aborted) return done();
    const stop = () => {
      clearTimeout(timer);
      done();
    };
    // The listener goes with the timer: a long crawl must not pile them up on its signal.
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', stop);
      done();
    }, ms);
    signal.addEventListener('abort', stop, { once: true });
  });
}

/** A paced GET with the tool's user agent and a time limit; the caller reads or cancels the body. */
export async function politeGet(
  http: SiteHttp,
  url: string,
  signal: AbortSignal,
  accept: string,
): Promise<Response> {
  await http.pace(url, signal);
  if (signal.aborted) throw new Error('cancelled');
  // Not AbortSignal.timeout(): Node 20 may collect it, unfired, once only AbortSignal.any()
  // refers to it. This timer holds its controller until it fires, and keeps no process alive.
  const timeout = new AbortController();
  setTimeout(
    () => timeout.abort(new DOMException('timed out', 'TimeoutError')),
    http.timeoutMs,
  ).unref();
  try {
    return await (http.fetchFn ?? fetch)(url, {
      redirect: 'manual',
      signal: AbortSignal.any([signal, timeout.signal]),
      headers: { 'user-agent': USER_AGENT, accept },
    });
  } catch (error) {
    throw readableError(error, http);
  }
}

function readableError(error: unknown, limits: HttpLimits): Error {
  if (error instanceof Error && error.name === 'TimeoutError')
    return new Error(`no answer within ${limits.timeoutMs / 1000} s`);
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  if (cause?.code || cause?.message)
    return new Error(`cannot connect (${cause.code ?? cause.message})`);
  return error instanceof Error ? error : new Error(String(error));
}

/** The body as text, refused past `maxBytes` or when it is binary; within the time limit. */
export async function readText(response: Response, limits: HttpLimits): Promise<string> {
  const tooLarge = () => new Error(`larger than ${(limits.maxBytes / 1e6).toFixed(1)} MB`);
  const declared = Number(response.headers.get('content-length'));
  if (declared > limits.maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw tooLarge();
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (response.body) {
    const reader = response.body.getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        size += value.byteLength;
        if (size > limits.maxBytes) {
          await reader.cancel().catch(() => undefined);
          throw tooLarge();
        }
        chunks.push(value);
      }
    } catch (error) {
      throw readableError(error, limits);
    }
  }
  const bytes = Buffer.concat(chunks);
  // Text pages have no NUL byte; images, archives and executables nearly always do.
  if (bytes.subarray(0, 8192).includes(0)) throw new Error('binary content, not an HTML page');
  return new TextDecoder(charsetOf(response.headers.get('content-type'))).decode(bytes);
}

function charsetOf(contentType: string | null): string {
  const label = /charset="?([\w-]+)/i.exec(contentType ?? '')?.[1] ?? 'utf-8';
  try {
    new TextDecoder(label);
    return label;
  } catch {
    return 'utf-8';
  }
}

/**
 * The crawl's `fetchPage` for Node: redirects followed within the site of `url` only, each hop
 * allowed by robots.txt; a page that is not HTML is returned without its body (the crawl skips
 * it by its type).
 */
export function nodePageFetcher(http: SiteHttp, mayFetch: RobotsCheck): CrawlDeps['fetchPage'] {
  return async (startUrl, signal) => {
    const origin = new URL(startUrl).origin;
    const seen = new Set<string>();
    let url = startUrl;
    for (;;) {
      if (seen.has(url)) throw new Error(`redirect loop at ${url}`);
      if (seen.size > MAX_REDIRECTS) throw new Error(`more than ${MAX_REDIRECTS} redirects`);
      seen.add(url);
      if (!mayFetch(url)) throw new Error(`forbidden by robots.txt (${url})`);
      const response = await politeGet(http, url, signal, 'text/html,application/xhtml+xml');
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        await response.body?.cancel().catch(() => undefined);
        const next = new URL(location, url);
        next.hash = '';
        if (next.origin !== origin) throw new Error(`redirected to another site (${next.href})`);
        url = next.href;
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel().catch(() => undefined);
        throw new Error(`HTTP ${response.status} ${response.statusText}`.trim());
      }
      const contentType = response.headers.get('content-type') ?? '';
      if (!/html/i.test(contentType)) {
        await response.body?.cancel().catch(() => undefined);
        return { url, contentType, body: '' };
      }
      return { url, contentType, body: await readText(response, http) };
    }
  };
}
