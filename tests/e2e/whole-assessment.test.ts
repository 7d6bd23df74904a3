/**
 * The auditor's time, measured: a whole assessment of the 10-page demo site as an auditor does
 * it (open the checklist, scan the site, review every indicator, export), counting every click
 * and key (typed notes apart). The 2013 survey took about 2 minutes a site: the bar is at most
 * 25 actions. Prints the count, the time, and how long the checklist takes to appear.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ExtensionSession,
  launchWithExtension,
  openExtensionPage,
  readStore,
  tabIdOf,
} from './support/extension.ts';

let session: ExtensionSession;

beforeAll(async () => {
  session = await launchWithExtension();
});
afterAll(async () => {
  await session?.close();
});

/** Does what the auditor does, and counts it. */
class CountedAuditor {
  clicks = 0;
  keys = 0;
  constructor(readonly page: Page) {}
  async click(what: Parameters<Page['locator']>[0] | ReturnType<Page['locator']>) {
    this.clicks++;
    await (typeof what === 'string' ? this.page.locator(what) : what).click();
  }
  async press(key: string) {
    this.keys++;
    await this.page.keyboard.press(key);
  }
  get actions() {
    return this.clicks + this.keys;
  }
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

describe('a whole assessment of the demo site', () => {
  it('takes at most 25 actions besides typed notes', async () => {
    const demo = await session.context.newPage();
    await demo.goto(`${session.site.url}index.html`);
    const started = Date.now();
    // 1: the toolbar button (a test opens the view as a tab instead of clicking it).
    const panel = await openExtensionPage(session, 'sidepanel', await tabIdOf(session, demo));
    const auditor = new CountedAuditor(panel);
    auditor.clicks++;
    await auditor.click(panel.getByRole('button', { name: 'Scan this page' }));
    await panel.locator('.summary', { hasText: '1 page scanned' }).waitFor();
    await auditor.click(panel.getByRole('button', { name: 'Scan this site' }));
    await panel
      .locator('.site-scan-progress', { hasText: 'Last site scan' })
      .waitFor({ timeout: 60_000 });

    // Review what needs the auditor with one key each, then confirm what the scanner decided.
    await auditor.click(panel.getByText('Needs review', { exact: true }));
    const needsReview = await panel.locator('.review li.indicator').count();
    if (needsReview > 0) {
      await auditor.click(
        panel.locator('.review li.indicator').first().locator('.indicator-title'),
      );
      for (let i = 0; i < needsReview; i++) await auditor.press('p');
    }
    await auditor.click(panel.getByText('All', { exact: true }));
    await auditor.click(panel.getByRole('button', { name: /Confirm the scanner’s results/ }));
    await panel.locator('.summary', { hasText: '21 of 21 reviewed' }).waitFor();
    const [download] = await Promise.all([
      panel.waitForEvent('download'),
      auditor.click(panel.getByRole('button', { name: 'Export CSV' })),
    ]);
    expect(await download.path()).toBeTruthy();
    const seconds = (Date.now() - started) / 1000;
    await expect.poll(async () => (await readStore(session, 'verdicts')).length).toBe(21);

    console.log(
      `Whole assessment of the demo site: ${auditor.actions} actions (${auditor.clicks} clicks, ${auditor.keys} keys; ${needsReview} items needed review), ${seconds.toFixed(1)} s including the site scan's 1 s pauses`,
    );
    expect(auditor.actions).toBeLessThanOrEqual(25);

    // How soon the checklist appears (printed for the record; speed is not asserted here).
    const tabId = await tabIdOf(session, demo);
    const times: number[] = [];
    for (let run = 0; run < 7; run++) {
      const popup = await session.context.newPage();
      const opened = Date.now();
      await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tabId=${tabId}`);
      await popup.locator('.review li.indicator').first().waitFor();
      times.push(Date.now() - opened);
      await popup.close();
    }
    console.log(
      `Checklist shown after opening the popup: median ${median(times)} ms (${times.join(', ')} ms)`,
    );
  });
});
