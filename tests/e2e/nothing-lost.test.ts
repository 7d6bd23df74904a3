/**
 * Drills of what an auditor does that once lost work, in real Chromium with the built extension:
 * two views of one site editing at once, the popup closed while "Scan this site" runs, the
 * extension stopped mid-scan, a burst of keys then the popup closed at once, and a re-scan that
 * contradicts verdicts.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
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
let demoPage: Page;
let tabId: number;
let site: string;

const item = (view: Page, id: string) => view.locator(`li.indicator[data-indicator="${id}"]`);
const storedVerdict = async (indicator: string) =>
  (await readStore(session, 'verdicts')).find(
    (record) => record.site === site && record.indicator === indicator,
  );

beforeAll(async () => {
  session = await launchWithExtension();
  demoPage = await session.context.newPage();
  await demoPage.goto(`${session.site.url}index.html`);
  site = `127.0.0.1:${new URL(session.site.url).port}`;
});

afterAll(async () => {
  await session?.close();
});

describe('a re-scan after verdicts', () => {
  it('keeps the verdicts and flags those the new result contradicts, until looked at again', async () => {
    await demoPage.goto(`${session.site.url}contact-us.html`);
    const contactTab = await tabIdOf(session, demoPage);
    const popup = await openExtensionPage(session, 'popup', contactTab);
    // Judged from a first read, before any scan: no phone number seen; an email address seen.
    await item(popup, 'phone').getByText('No', { exact: true }).click();
    await item(popup, 'email-address').getByText('Yes', { exact: true }).click();
    await expect.poll(async () => (await storedVerdict('phone'))?.verdict).toBe('no');
    expect(await item(popup, 'phone').getAttribute('class')).not.toContain('contradicted');

    await popup.getByRole('button', { name: 'Scan this page' }).click();
    await expect.poll(() => item(popup, 'phone').getAttribute('class')).toContain('contradicted');
    // The verdicts are kept; the one the scan agrees with is not flagged.
    expect(await item(popup, 'phone').locator('input[value="no"]').isChecked()).toBe(true);
    expect(await item(popup, 'email-address').getAttribute('class')).not.toContain('contradicted');
    await expect(popup.locator('.summary').textContent()).resolves.toContain(
      '1 contradicted by a new scan',
    );

    // Looked at again: the auditor keeps the verdict, and the flag goes, also after reopening.
    await item(popup, 'phone').getByRole('button', { name: 'keep my verdict' }).click();
    await expect
      .poll(() => item(popup, 'phone').getAttribute('class'))
      .not.toContain('contradicted');
    await popup.reload();
    await item(popup, 'phone').waitFor();
    expect(await item(popup, 'phone').getAttribute('class')).not.toContain('contradicted');
    expect((await storedVerdict('phone'))?.verdict).toBe('no');
    await popup.close();
  });
});

describe('popup and side panel on the same site', () => {
  beforeAll(async () => {
    await demoPage.goto(`${session.site.url}index.html`);
    tabId = await tabIdOf(session, demoPage);
  });

  it('each sees the other’s change within a second, and the export matches the database', async () => {
    const popup = await openExtensionPage(session, 'popup', tabId);
    const panel = await openExtensionPage(session, 'sidepanel', tabId);

    await item(popup, 'survey').getByText('Partial', { exact: true }).click();
    await item(popup, 'survey').locator('textarea').pressSequentially('Survey closed in May');
    await expect
      .poll(() => item(panel, 'survey').locator('input[value="partial"]').isChecked(), {
        timeout: 1_000,
      })
      .toBe(true);
    await expect
      .poll(() => item(panel, 'survey').locator('textarea').inputValue(), { timeout: 1_500 })
      .toBe('Survey closed in May');

    // The side panel edits the same note later: it wins; the popup shows it and says so.
    await item(panel, 'survey').locator('textarea').fill('Survey open until June');
    await item(panel, 'blog').getByText('No', { exact: true }).click();
    await expect
      .poll(() => item(popup, 'survey').locator('textarea').inputValue(), { timeout: 1_500 })
      .toBe('Survey open until June');
    await expect
      .poll(() => item(popup, 'survey').locator('.notice.overridden').textContent())
      .toMatch(/replaced by a later one made in another view/);
    await expect
      .poll(() => item(popup, 'blog').locator('input[value="no"]').isChecked(), { timeout: 1_000 })
      .toBe(true);

    // The popup's export is what the database holds, including the side panel's edits.
    const [download] = await Promise.all([
      popup.waitForEvent('download'),
      popup.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    const rows = Papa.parse<Record<string, string>>(
      readFileSync((await download.path())!, 'utf8'),
      { header: true, skipEmptyLines: true },
    ).data;
    const stored = await readStore(session, 'verdicts');
    for (const record of stored.filter((r) => r.site === site)) {
      const row = rows.find((r) => r.indicator === record.indicator);
      expect(row, record.indicator).toMatchObject({
        verdict: record.verdict ?? '',
        note: record.note,
      });
    }
    expect(rows.find((r) => r.indicator === 'survey')).toMatchObject({
      verdict: 'partial',
      note: 'Survey open until June',
    });
    expect(rows.find((r) => r.indicator === 'blog')?.verdict).toBe('no');
    await popup.close();
    await panel.close();
  });
});

describe('a note typed fast, then the popup closed at once', () => {
  beforeAll(async () => {
    await demoPage.goto(`${session.site.url}index.html`);
    tabId = await tabIdOf(session, demoPage);
  });

  const text = 'Board papers: agenda, minutes & video (May) ok';
  for (const delayMs of [0, 10, 25, 50]) {
    it(`keeps every character when the popup closes ${delayMs} ms after the last key (10 tries)`, async () => {
      for (let attempt = 1; attempt <= 10; attempt++) {
        const note = `${delayMs}/${attempt} ${text}`;
        const popup = await openExtensionPage(session, 'popup', tabId);
        const area = item(popup, 'newsletter').locator('textarea');
        await area.click();
        await popup.keyboard.press('Control+A');
        await area.pressSequentially(note, { delay: 0 });
        if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
        await popup.close({ runBeforeUnload: true });
        await expect
          .poll(async () => (await storedVerdict('newsletter'))?.note, {
            timeout: 3_000,
            message: `try ${attempt} at ${delayMs} ms`,
          })
          .toBe(note);
      }
    });
  }

  it('shows no unsaved warning while typing', async () => {
    const popup = await openExtensionPage(session, 'popup', tabId);
    const area = item(popup, 'video').locator('textarea');
    await area.click();
    let flagged = false;
    for (const key of 'Films on the news page') {
      await popup.keyboard.type(key);
      if ((await item(popup, 'video').getAttribute('class'))?.includes('unsaved')) flagged = true;
    }
    expect(flagged).toBe(false);
    expect(await popup.locator('.error').count()).toBe(0);
    await popup.close();
  });
});

describe('"Scan this site" outlives the popup', () => {
  beforeAll(async () => {
    await demoPage.goto(`${session.site.url}index.html`);
    tabId = await tabIdOf(session, demoPage);
  });

  it('completes after the popup is closed, and the reopened popup shows it', async () => {
    const popup = await openExtensionPage(session, 'popup', tabId);
    await popup.getByRole('button', { name: 'Scan this site' }).click();
    await expect
      .poll(() => popup.locator('.site-scan-progress').textContent())
      .toMatch(/Scanning the site: 1 of/);
    await popup.close();

    await expect
      .poll(async () => (await readStore(session, 'crawls')).find((c) => c.site === site)?.status, {
        timeout: 30_000,
      })
      .toBe('done');
    const reopened = await openExtensionPage(session, 'popup', tabId);
    await expect
      .poll(() => reopened.locator('.site-scan-progress').textContent())
      .toMatch(/Last site scan: 9 pages read/);
    await reopened.close();
  });

  it('is followed and cancelled from another view', async () => {
    const popup = await openExtensionPage(session, 'popup', tabId);
    const panel = await openExtensionPage(session, 'sidepanel', tabId);
    await popup.getByRole('button', { name: 'Scan this site' }).click();
    await expect
      .poll(() => panel.locator('.site-scan-progress').textContent(), { timeout: 5_000 })
      .toMatch(/Scanning the site: [12] of/);
    await panel.getByRole('button', { name: 'Cancel' }).click();
    for (const view of [panel, popup]) {
      await expect
        .poll(() => view.locator('.site-scan-progress').textContent(), { timeout: 5_000 })
        .toMatch(/Site scan stopped at \d of \d+ pages.*partial/);
    }
    expect((await readStore(session, 'crawls')).find((c) => c.site === site)?.status).toBe(
      'cancelled',
    );
    await popup.close();
    await panel.close();
  });

  it('shows a scan cut short by the background stopping as partial, and resumes it', async () => {
    const popup = await openExtensionPage(session, 'popup', tabId);
    await popup.getByRole('button', { name: 'Scan this site' }).click();
    await expect
      .poll(() => popup.locator('.site-scan-progress').textContent(), { timeout: 10_000 })
      .toMatch(/Scanning the site: [23] of/);
    // The background stops (a crash, the browser ending it) in the middle of the scan.
    await session.stopBackground();
    await popup.close();

    const reopened = await openExtensionPage(session, 'popup', tabId);
    await expect
      .poll(() => reopened.locator('.site-scan-progress').textContent())
      .toMatch(/interrupted at \d of \d+ pages.*partial/);
    const partial = (await readStore(session, 'crawls')).find((c) => c.site === site);
    expect(partial?.status).toBe('interrupted');
    expect(partial?.done).toBeLessThan(9);

    await reopened.getByRole('button', { name: 'Resume site scan' }).click();
    await expect
      .poll(() => reopened.locator('.site-scan-progress').textContent(), { timeout: 30_000 })
      .toMatch(/Last site scan: 9 pages read/);
    await reopened.close();
  });
});
