/**
 * The dashboard in Firefox ESR with the production build: every audited site, a backup of
 * everything and the all-sites spreadsheet saved as downloads, a damaged file refused, and a
 * restore that merges.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_VERSION } from '../../lib/db/schema.ts';
import { button, type FirefoxSession, launchFirefox, textOf, until } from './support/firefox.ts';

let session: FirefoxSession;
let dashboard: Page;
let site: string;
let backup: string;

const listedSites = () =>
  dashboard.$$eval('table.sites-table tbody tr[data-site]', (rows) =>
    rows.map((row) => row.dataset.site),
  );

/** Puts a file into the dashboard's restore input, as choosing it in the file dialog does. */
async function chooseFile(name: string, content: string): Promise<void> {
  const path = join(session.downloads, name);
  writeFileSync(path, content);
  const input = await dashboard.$('input.restore-file[type=file]');
  await input!.uploadFile(path);
}

beforeAll(async () => {
  session = await launchFirefox();
  site = `127.0.0.1:${new URL(session.site.url).port}`;
  const demo = await session.browser.newPage();
  await demo.goto(`${session.site.url}foi.html`);
  await demo.bringToFront();
  await session.pressToolbarButton();
  const tabId = await session.tabIdOf(`${session.site.url}foi.html`);
  const popup = await session.openExtensionPage(
    await session.browser.newPage(),
    `popup.html?tabId=${tabId}`,
    '.checklist .group',
  );
  await (await button(popup, 'Scan this page')).click();
  await until(async () => /^1 page scanned/.test(await textOf(popup, '.summary')), 'the scan');
  await (await popup.$('li[data-indicator="foi"] input[value="yes"]'))!.click();
  await (await popup.$('li[data-indicator="foi"] textarea'))!.type('Disclosure log');
  await popup.close();
  dashboard = await session.openExtensionPage(
    await session.browser.newPage(),
    'options.html',
    'table.sites-table tbody tr[data-site]',
  );
});
afterAll(async () => {
  await session?.close();
});

describe('the dashboard in Firefox', () => {
  it('lists the audited site', async () => {
    expect(await listedSites()).toEqual([site]);
    expect(await textOf(dashboard, '.summary')).toContain('1 site audited');
  });

  it('backs up everything in one downloaded file, with the verdict and note', async () => {
    await dashboard.bringToFront();
    await (await button(dashboard, 'Back up everything')).click();
    const saved = await until(
      () =>
        readdirSync(session.downloads).find((name) =>
          /^nhs-site-audit-backup-.*\.json$/.test(name),
        ),
      'the backup download',
    );
    backup = await until(() => {
      const text = readFileSync(join(session.downloads, saved), 'utf8');
      return text.endsWith('}') || text.endsWith('}\n') ? text : undefined;
    }, 'the whole backup file');
    const file = JSON.parse(backup);
    expect(file).toMatchObject({ format: 'nhs-site-audit/backup', schemaVersion: DB_VERSION });
    expect(file.stores.sites.map((record: { site: string }) => record.site)).toEqual([site]);
    expect(file.stores.verdicts).toEqual([
      expect.objectContaining({ indicator: 'foi', verdict: 'yes', note: 'Disclosure log' }),
    ]);
  });

  it('exports every site in one spreadsheet', async () => {
    await (await button(dashboard, 'Export all sites (CSV)')).click();
    const saved = await until(
      () => readdirSync(session.downloads).find((name) => name.endsWith('.csv')),
      'the CSV download',
    );
    const csv = await until(() => {
      const text = readFileSync(join(session.downloads, saved), 'utf8');
      return text.includes('\n') ? text : undefined;
    }, 'the whole CSV file');
    const [header, row] = Papa.parse<string[]>(csv.trim()).data;
    const column = (name: string) => row![header!.indexOf(name)];
    expect(column('site')).toBe(site);
    expect(column('foi')).toBe('yes');
    expect(column('foi (scanner)')).toBe('found');
  });

  it('refuses a damaged file with a clear message and changes nothing', async () => {
    await chooseFile('damaged.json', backup.slice(0, backup.length / 2));
    await until(
      async () => /Nothing was restored/.test(await textOf(dashboard, '.error')),
      'the refusal',
    );
    expect(await listedSites()).toEqual([site]);
  });

  it('restores a backup, merging it into what is stored, and reports what it added', async () => {
    const file = JSON.parse(backup);
    const at = '2026-06-01T10:00:00.000Z';
    file.stores.sites.push({
      site: 'southbrook-icb.example.nhs.uk',
      firstSeenAt: at,
      lastScannedAt: at,
      lastUrl: 'https://southbrook-icb.example.nhs.uk/',
    });
    await chooseFile('backup.json', JSON.stringify(file));
    await until(
      async () => (await textOf(dashboard, '.report')).includes('sites: 1 added, 0 updated'),
      'the restore report',
    );
    expect(await textOf(dashboard, '.error')).toBe('');
    await until(async () => (await listedSites()).length === 2, 'both sites listed');
    expect(await listedSites()).toEqual(
      expect.arrayContaining([site, 'southbrook-icb.example.nhs.uk']),
    );
  });
});
