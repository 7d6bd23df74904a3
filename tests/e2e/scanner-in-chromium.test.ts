/**
 * The scanner in real Chromium: the same results as in Node (the command line) on every fixture
 * page, and correct and bounded on hostile pages that only a browser can build.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePageFile } from '../../lib/cli/pages.ts';
import { findChromium, QUIET_FLAGS } from '../../lib/demo/browser.ts';
import { type StaticServer, serveDirectory } from '../../lib/demo/server.ts';
import type { PageResult } from '../../lib/scan/scan-page.ts';
import { scanDocument } from '../../lib/scan/scan-page.ts';
import { CORPUS_DIR, corpusFiles } from '../accuracy/measure.ts';
import { type InPageScanner, scannerBundle } from '../support/scanner-bundle.ts';

let browser: Browser;
let server: StaticServer;
let page: Page;

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: findChromium(), args: QUIET_FLAGS });
  server = await serveDirectory(resolve(CORPUS_DIR));
  page = await browser.newPage({ javaScriptEnabled: false });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Scans the page open in Chromium as the extension would, under the given URL. */
async function scanInChromium(target: Page, url: string): Promise<PageResult> {
  // Evaluated, not added as a <script>: the page may have scripts switched off.
  await target.evaluate(await scannerBundle());
  return target.evaluate(
    (pageUrl) =>
      (globalThis as unknown as InPageScanner).nhsSiteAudit.scanDocument(document, pageUrl),
    url,
  );
}

const summary = (result: PageResult) =>
  result.findings.map((f) => `${f.indicator}:${f.status}:${f.evidence.length}`);

describe('the same results in Chromium and in Node', () => {
  it.each(corpusFiles().map((file) => [file]))('%s', async (file) => {
    const path = `${CORPUS_DIR}/${file}`;
    const node = (() => {
      const { doc, url } = parsePageFile(readFileSync(path, 'utf8'), path);
      return scanDocument(doc, url);
    })();
    // Scripts off: the command line does not run them either (Joomla's cloaking is decoded from its script).
    await page.goto(`${server.url}${file}`);
    const inBrowser = await scanInChromium(page, node.url);
    expect(summary(inBrowser)).toEqual(summary(node));
    expect(inBrowser.findings).toEqual(node.findings);
    expect(inBrowser.emailFields).toEqual(node.emailFields);
  });
});

describe('hostile pages in Chromium', () => {
  /** Builds a page with a script, scans it; also says how many elements it has. */
  const scanBuiltCounting = async (build: () => void): Promise<[PageResult, number]> => {
    const target = await browser.newPage();
    await target.goto(`${server.url}tune/wp-ccg-home.html`);
    await target.evaluate(build);
    const elements = await target.evaluate(() => document.getElementsByTagName('*').length);
    const result = await scanInChromium(target, 'https://www.example.nhs.uk/');
    await target.close();
    return [result, elements];
  };
  const scanBuilt = async (build: () => void) => (await scanBuiltCounting(build))[0];
  const statusOf = (result: PageResult, id: string) =>
    result.findings.find((f) => f.indicator === id)?.status;

  // Chromium's renderer itself crashes between 2,000 and 4,000 levels (measured here), so no live
  // page is deeper; the scanner walks with its own stack and has no depth limit of its own.
  it('scans nesting 2,000 deep', async () => {
    const result = await scanBuilt(() => {
      document.body.replaceChildren();
      let parent: Element = document.body;
      for (let i = 0; i < 2_000; i++) parent = parent.appendChild(document.createElement('div'));
      parent.appendChild(document.createElement('p')).textContent = 'Call us on 0161 496 0123';
    });
    expect(statusOf(result, 'phone')).toBe('found');
  });

  it('reads open shadow roots', async () => {
    const result = await scanBuilt(() => {
      document.body.replaceChildren();
      const host = document.body.appendChild(document.createElement('nhs-contact'));
      host.attachShadow({ mode: 'open' }).innerHTML =
        '<p><a href="mailto:shadow@example.nhs.uk">Email us</a></p>';
    });
    expect(statusOf(result, 'email-address')).toBe('found');
  });

  it('keeps to a bounded amount of text on a page with a 5 MB text node and 50,000 elements', async () => {
    const result = await scanBuilt(() => {
      document.body.replaceChildren();
      document.body.appendChild(document.createElement('p')).textContent = 'x '.repeat(2_500_000);
      const list = document.body.appendChild(document.createElement('ul'));
      for (let i = 0; i < 25_000; i++)
        list.appendChild(document.createElement('li')).textContent = `Item ${i}`;
      document.body.appendChild(document.createElement('footer')).innerHTML =
        '<a href="tel:01614960123">0161 496 0123</a>';
    });
    expect(statusOf(result, 'phone')).toBe('found');
    expect(result.findings.every((f) => f.evidence.every((e) => e.snippet.length <= 200))).toBe(
      true,
    );
  });

  it('scans a page without <body> and does not read into iframes', async () => {
    const result = await scanBuilt(() => {
      document.documentElement.replaceChildren(document.createElement('head'));
      const frame = document.documentElement.appendChild(document.createElement('iframe'));
      frame.srcdoc = '<a href="mailto:inside@example.nhs.uk">x</a>';
    });
    expect(statusOf(result, 'email-address')).toBe('not-found');
    expect(statusOf(result, 'empty-sections')).toBe('found');
  });
});
