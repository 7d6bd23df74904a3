/**
 * The dashboard in real Chromium: every audited site, a backup of everything, a refused
 * damaged file, and a restore that merges and reports.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_VERSION } from '../../lib/db/schema.ts';
import {
  type ExtensionSession,
  launchWithExtension,
  openPopup,
  screenshotPath,
  tabIdOf,
} from './support/extension.ts';

let session: ExtensionSession;
let dashboard: Page;
let demo: Page;
let backup: string;

beforeAll(async () => {
  session = await launchWithExtension();
  demo = await session.context.newPage();
  await demo.goto(`${session.site.url}foi.html`);
  const popup = await openPopup(session, await tabIdOf(session, demo));
  await popup.getByRole('button', { name: 'Scan this page' }).click();
  await popup.locator('.summary', { hasText: '1 page scanned' }).waitFor();
  await popup.locator('li[data-indicator="foi"]').getByText('Yes', { exact: true }).click();
  await popup
    .locator('li[data-indicator="foi"] textarea')
    .fill('Publication scheme and disclosure log');
  dashboard = await session.context.newPage();
  await dashboard.goto(`chrome-extension://${session.extensionId}/options.html`);
  await dashboard.locator('table.sites-table tbody tr[data-site]').first().waitFor();
});
afterAll(async () => {
  await session?.close();
});

const site = () => `127.0.0.1:${new URL(session.site.url).port}`;

describe('the dashboard', () => {
  it('lists the audited sites', async () => {
    expect(
      await dashboard.locator('table.sites-table tbody tr[data-site]').getAttribute('data-site'),
    ).toBe(site());
    await expect(dashboard.locator('.summary').textContent()).resolves.toContain('1 site audited');
  });

  it('follows a scan made in another view within a second', async () => {
    const pagesScanned = dashboard.locator(
      `table.sites-table tbody tr[data-site="${site()}"] td:nth-child(4)`,
    );
    expect(await pagesScanned.textContent()).toBe('1');
    await demo.goto(`${session.site.url}news.html`);
    const popup = await openPopup(session, await tabIdOf(session, demo));
    await popup.getByRole('button', { name: 'Scan this page' }).click();
    await popup.locator('.summary', { hasText: '2 pages scanned' }).waitFor();
    // Stored: the dashboard shows it within a second, without a reload.
    await expect.poll(() => pagesScanned.textContent(), { timeout: 1_000 }).toBe('2');
    await popup.close();
  });

  it('backs up everything in one file', async () => {
    const [download] = await Promise.all([
      dashboard.waitForEvent('download'),
      dashboard.getByRole('button', { name: 'Back up everything' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^nhs-site-audit-backup-\d{4}-\d\d-\d\d-\d\d-\d\d-\d\d\.json$/,
    );
    backup = readFileSync((await download.path())!, 'utf8');
    const file = JSON.parse(backup);
    expect(file).toMatchObject({
      format: 'nhs-site-audit/backup',
      version: 1,
      schemaVersion: DB_VERSION,
    });
    expect(file.stores.sites.map((s: { site: string }) => s.site)).toEqual([site()]);
    expect(file.stores.verdicts).toEqual([
      expect.objectContaining({
        indicator: 'foi',
        verdict: 'yes',
        note: 'Publication scheme and disclosure log',
      }),
    ]);
  });

  it('exports every site in one spreadsheet', async () => {
    const [download] = await Promise.all([
      dashboard.waitForEvent('download'),
      dashboard.getByRole('button', { name: 'Export all sites (CSV)' }).click(),
    ]);
    const csv = Papa.parse<Record<string, string>>(readFileSync((await download.path())!, 'utf8'), {
      header: true,
      skipEmptyLines: true,
    });
    expect(csv.errors).toEqual([]);
    expect(csv.data).toEqual([
      expect.objectContaining({
        site: site(),
        pages_scanned: '2',
        foi: 'yes',
        'foi (scanner)': 'found',
      }),
    ]);
  });

  it('refuses a damaged file with a clear message and changes nothing', async () => {
    await dashboard.locator('input.restore-file[type=file][accept*=json]').setInputFiles({
      name: 'damaged.json',
      mimeType: 'application/json',
      buffer: Buffer.from(backup.slice(0, backup.length / 2)),
    });
    await expect
      .poll(() => dashboard.locator('.error').textContent())
      .toMatch(/not complete JSON.*Nothing was restored/);
    expect(await dashboard.locator('table.sites-table tbody tr[data-site]').count()).toBe(1);
  });

  it('restores a backup into the database in use, merging, and reports what it added', async () => {
    const file = JSON.parse(backup);
    const at = '2026-06-01T10:00:00.000Z';
    file.stores.sites.push({
      site: 'southbrook-icb.example.nhs.uk',
      firstSeenAt: at,
      lastScannedAt: at,
      lastUrl: 'https://southbrook-icb.example.nhs.uk/',
    });
    await dashboard.locator('input.restore-file[type=file][accept*=json]').setInputFiles({
      name: 'backup.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(file)),
    });
    await expect
      .poll(() => dashboard.locator('.report').textContent())
      .toContain('sites: 1 added, 0 updated');
    expect(await dashboard.locator('.error').count()).toBe(0);
    await expect
      .poll(() =>
        dashboard
          .locator('table.sites-table tbody tr[data-site]')
          .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-site'))),
      )
      .toEqual(expect.arrayContaining([site(), 'southbrook-icb.example.nhs.uk']));
  });

  it('takes the README screenshot of the dashboard', async () => {
    await dashboard.setViewportSize({ width: 1000, height: 420 });
    await dashboard.bringToFront();
    await dashboard.screenshot({ path: screenshotPath('dashboard.png') });
  });
});

describe('the side panel', () => {
  it('shows the same checklist for the page, with what was scanned and judged', async () => {
    const panel = await session.context.newPage();
    await panel.goto(
      `chrome-extension://${session.extensionId}/sidepanel.html?tabId=${await tabIdOf(session, demo)}`,
    );
    await panel.locator('li[data-indicator="foi"] .badge[data-status="found"]').waitFor();
    expect(await panel.locator('h1').textContent()).toBe(site());
    expect(await panel.locator('li[data-indicator="foi"] textarea').inputValue()).toBe(
      'Publication scheme and disclosure log',
    );
    // The side panel has no button to open itself.
    expect(await panel.getByRole('button', { name: 'Open in side panel' }).count()).toBe(0);
    await panel.close();
  });
});
