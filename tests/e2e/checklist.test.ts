/**
 * An auditor's first session, in real Chromium with the built extension: open the demo CCG
 * site, open the checklist on a page, scan, read the evidence, judge, note, reopen, export.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INDICATOR_IDS } from '../../lib/indicators/index.ts';
import {
  type ExtensionSession,
  launchWithExtension,
  openPopup,
  screenshotPath,
  tabIdOf,
} from './support/extension.ts';

let session: ExtensionSession;
let demoPage: Page;
let popup: Page;

const item = (id: string) => popup.locator(`li.indicator[data-indicator="${id}"]`);
const badgeOf = (id: string) => item(id).locator('.badge');

/** Whether the highlight overlay frames the element (its box around the element's box). */
const framesAround = (page: Page, selector: string) =>
  page.evaluate((css) => {
    const host = document.querySelector('[data-nhs-site-audit-highlight]');
    const frame = host?.shadowRoot?.querySelector('div');
    const target = document.querySelector(css);
    if (!frame || !target) return false;
    const outer = frame.getBoundingClientRect();
    const inner = target.getBoundingClientRect();
    return (
      outer.left <= inner.left &&
      outer.top <= inner.top &&
      outer.right >= inner.right &&
      outer.bottom >= inner.bottom
    );
  }, selector);

beforeAll(async () => {
  session = await launchWithExtension();
  demoPage = await session.context.newPage();
  await demoPage.goto(`${session.site.url}contact-us.html`);
  popup = await openPopup(session, await tabIdOf(session, demoPage));
});

afterAll(async () => {
  await session?.close();
});

describe('the checklist popup on the demo site', () => {
  it('shows the whole catalogue, grouped, before any scan', async () => {
    await expect(popup.locator('h1').textContent()).resolves.toBe(
      `127.0.0.1:${new URL(session.site.url).port}`,
    );
    // Before any scan nothing is decided: the review queue keeps the catalogue's order, each
    // item labelled with its group, with what counts and what does not on screen.
    const ids = await popup
      .locator('li.indicator')
      .evaluateAll((items) => items.map((li) => li.getAttribute('data-indicator')));
    expect(ids).toEqual([...INDICATOR_IDS]);
    await expect(item('board-members').locator('.indicator-group').textContent()).resolves.toBe(
      'Board and meetings',
    );
    await item('foi').locator('.criteria summary').click();
    await expect(item('foi').locator('.criteria').textContent()).resolves.toMatch(
      /Counts:.*Does not count:/s,
    );
    await expect(popup.locator('.summary').textContent()).resolves.toContain('0 of 21 reviewed');
    expect(await badgeOf('email-address').getAttribute('data-status')).toBe('not-scanned');
  });

  it('scans the page and shows what it found with evidence', async () => {
    await popup.getByRole('button', { name: 'Scan this page' }).click();
    for (const id of ['email-address', 'phone', 'social-media', 'foi']) {
      await expect
        .poll(() => badgeOf(id).getAttribute('data-status'), { message: id })
        .toBe('found');
    }
    await item('email-address').locator('.evidence > summary').click();
    const evidence = item('email-address').locator('.evidence-item').first();
    await expect(evidence.locator('.evidence-snippet').textContent()).resolves.toContain(
      '@northfoldccg.example.org',
    );
    await expect(evidence.locator('.evidence-href').textContent()).resolves.toMatch(/^mailto:/);
    const selector = await evidence.locator('.evidence-selector').textContent();
    // The selector finds the element again on the scanned page.
    const found = await demoPage.evaluate(
      (css) => document.querySelector(css!)?.textContent ?? '',
      selector,
    );
    expect(found).toContain('@northfoldccg.example.org');

    await item('social-media').locator('.evidence > summary').click();
    const hrefs = await item('social-media').locator('.evidence-href').allTextContents();
    expect(hrefs.some((href) => href.includes('twitter.com/NorthfoldCCG'))).toBe(true);
    expect(hrefs.every((href) => !/intent|sharer/.test(href))).toBe(true);
  });

  it('shows an evidence element on the page', async () => {
    const evidence = item('email-address').locator('.evidence-item').first();
    const selector = (await evidence.locator('.evidence-selector').textContent())!;
    const styleBefore = await demoPage.evaluate(
      (css) => document.querySelector(css)?.getAttribute('style') ?? null,
      selector,
    );
    await evidence.getByRole('button', { name: 'Show on the page' }).click();
    await expect.poll(() => framesAround(demoPage, selector)).toBe(true);
    // The page's own element is not restyled: the frame is an overlay in its own shadow root.
    expect(
      await demoPage.evaluate(
        (css) => document.querySelector(css)?.getAttribute('style') ?? null,
        selector,
      ),
    ).toBe(styleBefore);
    expect(await popup.locator('.error').count()).toBe(0);
  });

  it('keeps verdicts and notes across a reload of the popup', async () => {
    await item('email-address').getByText('Yes', { exact: true }).click();
    await item('phone').getByText('Partial', { exact: true }).click();
    await item('phone').locator('textarea').fill('Main number rings the hospital switchboard');
    await popup.reload();
    await popup.locator('li.indicator').first().waitFor();
    await expect
      .poll(() => item('email-address').locator('input[value="yes"]').isChecked())
      .toBe(true);
    expect(await item('phone').locator('input[value="partial"]').isChecked()).toBe(true);
    expect(await item('phone').locator('textarea').inputValue()).toBe(
      'Main number rings the hospital switchboard',
    );
    // Scanner results are stored too: reopening does not need a new scan.
    expect(await badgeOf('foi').getAttribute('data-status')).toBe('found');
  });

  it('accumulates pages of the same site', async () => {
    await demoPage.goto(`${session.site.url}governing-body.html`);
    const second = await openPopup(session, await tabIdOf(session, demoPage));
    await second.getByRole('button', { name: 'Scan this page' }).click();
    await expect.poll(() => second.locator('.summary').textContent()).toContain('2 pages scanned');
    expect(await second.locator('li[data-indicator="phone"] textarea').inputValue()).toBe(
      'Main number rings the hospital switchboard',
    );
    await second.close();
    await popup.reload();
    await popup.locator('li.indicator').first().waitFor();
  });

  it('exports the assessment as JSON and CSV', async () => {
    const [jsonDownload] = await Promise.all([
      popup.waitForEvent('download'),
      popup.getByRole('button', { name: 'Export JSON' }).click(),
    ]);
    expect(jsonDownload.suggestedFilename()).toMatch(
      /^audit-127\.0\.0\.1_\d+-\d{4}-\d\d-\d\d\.json$/,
    );
    const json = JSON.parse(readFileSync((await jsonDownload.path())!, 'utf8'));
    expect(json.format).toBe('nhs-site-audit/assessment');
    expect(json.version).toBe(2);
    const [assessment] = json.assessments;
    expect(assessment.pages).toHaveLength(2);
    expect(assessment.items.map((entry: { indicator: string }) => entry.indicator)).toEqual([
      ...INDICATOR_IDS,
    ]);
    const phone = assessment.items.find(
      (entry: { indicator: string }) => entry.indicator === 'phone',
    );
    expect(phone).toMatchObject({
      scanner: 'found',
      verdict: 'partial',
      note: 'Main number rings the hospital switchboard',
    });
    expect(phone.evidence[0].url).toContain(session.site.url);

    const [csvDownload] = await Promise.all([
      popup.waitForEvent('download'),
      popup.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    const csv = Papa.parse<Record<string, string>>(
      readFileSync((await csvDownload.path())!, 'utf8'),
      {
        header: true,
        skipEmptyLines: true,
      },
    );
    expect(csv.errors).toEqual([]);
    expect(csv.data).toHaveLength(INDICATOR_IDS.length);
    const email = csv.data.find((row) => row.indicator === 'email-address')!;
    expect(email).toMatchObject({ scanner: 'found', verdict: 'yes' });
    expect(email.evidence_href).toMatch(/^mailto:/);
  });

  it('opens another page of the site to show evidence found there', async () => {
    // The tab shows the governing body page; the contact page's email evidence is elsewhere.
    expect(demoPage.url()).toContain('governing-body.html');
    await item('email-address').locator('.evidence > summary').click();
    const elsewhere = item('email-address')
      .locator('.evidence-item')
      .filter({ has: popup.getByRole('button', { name: 'Open the page and show' }) })
      .first();
    const selector = (await elsewhere.locator('.evidence-selector').textContent())!;
    await elsewhere.getByRole('button', { name: 'Open the page and show' }).click();
    await expect.poll(() => demoPage.url()).toContain('contact-us.html');
    await expect.poll(() => framesAround(demoPage, selector)).toBe(true);
    expect(await popup.locator('.error').count()).toBe(0);
  });

  it('scans the whole demo site from the popup: every indicator decided over its pages', async () => {
    await popup.getByRole('button', { name: 'Scan this site' }).click();
    await expect
      .poll(() => popup.locator('.summary').textContent(), { timeout: 30_000 })
      .toMatch(/^10 pages scanned/);
    await expect
      .poll(() => popup.locator('.site-scan-progress').textContent())
      .toMatch(/Last site scan: \d+ pages read/);
    const statuses = Object.fromEntries(
      await popup
        .locator('li.indicator[data-indicator]')
        .evaluateAll((items) =>
          items.map((li) => [
            li.getAttribute('data-indicator'),
            li.querySelector('.badge')?.getAttribute('data-status'),
          ]),
        ),
    );
    // The demo site shows every indicator somewhere; its contact form sits beside email addresses.
    for (const id of INDICATOR_IDS) {
      expect(statuses[id], id).toBe(id === 'contact-form-only' ? 'not-found' : 'found');
    }
    // Verdicts and notes made before the site scan are still there.
    expect(await item('phone').locator('textarea').inputValue()).toBe(
      'Main number rings the hospital switchboard',
    );
    // The contact form's email field refuses unusual valid addresses, as in the 2013 survey.
    const field = popup.locator('li[data-email-field="email"]');
    await expect(field.locator('.badge').textContent()).resolves.toBe('Refuses 3 of 5');
    expect(await field.locator('.rejects').textContent()).toContain("o'brien@example.org");
  });

  it('takes the README screenshot of the popup on the demo site', async () => {
    await popup.setViewportSize({ width: 460, height: 900 });
    await popup.bringToFront();
    await item('board-members').locator('.evidence > summary').click();
    await item('board-members').locator('.evidence-item').first().waitFor();
    await popup.screenshot({ path: screenshotPath('popup.png') });
    await popup.emulateMedia({ colorScheme: 'dark' });
    await popup.screenshot({ path: screenshotPath('popup-dark.png') });
    await popup.emulateMedia({ colorScheme: 'light' });
  });

  it('takes the README screenshots of the side panel, light and dark, showing the stored truth', async () => {
    const panel = await session.context.newPage();
    await panel.setViewportSize({ width: 400, height: 900 });
    await panel.goto(
      `chrome-extension://${session.extensionId}/sidepanel.html?tabId=${await tabIdOf(session, demoPage)}`,
    );
    // The panel shows what the popup stored: the same note, the same results.
    const note = panel.locator('li.indicator[data-indicator="phone"] textarea');
    await expect.poll(() => note.inputValue()).toBe('Main number rings the hospital switchboard');
    await panel.screenshot({ path: screenshotPath('sidepanel.png') });
    await panel.emulateMedia({ colorScheme: 'dark' });
    await panel.screenshot({ path: screenshotPath('sidepanel-dark.png') });
    await panel.close();
  });
});
