import { describe, expect, it } from 'vitest';
import { hostPacer, nodePageFetcher, type SiteHttp } from '../../../lib/cli/http.ts';
import { loadRobots } from '../../../lib/cli/robots.ts';

const signal = new AbortController().signal;

/** A fake web: each URL's response, and the requests made. */
function fakeWeb(pages: Record<string, () => Response>) {
  const requests: { url: string; userAgent: string | null }[] = [];
  const fetchFn = (async (input: string | URL | Request, init?: RequestInit) => {
    const url = String(input);
    requests.push({ url, userAgent: new Headers(init?.headers).get('user-agent') });
    return pages[url]?.() ?? new Response('not found', { status: 404 });
  }) as typeof fetch;
  const http: SiteHttp = {
    timeoutMs: 1_000,
    maxBytes: 1_000,
    pace: async () => {},
    fetchFn,
  };
  return { http, requests };
}

const html = (body: string) =>
  new Response(body, { headers: { 'content-type': 'text/html; charset=utf-8' } });
const redirect = (location: string) => new Response(null, { status: 302, headers: { location } });

describe('fetching a page from Node', () => {
  it('follows redirects within the site only, and names the tool', async () => {
    const { http, requests } = fakeWeb({
      'https://www.example.org/old': () => redirect('/new'),
      'https://www.example.org/new': () => html('<p>Here</p>'),
      'https://www.example.org/moved': () => redirect('https://elsewhere.example.net/'),
    });
    const fetchPage = nodePageFetcher(http, () => true);
    expect(await fetchPage('https://www.example.org/old', signal)).toEqual({
      url: 'https://www.example.org/new',
      contentType: 'text/html; charset=utf-8',
      body: '<p>Here</p>',
    });
    await expect(fetchPage('https://www.example.org/moved', signal)).rejects.toThrow(
      'redirected to another site (https://elsewhere.example.net/)',
    );
    expect(requests[0]?.userAgent).toMatch(/^nhs-site-audit\/\d/);
  });

  it('does not follow a redirect into a part robots.txt forbids', async () => {
    const { http, requests } = fakeWeb({
      'https://www.example.org/a': () => redirect('/private/b'),
    });
    const fetchPage = nodePageFetcher(http, (url) => !url.includes('/private/'));
    await expect(fetchPage('https://www.example.org/a', signal)).rejects.toThrow(
      'forbidden by robots.txt (https://www.example.org/private/b)',
    );
    expect(requests.map((request) => request.url)).toEqual(['https://www.example.org/a']);
  });

  it('reads no body of a page that is too large or not HTML', async () => {
    const { http } = fakeWeb({
      'https://www.example.org/big': () => html('x'.repeat(1_001)),
      'https://www.example.org/file': () =>
        new Response('%PDF', { headers: { 'content-type': 'application/pdf' } }),
    });
    const fetchPage = nodePageFetcher(http, () => true);
    await expect(fetchPage('https://www.example.org/big', signal)).rejects.toThrow(
      'larger than 0.0 MB',
    );
    expect((await fetchPage('https://www.example.org/file', signal)).body).toBe('');
  });
});

describe('robots.txt', () => {
  it('forbids what it says for the tool, allows all when missing, and forbids all when unreadable', async () => {
    const { http } = fakeWeb({
      'https://a.example.org/robots.txt': () =>
        new Response('User-agent: *\nDisallow: /private/\nAllow: /private/open\nCrawl-delay: 2\n'),
      'https://c.example.org/robots.txt': () => new Response('down', { status: 503 }),
    });
    const robots = await loadRobots('https://a.example.org/page', http, signal);
    expect(robots.mayFetch('https://a.example.org/private/x')).toBe(false);
    expect(robots.mayFetch('https://a.example.org/private/open')).toBe(true);
    expect(robots.mayFetch('https://a.example.org/public')).toBe(true);
    expect(robots.crawlDelayMs).toBe(2_000);
    const none = await loadRobots('https://b.example.org/', http, signal);
    expect(none.mayFetch('https://b.example.org/anything')).toBe(true);
    await expect(loadRobots('https://c.example.org/', http, signal)).rejects.toThrow(
      'robots.txt could not be read (HTTP 503)',
    );
  });
});

describe('pacing', () => {
  it('spaces requests to one host, not to different hosts', async () => {
    const pace = hostPacer();
    const started = Date.now();
    await pace('https://a.example.org/1', 60, signal);
    await pace('https://b.example.org/1', 60, signal);
    expect(Date.now() - started).toBeLessThan(40);
    await pace('https://a.example.org/2', 60, signal);
    expect(Date.now() - started).toBeGreaterThanOrEqual(55);
  });
});
