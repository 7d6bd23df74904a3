/**
 * Pages per second per core of the scanner in Node on saved pages (the demo site and the fixture
 * corpus): parsing and scanning, no network, one thread. A crawl of thousands of sites is bound
 * by this figure once the pause between requests is spread over many sites.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { parseHtml } from '../../lib/cli/dom.ts';
import { scanDocument } from '../../lib/scan/scan-page.ts';

const FOLDERS = ['assets/demo-site', 'tests/fixtures/pages'];

export interface SavedPage {
  url: string;
  html: string;
}

export function savedPages(): SavedPage[] {
  return FOLDERS.flatMap((folder) =>
    readdirSync(folder, { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.html?$/i.test(file))
      .sort()
      .map((file) => ({
        url: pathToFileURL(join(folder, file)).href,
        html: readFileSync(join(folder, file), 'utf8'),
      })),
  );
}

export interface Throughput {
  pages: number;
  /** Processor time (user + system) of this process: the work, whatever else runs on the machine. */
  cpuSeconds: number;
  pagesPerCpuSecond: number;
}

/** Parses and scans every saved page `rounds` times after one warm-up round. */
export function measureThroughput(parse: (html: string) => Document, rounds = 3): Throughput {
  const pages = savedPages();
  for (const page of pages) scanDocument(parse(page.html), page.url);
  const start = process.cpuUsage();
  for (let round = 0; round < rounds; round++)
    for (const page of pages) scanDocument(parse(page.html), page.url);
  const used = process.cpuUsage(start);
  const cpuSeconds = (used.user + used.system) / 1e6;
  const count = pages.length * rounds;
  return { pages: count, cpuSeconds, pagesPerCpuSecond: count / cpuSeconds };
}

/** jsdom with a window per page: how the command line parsed pages before happy-dom. */
function parseWithJsdom(html: string): Document {
  return new JSDOM(html, { virtualConsole: new VirtualConsole() }).window.document;
}

/** The figure for `npm run bench` and `npm run bench:node`: now, and as it was with jsdom. */
export function nodeThroughputReport(trials = 3): string {
  // Alternated, and the best trial of each kept: other work on the machine only ever slows a
  // trial down, and alternating spreads it over both.
  let before = 0;
  let now = 0;
  for (let trial = 0; trial < trials; trial++) {
    before = Math.max(before, measureThroughput(parseWithJsdom, 1).pagesPerCpuSecond);
    now = Math.max(now, measureThroughput(parseHtml, 2).pagesPerCpuSecond);
  }
  const rate = (pagesPerSecond: number) => pagesPerSecond.toFixed(1).padStart(6);
  return [
    `Scanner in Node on ${savedPages().length} saved pages (demo site and fixtures), parse + scan, pages per second per core (processor time, best of ${trials}):`,
    `  happy-dom, one window for ten pages (now): ${rate(now)}`,
    `  jsdom, a window per page (before):         ${rate(before)}`,
    `  ${(now / before).toFixed(1)}× (target ≥ 3×)`,
  ].join('\n');
}
