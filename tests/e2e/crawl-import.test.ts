/**
 * A night's crawl reviewed by day (issue 12), in real Chromium: `nhs-site-audit crawl` over the
 * demo site served on 127.0.0.1 (and a site that cannot be reached) into a temporary folder,
 * then that folder imported on the built extension's dashboard: the campaign appears with its
 * organisation in progress, the failed site with its reason, and the site's checklist shows the
 * crawl's findings with their evidence, as after the extension's own "Scan this site".
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCrawlCommand } from '../../lib/cli/crawl-command.ts';
import { serveDirectory } from '../../lib/demo/server.ts';
import { INDICATOR_IDS } from '../../lib/indicators/index.ts';
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
let folder: string;
let demoSite: string;
let crawlExit: number;
let crawlErrors = '';

beforeAll(async () => {
  session = await launchWithExtension();
  demoSite = `127.0.0.1:${new URL(session.site.url).port}`;
  // A port nobody listens on any more: a site that cannot be crawled.
  const gone = await serveDirectory(resolve('assets/demo-site'));
  const gonePort = new URL(gone.url).port;
  await gone.close();
  folder = mkdtempSync(join(tmpdir(), 'nhs-site-audit-night-'));
  const campaign = join(folder, 'night-survey.csv');
  writeFileSync(
    campaign,
    [
      'name,code,url,region',
      `Northfold CCG (demo),DEMO1,${session.site.url},North`,
      `Closed Trust (fictional),GONE1,http://127.0.0.1:${gonePort}/,South`,
      '',
    ].join('\n'),
  );
  crawlExit = await runCrawlCommand(
    [
      '--campaign',
      campaign,
      '--out',
      join(folder, 'out'),
      '--pause-ms',
      '5',
      '--timeout-ms',
      '5000',
    ],
    {
      stdout: () => {},
      stderr: (text) => {
        crawlErrors += text;
      },
      fetch,
    },
  );
  dashboard = await session.context.newPage();
  await dashboard.goto(`chrome-extension://${session.extensionId}/options.html`);
  await dashboard.locator('.sites-section').waitFor();
});
afterAll(async () => {
  await session?.close();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

describe('crawl by night, review by day', () => {
  it('crawls the demo site into one file per organisation', () => {
    expect(crawlExit).toBe(1);
    expect(crawlErrors).toContain('GONE1: cannot connect');
    expect(readdirSync(join(folder, 'out', 'sites')).sort()).toEqual(['DEMO1.json', 'GONE1.json']);
  });

  it('refuses a campaign CSV chosen by mistake and imports nothing', async () => {
    await dashboard
      .locator('input[name="crawl-files"]')
      .setInputFiles(join(folder, 'night-survey.csv'));
    await expect
      .poll(() => dashboard.locator('.survey-error').textContent())
      .toMatch(
        /^Nothing was imported: 1 of 1 files cannot be read as crawl results\. night-survey\.csv: this is a CSV file/,
      );
    expect(await readStore(session, 'pages')).toEqual([]);
    expect(await readStore(session, 'campaigns')).toEqual([]);
  });

  it("imports the crawl's output folder and says what it imported", async () => {
    await dashboard.locator('input[name="crawl-folder"]').setInputFiles(join(folder, 'out'));
    const report = dashboard.locator('.crawl-import-report');
    await expect
      .poll(() => report.locator('.crawl-import-headline').textContent(), { timeout: 10_000 })
      .toBe(
        'Imported 1 site with 10 pages from 2 files as scanner results (no verdicts); 1 site could not be crawled.',
      );
    expect(await report.locator('.crawl-import-failed li').allTextContents()).toEqual([
      expect.stringMatching(
        /^Closed Trust \(fictional\) \(http:\/\/127\.0\.0\.1:\d+\/\): cannot connect \(ECONNREFUSED\)$/,
      ),
    ]);
    expect(await report.textContent()).toContain('campaign “night-survey” created');
    expect(await dashboard.locator('.survey-error').count()).toBe(0);
    expect(await axeViolations(dashboard)).toEqual([]);
  });

  it('shows the campaign with its organisation in progress, and the site with its pages', async () => {
    const campaign = dashboard.locator('.campaign-list > li').filter({ hasText: 'night-survey' });
    await expect
      .poll(() => campaign.locator('.campaign-progress span').textContent())
      .toBe('0 done, 1 in progress, 1 not started, of 2 with a website');
    const row = dashboard.locator(`table.sites-table tbody tr[data-site="${demoSite}"]`);
    await row.waitFor();
    const cells = await row.locator('td').allTextContents();
    expect(cells.slice(0, 5)).toEqual([
      'Northfold CCG (demo)',
      demoSite,
      'night-survey',
      '10',
      'in progress (0 of 21)',
    ]);
    // The score counts a problem the scanner found (empty sections on the demo site) at once.
    expect(cells.slice(5, 7)).toEqual(['-1', '1']);
    // No verdict was written: the auditor gives them.
    expect(await readStore(session, 'verdicts')).toEqual([]);
    const [summary] = await readStore(session, 'summaries');
    expect(summary).toMatchObject({ site: demoSite, pages: 10, verdicts: {} });
    expect(Object.keys(summary!.scanner).sort()).toEqual([...INDICATOR_IDS].sort());
  });

  it("opens the site's checklist with the crawl's findings and their evidence", async () => {
    const page = await session.context.newPage();
    await page.goto(`${session.site.url}contact-us.html`);
    const popup = await openPopup(session, await tabIdOf(session, page));
    const item = (id: string) => popup.locator(`li.indicator[data-indicator="${id}"]`);
    expect(await popup.locator('h1').textContent()).toBe(demoSite);
    expect(await popup.locator('.organisation-name').textContent()).toBe('Northfold CCG (demo)');
    await expect.poll(() => popup.locator('.summary').textContent()).toContain('10 pages scanned');
    expect(await popup.locator('.site-scan-progress').textContent()).toBe(
      'Last site scan: 10 pages read.',
    );
    expect(await item('board-members').locator('.badge').getAttribute('data-status')).toBe('found');
    expect(await item('contact-form-only').locator('.badge').getAttribute('data-status')).toBe(
      'not-found',
    );
    await item('board-members').locator('.evidence > summary').click();
    const evidence = item('board-members').locator('.evidence-item').first();
    expect(await evidence.locator('.evidence-snippet').textContent()).toContain('Aled Pennock');
    await item('foi').locator('.evidence > summary').click();
    expect(await item('foi').locator('.evidence-item').count()).toBeGreaterThan(0);
    expect(await popup.locator('.summary').textContent()).toContain('0 of 21 reviewed');
    // The auditor's review by day: a verdict and a note.
    await item('foi').locator('input[value="yes"]').check();
    await item('foi').locator('textarea').fill('Request form and address on the FOI page');
    await popup.close();
    await expect
      .poll(async () =>
        (await readStore(session, 'verdicts')).map((v) => [v.indicator, v.verdict, v.note]),
      )
      .toEqual([['foi', 'yes', 'Request form and address on the FOI page']]);
    await page.close();
  });

  it("imports the next night's crawl over it: scanner results replaced, the review kept", async () => {
    const [before] = await readStore(session, 'crawls');
    const campaign = join(folder, 'night-survey.csv');
    await runCrawlCommand(
      [
        '--campaign',
        campaign,
        '--out',
        join(folder, 'night-2'),
        '--pause-ms',
        '5',
        '--timeout-ms',
        '5000',
      ],
      { stdout: () => {}, stderr: () => {}, fetch },
    );
    await dashboard.bringToFront();
    await dashboard
      .locator('input[name="crawl-files"]')
      .setInputFiles([
        join(folder, 'night-2', 'sites', 'DEMO1.json'),
        join(folder, 'night-2', 'sites', 'GONE1.json'),
      ]);
    const report = dashboard.locator('.crawl-import-report');
    await expect
      .poll(() => report.textContent(), { timeout: 10_000 })
      .toContain("Campaigns: 2 results matched a campaign's organisation.");
    expect(await report.locator('.crawl-import-headline').textContent()).toBe(
      'Imported 1 site with 10 pages from 2 files as scanner results (no verdicts); 1 site could not be crawled.',
    );
    const [after] = await readStore(session, 'crawls');
    expect(after!.startedAt > before!.startedAt).toBe(true);
    expect(await readStore(session, 'campaigns')).toHaveLength(1);
    expect(
      (await readStore(session, 'verdicts')).map((v) => [v.indicator, v.verdict, v.note]),
    ).toEqual([['foi', 'yes', 'Request form and address on the FOI page']]);
    const pages = await readStore(session, 'pages');
    expect(pages).toHaveLength(10);
    expect(pages.every((page) => page.scannedAt > before!.startedAt)).toBe(true);
    const row = dashboard.locator(`table.sites-table tbody tr[data-site="${demoSite}"]`);
    await expect.poll(() => row.locator('td').nth(4).textContent()).toBe('in progress (1 of 21)');
  });
});
