/**
 * A night's crawl reviewed by day (issue 12) in Firefox ESR with the production build, as
 * tests/e2e/crawl-import.test.ts does in Chromium: `nhs-site-audit crawl` over the demo site
 * served on 127.0.0.1 (and a site that cannot be reached), run in this process, then its result
 * files imported on the dashboard: the campaign with its organisation in progress, the failed site
 * with its reason, the crawl's findings in the site's checklist; the next night's whole-site crawl
 * imported over it keeps the auditor's review and flags the verdict it contradicts.
 *
 * Not checked here: accessibility (axe runs in the Chromium test of the same views).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TOOL_VERSION as version } from '../../lib/cli/version.ts';
import { INDICATOR_IDS } from '../../lib/indicators/index.ts';
import { type CrawlNight, prepareCrawlNight } from '../support/crawl-night.ts';
import { badgeOf, type FirefoxSession, launchFirefox, textOf, until } from './support/firefox.ts';

let session: FirefoxSession;
let dashboard: Page;
let night: CrawlNight;
let demoSite: string;

const ROW = () => `table.sites-table tbody tr[data-site="${demoSite}"]`;
const HEADLINE = '.crawl-import-report .crawl-import-headline';
const item = (id: string) => `li.indicator[data-indicator="${id}"]`;
const rowCells = () =>
  dashboard.$$eval(`${ROW()} td`, (cells) => cells.map((cell) => cell.textContent ?? ''));
const verdicts = async () =>
  (await session.readStore('verdicts')).map((v) => [v.indicator, v.verdict, v.note]);

/** Chooses files on the dashboard's "Import crawl results" input, as the file dialog does. */
async function chooseFiles(...paths: string[]) {
  await dashboard.bringToFront();
  const input = await dashboard.$('input[name="crawl-files"]');
  await input!.uploadFile(...paths);
}

/** The site's checklist, opened on one of its pages after the toolbar button was pressed there. */
async function checklist(): Promise<{ popup: Page; close: () => Promise<void> }> {
  const url = `${session.site.url}contact-us.html`;
  const page = await session.browser.newPage();
  await page.goto(url);
  await page.bringToFront();
  await session.pressToolbarButton();
  const popup = await session.openExtensionPage(
    await session.browser.newPage(),
    `popup.html?tabId=${await session.tabIdOf(url)}`,
    '.checklist .group',
  );
  // In front: a background tab's clicks wait seconds each (its intersection checks are throttled).
  await popup.bringToFront();
  return {
    popup,
    close: async () => {
      await popup.close();
      await page.close();
    },
  };
}

/** Opens the evidence of an indicator and gives its first snippet. */
async function firstSnippet(popup: Page, id: string): Promise<string> {
  await popup.$eval(`${item(id)} .evidence > summary`, (summary) =>
    (summary as HTMLElement).click(),
  );
  return until(() => textOf(popup, `${item(id)} .evidence-snippet`), `the evidence of ${id}`);
}

beforeAll(async () => {
  session = await launchFirefox();
  demoSite = `127.0.0.1:${new URL(session.site.url).port}`;
  night = await prepareCrawlNight(session.site.url);
  dashboard = await session.openExtensionPage(
    await session.browser.newPage(),
    'options.html',
    '.sites-section',
  );
});
afterAll(async () => {
  await session?.close();
  night?.close();
});

describe('crawl by night, review by day, in Firefox', () => {
  it('crawls the list into one file per organisation (the first night: home pages only)', async () => {
    const { code, stderr } = await night.crawl('night-1', '--max-pages', '1');
    expect(code).toBe(1);
    expect(stderr).toContain('GONE1: cannot connect');
    expect(readdirSync(join(night.folder, 'night-1', 'sites')).sort()).toEqual([
      'DEMO1.json',
      'GONE1.json',
    ]);
  });

  it('refuses a campaign CSV chosen by mistake and imports nothing', async () => {
    await chooseFiles(night.campaign);
    await until(
      async () =>
        /^Nothing was imported: 1 of 1 files cannot be read as crawl results\. night-survey\.csv: this is a CSV file/.test(
          await textOf(dashboard, '.survey-error'),
        ),
      'the refusal',
    );
    expect(await session.readStore('pages')).toEqual([]);
    expect(await session.readStore('campaigns')).toEqual([]);
  });

  it("imports the crawl's result files and says what it imported", async () => {
    // The folder input (`crawl-folder`, webkitdirectory) cannot be driven here: Firefox's BiDi
    // `input.setFiles` refuses a directory ("unsupported operation … NS_ERROR_FILE_IS_DIRECTORY",
    // Firefox ESR 153). The folder's result files go through the multi-file input instead; the
    // folder input is covered in Chromium (tests/e2e/crawl-import.test.ts).
    const sites = join(night.folder, 'night-1', 'sites');
    await chooseFiles(join(sites, 'DEMO1.json'), join(sites, 'GONE1.json'));
    await until(
      async () => (await textOf(dashboard, HEADLINE)) !== '',
      'the import report',
      20_000,
    );
    expect(await textOf(dashboard, HEADLINE)).toBe(
      'Imported 1 site with 1 page from 2 files as scanner results (no verdicts); 1 site could not be crawled.',
    );
    expect(
      await dashboard.$$eval('.crawl-import-failed li', (items) =>
        items.map((li) => li.textContent),
      ),
    ).toEqual([
      expect.stringMatching(
        /^Closed Trust \(fictional\) \(http:\/\/127\.0\.0\.1:\d+\/\): cannot connect \(ECONNREFUSED\)$/,
      ),
    ]);
    const report = await textOf(dashboard, '.crawl-import-report');
    expect(report).toContain('campaign “night-survey” created');
    // The command's merged site findings are the extension's merge of the same pages.
    expect(report).not.toContain('otherwise than the command');
    expect(await dashboard.$$('.survey-error')).toHaveLength(0);
  });

  it('shows the campaign with its organisation in progress, and the site with its pages', async () => {
    await until(
      () =>
        dashboard.evaluate(() =>
          [...document.querySelectorAll('.campaign-list > li')]
            .find((li) => li.textContent?.includes('night-survey'))
            ?.querySelector('.campaign-progress span')
            ?.textContent?.includes('0 done, 1 in progress, 1 not started, of 2 with a website'),
        ),
      'the campaign in progress',
    );
    await until(async () => (await rowCells()).length > 0, 'the site in the table');
    expect((await rowCells()).slice(0, 5)).toEqual([
      'Northfold CCG (demo)',
      demoSite,
      'night-survey',
      '1',
      'in progress (0 of 21)',
    ]);
    // No verdict was written: the auditor gives them.
    expect(await session.readStore('verdicts')).toEqual([]);
    const [summary] = await session.readStore('summaries');
    expect(summary).toMatchObject({ site: demoSite, pages: 1, verdicts: {} });
    expect(Object.keys(summary!.scanner).sort()).toEqual([...INDICATOR_IDS].sort());
  });

  it("opens the site's checklist with the crawl's findings, for the auditor's review", async () => {
    const { popup, close } = await checklist();
    expect(await textOf(popup, 'h1')).toBe(demoSite);
    expect(await textOf(popup, '.organisation-name')).toBe('Northfold CCG (demo)');
    await until(
      async () => (await textOf(popup, '.summary')).includes('1 page scanned'),
      'the summary',
    );
    expect(await textOf(popup, '.site-scan-progress')).toBe(
      `Last site scan: 1 page read, crawled by nhs-site-audit ${version} on the command line and imported.`,
    );
    expect(await badgeOf(popup, 'foi')).toBe('found');
    expect(await badgeOf(popup, 'public-questions')).toBe('not-found');
    expect(await firstSnippet(popup, 'foi')).toMatch(/FOI|Freedom of Information/i);
    // The review by day: FOI confirmed with a note; no questions from the public, as scanned.
    await (await popup.$(`${item('foi')} input[value="yes"]`))!.click();
    await (await popup.$(`${item('foi')} textarea`))!.type(
      'Request form and address on the FOI page',
    );
    await (await popup.$(`${item('public-questions')} input[value="no"]`))!.click();
    await close();
    await until(async () => {
      const now = await verdicts();
      return (
        JSON.stringify(now.sort()) ===
        JSON.stringify([
          ['foi', 'yes', 'Request form and address on the FOI page'],
          ['public-questions', 'no', ''],
        ])
      );
    }, 'the two verdicts stored');
  });

  it("imports the next night's whole-site crawl over it: results replaced, the review kept", async () => {
    const [before] = await session.readStore('crawls');
    const review = (await verdicts()).sort();
    expect((await night.crawl('night-2')).code).toBe(1);
    const sites = join(night.folder, 'night-2', 'sites');
    await chooseFiles(join(sites, 'DEMO1.json'), join(sites, 'GONE1.json'));
    await until(
      async () => (await textOf(dashboard, HEADLINE)).includes('10 pages'),
      'the second import report',
      20_000,
    );
    expect(await textOf(dashboard, HEADLINE)).toBe(
      'Imported 1 site with 10 pages from 2 files as scanner results (no verdicts); 1 site could not be crawled.',
    );
    expect(await textOf(dashboard, '.crawl-import-report')).toContain(
      "Campaigns: 2 results matched a campaign's organisation.",
    );
    const [after] = await session.readStore('crawls');
    expect(after!.startedAt > before!.startedAt).toBe(true);
    expect(await session.readStore('campaigns')).toHaveLength(1);
    expect((await verdicts()).sort()).toEqual(review);
    await until(async () => (await rowCells())[3] === '10', 'the row with 10 pages');
    expect((await rowCells())[4]).toBe('in progress (2 of 21)');
  });

  it('shows the whole site in the checklist, and flags the verdict the new results contradict', async () => {
    const { popup, close } = await checklist();
    await until(
      async () => (await textOf(popup, '.summary')).includes('10 pages scanned'),
      'the summary',
    );
    expect(await textOf(popup, '.site-scan-progress')).toBe(
      `Last site scan: 10 pages read, crawled by nhs-site-audit ${version} on the command line and imported.`,
    );
    expect(await textOf(popup, '.contradicted-count')).toBe(' · 1 contradicted by a new scan');
    expect(await textOf(popup, `${item('public-questions')} .notice.contradiction`)).toContain(
      'A new scan says “found”, against your verdict.',
    );
    expect(await popup.$$(`${item('foi')} .notice.contradiction`)).toHaveLength(0);
    expect(
      await popup.$eval(`${item('foi')} textarea`, (area) => (area as HTMLTextAreaElement).value),
    ).toBe('Request form and address on the FOI page');
    expect(await firstSnippet(popup, 'board-members')).toContain('Aled Pennock');
    await close();
  });
});
