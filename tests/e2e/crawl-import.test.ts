/**
 * A night's crawl reviewed by day (issue 12), in real Chromium: `nhs-site-audit crawl` over the
 * demo site served on 127.0.0.1 (and a site that cannot be reached) into a temporary folder,
 * then that folder imported on the built extension's dashboard: the campaign appears with its
 * organisation in progress, the failed site with its reason, and the site's checklist shows the
 * crawl's findings, as after the extension's own "Scan this site". The first night reads only the
 * home page; the second night reads the whole site, and its import keeps the auditor's review and
 * flags the verdict it contradicts.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TOOL_VERSION as version } from '../../lib/cli/version.ts';
import { INDICATOR_IDS } from '../../lib/indicators/index.ts';
import { type CrawlNight, prepareCrawlNight } from '../support/crawl-night.ts';
import { axeViolations } from './support/axe.ts';
import {
  type ExtensionSession,
  launchWithExtension,
  openPopup,
  readStore,
  tabIdOf,
} from './support/extension.ts';

let session: ExtensionSession;
let dashboard: Page;
let night: CrawlNight;
let folder: string;
let campaign: string;
let demoSite: string;

const crawl = (name: string, ...options: string[]) => night.crawl(name, ...options);
const row = () => dashboard.locator(`table.sites-table tbody tr[data-site="${demoSite}"]`);
const report = () => dashboard.locator('.crawl-import-report');
const verdicts = async () =>
  (await readStore(session, 'verdicts')).map((v) => [v.indicator, v.verdict, v.note]);

/** The site's checklist, opened on one of its pages as the toolbar button would. */
async function checklist(): Promise<{ popup: Page; close: () => Promise<void> }> {
  const page = await session.context.newPage();
  await page.goto(`${session.site.url}contact-us.html`);
  const popup = await openPopup(session, await tabIdOf(session, page));
  return {
    popup,
    close: async () => {
      await popup.close();
      await page.close();
    },
  };
}
const item = (popup: Page, id: string) => popup.locator(`li.indicator[data-indicator="${id}"]`);

beforeAll(async () => {
  session = await launchWithExtension();
  demoSite = `127.0.0.1:${new URL(session.site.url).port}`;
  night = await prepareCrawlNight(session.site.url);
  ({ folder, campaign } = night);
  dashboard = await session.context.newPage();
  await dashboard.goto(`chrome-extension://${session.extensionId}/options.html`);
  await dashboard.locator('.sites-section').waitFor();
});
afterAll(async () => {
  await session?.close();
  night?.close();
});

describe('crawl by night, review by day', () => {
  it('crawls the list into one file per organisation (the first night: home pages only)', async () => {
    const { code, stderr } = await crawl('night-1', '--max-pages', '1');
    expect(code).toBe(1);
    expect(stderr).toContain('GONE1: cannot connect');
    expect(readdirSync(join(folder, 'night-1', 'sites')).sort()).toEqual([
      'DEMO1.json',
      'GONE1.json',
    ]);
  });

  it('refuses a campaign CSV chosen by mistake and imports nothing', async () => {
    await dashboard.locator('input[name="crawl-files"]').setInputFiles(campaign);
    await expect
      .poll(() => dashboard.locator('.survey-error').textContent())
      .toMatch(
        /^Nothing was imported: 1 of 1 files cannot be read as crawl results\. night-survey\.csv: this is a CSV file/,
      );
    expect(await readStore(session, 'pages')).toEqual([]);
    expect(await readStore(session, 'campaigns')).toEqual([]);
  });

  it("imports the crawl's output folder and says what it imported", async () => {
    await dashboard.locator('input[name="crawl-folder"]').setInputFiles(join(folder, 'night-1'));
    await expect
      .poll(() => report().locator('.crawl-import-headline').textContent(), { timeout: 10_000 })
      .toBe(
        'Imported 1 site with 1 page from 2 files as scanner results (no verdicts); 1 site could not be crawled.',
      );
    expect(await report().locator('.crawl-import-failed li').allTextContents()).toEqual([
      expect.stringMatching(
        /^Closed Trust \(fictional\) \(http:\/\/127\.0\.0\.1:\d+\/\): cannot connect \(ECONNREFUSED\)$/,
      ),
    ]);
    expect(await report().textContent()).toContain('campaign “night-survey” created');
    // The command's merged site findings are the extension's merge of the same pages.
    expect(await report().textContent()).not.toContain('otherwise than the command');
    expect(await dashboard.locator('.survey-error').count()).toBe(0);
    expect(await axeViolations(dashboard)).toEqual([]);
  });

  it('shows the campaign with its organisation in progress, and the site with its pages', async () => {
    const listed = dashboard.locator('.campaign-list > li').filter({ hasText: 'night-survey' });
    await expect
      .poll(() => listed.locator('.campaign-progress span').textContent())
      .toBe('0 done, 1 in progress, 1 not started, of 2 with a website');
    await row().waitFor();
    expect((await row().locator('td').allTextContents()).slice(0, 5)).toEqual([
      'Northfold CCG (demo)',
      demoSite,
      'night-survey',
      '1',
      'in progress (0 of 21)',
    ]);
    // No verdict was written: the auditor gives them.
    expect(await readStore(session, 'verdicts')).toEqual([]);
    const [summary] = await readStore(session, 'summaries');
    expect(summary).toMatchObject({ site: demoSite, pages: 1, verdicts: {} });
    expect(Object.keys(summary!.scanner).sort()).toEqual([...INDICATOR_IDS].sort());
  });

  it("opens the site's checklist with the crawl's findings, for the auditor's review", async () => {
    const { popup, close } = await checklist();
    expect(await popup.locator('h1').textContent()).toBe(demoSite);
    expect(await popup.locator('.organisation-name').textContent()).toBe('Northfold CCG (demo)');
    await expect.poll(() => popup.locator('.summary').textContent()).toContain('1 page scanned');
    expect(await popup.locator('.site-scan-progress').textContent()).toBe(
      `Last site scan: 1 page read, crawled by nhs-site-audit ${version} on the command line and imported.`,
    );
    const badge = (id: string) => item(popup, id).locator('.badge').getAttribute('data-status');
    expect(await badge('foi')).toBe('found');
    expect(await badge('public-questions')).toBe('not-found');
    await item(popup, 'foi').locator('.evidence > summary').click();
    expect(await item(popup, 'foi').locator('.evidence-snippet').first().textContent()).toMatch(
      /FOI|Freedom of Information/i,
    );
    // The review by day: FOI confirmed with a note; no questions from the public, as scanned.
    await item(popup, 'foi').locator('input[value="yes"]').check();
    await item(popup, 'foi').locator('textarea').fill('Request form and address on the FOI page');
    await item(popup, 'public-questions').locator('input[value="no"]').check();
    await close();
    await expect.poll(verdicts).toEqual(
      expect.arrayContaining([
        ['foi', 'yes', 'Request form and address on the FOI page'],
        ['public-questions', 'no', ''],
      ]),
    );
  });

  it("imports the next night's whole-site crawl over it: results replaced, the review kept", async () => {
    const [before] = await readStore(session, 'crawls');
    const review = (await verdicts()).sort();
    expect((await crawl('night-2')).code).toBe(1);
    await dashboard.bringToFront();
    await dashboard
      .locator('input[name="crawl-files"]')
      .setInputFiles([
        join(folder, 'night-2', 'sites', 'DEMO1.json'),
        join(folder, 'night-2', 'sites', 'GONE1.json'),
      ]);
    await expect
      .poll(() => report().locator('.crawl-import-headline').textContent(), { timeout: 10_000 })
      .toBe(
        'Imported 1 site with 10 pages from 2 files as scanner results (no verdicts); 1 site could not be crawled.',
      );
    expect(await report().textContent()).toContain(
      "Campaigns: 2 results matched a campaign's organisation.",
    );
    const [after] = await readStore(session, 'crawls');
    expect(after!.startedAt > before!.startedAt).toBe(true);
    expect(await readStore(session, 'campaigns')).toHaveLength(1);
    expect((await verdicts()).sort()).toEqual(review);
    await expect.poll(() => row().locator('td').nth(3).textContent()).toBe('10');
    expect(await row().locator('td').nth(4).textContent()).toBe('in progress (2 of 21)');
  });

  it('shows the whole site in the checklist, and flags the verdict the new results contradict', async () => {
    const { popup, close } = await checklist();
    await expect.poll(() => popup.locator('.summary').textContent()).toContain('10 pages scanned');
    expect(await popup.locator('.site-scan-progress').textContent()).toBe(
      `Last site scan: 10 pages read, crawled by nhs-site-audit ${version} on the command line and imported.`,
    );
    expect(await popup.locator('.contradicted-count').textContent()).toBe(
      ' · 1 contradicted by a new scan',
    );
    expect(
      await item(popup, 'public-questions').locator('.notice.contradiction').textContent(),
    ).toContain('A new scan says “found”, against your verdict.');
    expect(await item(popup, 'foi').locator('.notice.contradiction').count()).toBe(0);
    expect(await item(popup, 'foi').locator('textarea').inputValue()).toBe(
      'Request form and address on the FOI page',
    );
    await item(popup, 'board-members').locator('.evidence > summary').click();
    expect(
      await item(popup, 'board-members').locator('.evidence-snippet').first().textContent(),
    ).toContain('Aled Pennock');
    await close();
  });
});
