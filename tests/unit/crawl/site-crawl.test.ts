import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../lib/cli/dom.ts';
import { type CrawlProgress, crawlSite, readPageWith } from '../../../lib/crawl/site-crawl.ts';
import type { CrawlFrontier } from '../../../lib/db/schema.ts';

const start = 'https://www.example.nhs.uk/';

describe('which pages a site scan reads', () => {
  it('keeps same-origin web pages, best first, without files, other sites or the page itself', async () => {
    const links = [
      ['/news/', 'News'],
      ['https://twitter.com/Example', 'Twitter'],
      ['/about-us/governing-body/', 'Our Governing Body'],
      ['/papers/board.pdf', 'Board papers (PDF)'],
      ['mailto:hello@example.nhs.uk', 'Email'],
      ['/#main', 'Skip to content'],
      ['/get-involved/', 'Get involved'],
      ['/news/#top', 'News again'],
      ['http://www.example.nhs.uk/insecure', 'Another scheme is another origin'],
      ['/privacy/', 'Privacy'],
    ];
    const home = links.map(([href, text]) => `<a href="${href}">${text}</a>`).join('');
    const fetched: string[] = [];
    const read = (limit: number) =>
      crawlSite(
        start,
        { maxPages: limit, pauseMs: 0, signal: new AbortController().signal },
        {
          fetchPage: async (url) => {
            fetched.push(url);
            return { url, contentType: 'text/html', body: url === start ? home : '<p>Page</p>' };
          },
          readPage: readPageWith(parseHtml),
          pause: async () => {},
          onPage: async () => {},
          onProgress: () => {},
        },
      );
    await read(25);
    expect(fetched).toEqual([
      start,
      'https://www.example.nhs.uk/about-us/governing-body/',
      'https://www.example.nhs.uk/get-involved/',
      'https://www.example.nhs.uk/news/',
      'https://www.example.nhs.uk/privacy/',
    ]);
    fetched.length = 0;
    expect(await read(2)).toHaveLength(2);
  });
});

describe('one address per page', () => {
  it('reads a folder and its index file once, and never the start page again', async () => {
    const home =
      '<a href="/index.html">Home</a><a href="/about/">About</a><a href="/about/index.html">About us</a><a href="/about/default.aspx#team">Team</a>';
    const fetched: string[] = [];
    await crawlSite(
      start,
      { maxPages: 25, pauseMs: 0, signal: new AbortController().signal },
      {
        fetchPage: async (url) => {
          fetched.push(url);
          return { url, contentType: 'text/html', body: home };
        },
        readPage: readPageWith(parseHtml),
        pause: async () => {},
        onPage: async () => {},
        onProgress: () => {},
      },
    );
    expect(fetched).toEqual([start, 'https://www.example.nhs.uk/about/']);
  });
});

describe('a site scan', () => {
  const site: Record<string, { type: string; body: string; url?: string }> = {
    [start]: {
      type: 'text/html',
      body: '<a href="/board/">Board</a><a href="/contact/">Contact</a><a href="/moved/">Moved</a><a href="/data/">Data</a>',
    },
    [`${start}board/`]: {
      type: 'text/html',
      body: '<p>Our blog: <a href="/blog/">read the blog</a></p>',
    },
    [`${start}contact/`]: { type: 'text/html; charset=utf-8', body: '<p>Call 0161 496 0123</p>' },
    [`${start}moved/`]: { type: 'text/html', body: '', url: 'https://elsewhere.example.org/' },
    [`${start}data/`]: { type: 'application/json', body: '{}' },
  };
  const deps = (log: string[], controller?: AbortController) => ({
    fetchPage: async (url: string) => {
      log.push(`GET ${url}`);
      const page = site[url];
      if (!page) throw new Error('HTTP 404');
      return { url: page.url ?? url, contentType: page.type, body: page.body };
    },
    readPage: readPageWith(parseHtml),
    pause: async (ms: number) => {
      log.push(`pause ${ms}`);
      if (log.filter((l) => l.startsWith('GET')).length === 3) controller?.abort();
    },
    onPage: async (result: { url: string }) => {
      log.push(`stored ${result.url}`);
    },
    onProgress: () => {},
  });

  it('reads one page at a time with a pause between, stores each at once, reports failures', async () => {
    // /board/ links to /blog/, which the site does not have (HTTP 404).
    const log: string[] = [];
    const progress: { done: number; failures: { url: string }[] }[] = [];
    const results = await crawlSite(
      start,
      { maxPages: 25, pauseMs: 500, signal: new AbortController().signal },
      {
        ...deps(log),
        onProgress: (p) => {
          progress.push(p);
        },
      },
    );
    expect(results.map((r) => r.url)).toEqual([`${start}board/`, `${start}contact/`]);
    expect(log).toEqual([
      `GET ${start}`,
      `GET ${start}board/`,
      `stored ${start}board/`,
      'pause 500',
      `GET ${start}contact/`,
      `stored ${start}contact/`,
      // Found on the board page, two links from the start: a blog ranks above unnamed pages.
      'pause 500',
      `GET ${start}blog/`,
      'pause 500',
      `GET ${start}moved/`,
      'pause 500',
      `GET ${start}data/`,
    ]);
    const last = progress[progress.length - 1]!;
    expect(last.done).toBe(5);
    expect(last.failures.map((f) => f.url)).toEqual([
      `${start}blog/`,
      `${start}moved/`,
      `${start}data/`,
    ]);
    expect(results[0]?.findings.find((f) => f.indicator === 'blog')?.status).toBe('found');
  });

  it('stops at the page limit', async () => {
    const log: string[] = [];
    const results = await crawlSite(
      start,
      { maxPages: 1, pauseMs: 1, signal: new AbortController().signal },
      deps(log),
    );
    expect(results.map((r) => r.url)).toEqual([`${start}board/`]);
    expect(log.filter((l) => l.startsWith('GET'))).toHaveLength(2);
  });

  it('never queues a page its mayFetch refuses (robots.txt on the command line)', async () => {
    const log: string[] = [];
    const results = await crawlSite(
      start,
      { maxPages: 10, pauseMs: 0, signal: new AbortController().signal },
      { ...deps(log), mayFetch: (url: string) => !url.includes('/board/') },
    );
    expect(log.filter((l) => l.includes('board'))).toEqual([]);
    expect(results.map((r) => r.url)).toContain(`${start}contact/`);
  });

  it('stops when cancelled', async () => {
    const log: string[] = [];
    const controller = new AbortController();
    await crawlSite(
      start,
      { maxPages: 25, pauseMs: 1, signal: controller.signal },
      deps(log, controller),
    );
    expect(log.filter((l) => l.startsWith('GET'))).toHaveLength(3);
  });

  it('resumes a cut-short scan where it stood: no page read twice, none missed', async () => {
    const log: string[] = [];
    const controller = new AbortController();
    let last: { progress: CrawlProgress; frontier: CrawlFrontier } | undefined;
    await crawlSite(
      start,
      { maxPages: 25, pauseMs: 1, signal: controller.signal },
      {
        ...deps(log, controller),
        onProgress: (progress, frontier) => {
          last = { progress, frontier };
        },
      },
    );
    expect(log.filter((l) => l.startsWith('GET'))).toEqual([
      `GET ${start}`,
      `GET ${start}board/`,
      `GET ${start}contact/`,
    ]);
    expect(last?.progress.done).toBe(2);

    const resumedLog: string[] = [];
    const results = await crawlSite(
      start,
      { maxPages: 25, pauseMs: 1, signal: new AbortController().signal, resume: last },
      deps(resumedLog),
    );
    expect(resumedLog.filter((l) => l.startsWith('GET'))).toEqual([
      `GET ${start}blog/`,
      `GET ${start}moved/`,
      `GET ${start}data/`,
    ]);
    expect(results).toEqual([]);
  });
});
