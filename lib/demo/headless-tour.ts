/**
 * `npm start` without a display: the extension, driven in headless Chromium through a whole
 * assessment of the demo site as an auditor would do it (scan the page and the site, review,
 * confirm, export), leaving the screenshots, the exports and its reports in a folder. It uses
 * the demo build, which may reach 127.0.0.1: headless, nobody can press the toolbar button
 * that grants access to a page.
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { QUIET_FLAGS, tabIdShowing } from './browser.ts';

/** Runs the tour; returns the folder it made (in `parent`: the working folder unless given). */
export async function headlessTour(
  browserPath: string,
  extensionDir: string,
  siteUrl: string,
  parent = '.',
): Promise<string> {
  const folder = resolve(
    parent,
    `demo-run-${new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-')}`,
  );
  mkdirSync(folder, { recursive: true });
  const profile = mkdtempSync(join(tmpdir(), 'nhs-site-audit-demo-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: browserPath,
    headless: true,
    acceptDownloads: true,
    viewport: { width: 1200, height: 900 },
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      ...QUIET_FLAGS,
    ],
  });
  const log = (line: string) => console.log(`  ${line}`);
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const extensionId = new URL(worker.url()).host;
    const demo = await context.newPage();
    await demo.goto(siteUrl);
    const tabId = await tabIdShowing(worker, demo.url());
    const panel = await context.newPage();
    await panel.setViewportSize({ width: 460, height: 900 });
    await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}`);
    await panel.locator('.review li.indicator').first().waitFor();
    log('Opened the checklist beside the demo site’s home page.');

    await panel.getByRole('button', { name: 'Scan this page' }).click();
    await panel.locator('.summary', { hasText: '1 page scanned' }).waitFor();
    log('Scanned the page.');
    await panel.getByRole('button', { name: 'Scan this site' }).click();
    await panel.locator('.site-scan-progress', { hasText: 'Last site scan' }).waitFor({
      timeout: 120_000,
    });
    log(`Scanned the site: ${await panel.locator('.site-scan-progress').textContent()}`);
    await panel.screenshot({ path: join(folder, 'checklist.png') });
    await panel.emulateMedia({ colorScheme: 'dark' });
    await panel.screenshot({ path: join(folder, 'checklist-dark.png') });
    await panel.emulateMedia({ colorScheme: 'light' });

    await panel.getByRole('button', { name: /Confirm the scanner’s results/ }).click();
    await panel.locator('.summary', { hasText: 'of 21 reviewed' }).waitFor();
    log(`Confirmed the scanner’s results: ${await panel.locator('.summary').textContent()}`);
    for (const [what, button] of [
      ['CSV', 'Export CSV'],
      ['JSON', 'Export JSON'],
      ['report', 'Report (HTML)'],
      ['report', 'Report (Markdown)'],
    ] as const) {
      const [download] = await Promise.all([
        panel.waitForEvent('download'),
        panel.getByRole('button', { name: button, exact: true }).click(),
      ]);
      await download.saveAs(join(folder, download.suggestedFilename()));
      log(`Exported the ${what}: ${download.suggestedFilename()}`);
    }
    const dashboard = await context.newPage();
    await dashboard.goto(`chrome-extension://${extensionId}/options.html`);
    await dashboard.locator('table.sites-table tbody tr[data-site]').first().waitFor();
    await dashboard.screenshot({ path: join(folder, 'dashboard.png'), fullPage: true });
    log('Screenshots: checklist.png, checklist-dark.png, dashboard.png.');
    return folder;
  } finally {
    await context.close();
  }
}
