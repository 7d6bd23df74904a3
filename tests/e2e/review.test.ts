/**
 * The auditor's review in real Chromium: the queue leads with what needs the auditor, verdicts
 * by single keys, filters, the scanner's results confirmed in one press, and who gave each
 * verdict recorded and exported.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
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

const require = createRequire(import.meta.url);
let session: ExtensionSession;
let popup: Page;
let demo: Page;

const queue = () =>
  popup.locator('.review li.indicator').evaluateAll((items) =>
    items.map((li) => ({
      id: li.getAttribute('data-indicator')!,
      status: li.querySelector('.badge')?.getAttribute('data-status'),
      reviewed: Boolean(li.querySelector('input[type="radio"]:checked')),
    })),
  );

/** Sets the browser's zoom of the tab showing `page` (an extension page), for that tab only. */
async function setBrowserZoom(page: Page, factor: number): Promise<void> {
  await page.evaluate(async (factor) => {
    const { tabs } = (
      globalThis as unknown as {
        chrome: {
          tabs: {
            getCurrent(): Promise<{ id: number }>;
            setZoomSettings(tabId: number, settings: { scope: 'per-tab' }): Promise<void>;
            setZoom(tabId: number, factor: number): Promise<void>;
          };
        };
      }
    ).chrome;
    const tab = await tabs.getCurrent();
    await tabs.setZoomSettings(tab.id, { scope: 'per-tab' });
    await tabs.setZoom(tab.id, factor);
  }, factor);
}

beforeAll(async () => {
  session = await launchWithExtension();
  const dashboard = await session.context.newPage();
  await dashboard.goto(`chrome-extension://${session.extensionId}/options.html`);
  await dashboard.locator('input.auditor-name').fill('Ann Auditor');
  await dashboard.locator('input.auditor-name').press('Tab');
  await dashboard.close();
  demo = await session.context.newPage();
  await demo.goto(`${session.site.url}contact-us.html`);
  popup = await openExtensionPage(session, 'popup', await tabIdOf(session, demo));
  await popup.getByRole('button', { name: 'Scan this page' }).click();
  await popup.locator('.summary', { hasText: '1 page scanned' }).waitFor();
});

afterAll(async () => {
  await session?.close();
});

describe('the review queue', () => {
  it('leads with what needs review, then found, then not found', async () => {
    const order = { 'needs-review': 0, found: 1, 'not-found': 2, 'not-scanned': 3 };
    const ranks = (await queue()).map((entry) => order[entry.status as keyof typeof order]);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    await expect(popup.locator('.summary').textContent()).resolves.toContain('0 of 21 reviewed');
    await expect(popup.locator('.review-help').textContent()).resolves.toContain(
      'recorded as given by Ann Auditor',
    );
  });

  it('takes verdicts by single keys, each moving on to the next item, and moves with j and k', async () => {
    const [first, second, third] = await queue();
    await popup.locator(`li[data-indicator="${first!.id}"]`).focus();
    await popup.keyboard.press('p');
    await popup.keyboard.press('n');
    const focused = () =>
      popup.evaluate(() => document.activeElement?.getAttribute('data-indicator'));
    expect(await focused()).toBe(third!.id);
    await popup.keyboard.press('k');
    expect(await focused()).toBe(second!.id);
    await popup.keyboard.press('j');
    expect(await focused()).toBe(third!.id);
    await expect.poll(() => popup.locator('.summary').textContent()).toContain('2 of 21 reviewed');
    await expect.poll(async () => (await readStore(session, 'verdicts')).length).toBe(2);
    const stored = await readStore(session, 'verdicts');
    expect(stored.find((v) => v.indicator === first!.id)).toMatchObject({
      verdict: 'partial',
      verdictBy: 'Ann Auditor',
      verdictHow: 'judged',
    });
    expect(stored.find((v) => v.indicator === second!.id)?.verdict).toBe('no');
    // The queue holds still while the auditor works through it.
    expect((await queue())[0]?.id).toBe(first!.id);
  });

  it('filters, and confirms the scanner’s results for the unreviewed items it decided', async () => {
    await popup.getByText('Not reviewed', { exact: true }).click();
    expect(await popup.locator('.review li.indicator').count()).toBe(19);
    expect((await queue()).every((entry) => !entry.reviewed)).toBe(true);
    const decided = (await queue()).filter((entry) => entry.status !== 'needs-review');
    await popup.getByRole('button', { name: /Confirm the scanner’s results/ }).click();
    await expect
      .poll(() => popup.locator('.summary').textContent())
      .toContain(`${2 + decided.length} of 21 reviewed`);
    // The queue holds still: the confirmed items stay in view, now reviewed.
    expect((await queue()).filter((entry) => entry.reviewed)).toHaveLength(decided.length);
    // Shown at once; stored as the background writes them.
    await expect
      .poll(async () => (await readStore(session, 'verdicts')).length)
      .toBe(2 + decided.length);
    const stored = await readStore(session, 'verdicts');
    for (const entry of decided) {
      expect(
        stored.find((v) => v.indicator === entry.id),
        entry.id,
      ).toMatchObject({
        verdict: entry.status === 'found' ? 'yes' : 'no',
        verdictHow: 'confirmed',
        verdictBy: 'Ann Auditor',
      });
    }
    await popup.getByText('All', { exact: true }).click();
    expect(await popup.locator('.review li.indicator').count()).toBe(21);
  });

  it('exports the scanner’s result beside the verdict, with who, when and how', async () => {
    const [download] = await Promise.all([
      popup.waitForEvent('download'),
      popup.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    const rows = Papa.parse<Record<string, string>>(
      readFileSync((await download.path())!, 'utf8'),
      { header: true, skipEmptyLines: true },
    ).data;
    const confirmed = rows.filter((row) => row.verdict_how === 'confirmed');
    expect(confirmed.length).toBeGreaterThan(0);
    for (const row of confirmed) {
      expect(row.verdict).toBe(row.scanner === 'found' ? 'yes' : 'no');
      expect(row.verdict_by).toBe('Ann Auditor');
      expect(row.verdict_at).toMatch(/^\d{4}-\d\d-\d\dT/);
    }
  });
});

describe('evidence added by hand', () => {
  it('adds the text selected on the page through "Add as evidence for…", with who and when', async () => {
    // Select a sentence on the page, as the auditor would with the mouse.
    const selected = await demo.evaluate(() => {
      const paragraph = [...document.querySelectorAll('p')].find((p) =>
        p.textContent?.includes('PALS'),
      )!;
      const range = document.createRange();
      range.selectNodeContents(paragraph);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return getSelection()!.toString();
    });
    expect(selected).toContain('PALS');
    // A headless browser draws no context menu to click. The menu the background made is
    // checked to be there (updating an item that does not exist fails), then its click event is
    // dispatched with what Chromium gives the background's listener: the item, the selection,
    // the page and its tab.
    const pageUrl = demo.url();
    await session.worker.evaluate(
      async ({ selected, pageUrl }) => {
        const chrome = (globalThis as unknown as { chrome: ChromeForMenus }).chrome;
        await chrome.contextMenus.update('add-evidence:pals', {});
        const [tab] = await chrome.tabs.query({ url: pageUrl });
        chrome.contextMenus.onClicked.dispatch(
          {
            menuItemId: 'add-evidence:pals',
            parentMenuItemId: 'add-evidence',
            selectionText: selected,
            pageUrl,
            editable: false,
          },
          tab,
        );
      },
      { selected, pageUrl },
    );
    const added = popup.locator('li[data-indicator="pals"] .added-evidence li');
    await expect.poll(() => added.count(), { timeout: 5_000 }).toBe(1);
    const text = (await added.textContent()) ?? '';
    expect(text).toContain('PALS');
    expect(text).toContain('added by Ann Auditor');
    const stored = (await readStore(session, 'verdicts')).find((v) => v.indicator === 'pals');
    expect(stored?.addedEvidence).toEqual([
      expect.objectContaining({ url: pageUrl, addedBy: 'Ann Auditor' }),
    ]);
  });
});

/** The part of Chromium's `chrome` the context-menu test uses. */
interface ChromeForMenus {
  contextMenus: {
    update(id: string, properties: object): Promise<void>;
    onClicked: { dispatch(info: object, tab: unknown): void };
  };
  tabs: { query(query: { url: string }): Promise<unknown[]> };
}

describe('readable and accessible', () => {
  const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  const violations = async (page: Page) => {
    await page.evaluate(axeSource);
    return page.evaluate(async () => {
      const axe = (
        globalThis as unknown as {
          axe: {
            run: (context: Document) => Promise<{ violations: { id: string; nodes: unknown[] }[] }>;
          };
        }
      ).axe;
      const result = await axe.run(document);
      // Each rule broken, with its first elements and why, so a failure says what to mend.
      return result.violations.map((violation) => {
        const nodes = violation.nodes.slice(0, 3) as {
          target: unknown;
          any: { message: string }[];
        }[];
        return `${violation.id}: ${nodes.map((node) => `${node.target} ${node.any[0]?.message}`).join('; ')}`;
      });
    });
  };

  it('has no axe-core violations in the checklist, light or dark', async () => {
    expect(await violations(popup)).toEqual([]);
    await popup.emulateMedia({ colorScheme: 'dark' });
    expect(await violations(popup)).toEqual([]);
    const background = await popup.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(17, 24, 28)');
    await popup.emulateMedia({ colorScheme: 'light' });
  });

  it('has no axe-core violations in the side panel and the dashboard, light or dark', async () => {
    const tabId = Number(new URL(popup.url()).searchParams.get('tabId'));
    const panel = await openExtensionPage(session, 'sidepanel', tabId);
    const dashboard = await session.context.newPage();
    await dashboard.goto(`chrome-extension://${session.extensionId}/options.html`);
    await dashboard.locator('table.sites-table tbody tr[data-site]').first().waitFor();
    for (const page of [panel, dashboard]) {
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        expect(await violations(page), `${page.url()} ${colorScheme}`).toEqual([]);
      }
    }
    await panel.close();
    await dashboard.close();
  });

  it('reads at 14 px or more', async () => {
    const size = await popup.evaluate(
      () => getComputedStyle(document.querySelector('.indicator-title')!).fontSize,
    );
    expect(Number.parseFloat(size)).toBeGreaterThanOrEqual(14);
  });
});

describe('at 200% zoom', () => {
  it('reflows without sideways scrolling, keeps the header small and focus in view', async () => {
    // The browser's own zoom (as Ctrl+Plus sets it) on a popup-sized view of 460 x 600: at 200%
    // it lays the page out in 230 x 300 CSS pixels. Per tab, so other extension pages keep 100%.
    await popup.setViewportSize({ width: 460, height: 600 });
    await setBrowserZoom(popup, 2);
    await expect
      .poll(() => popup.evaluate(() => [window.innerWidth, window.devicePixelRatio]))
      .toEqual([230, 2]);
    const layout = await popup.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      width: window.innerWidth,
      header: document.querySelector('.checklist-header')!.getBoundingClientRect().height,
      position: getComputedStyle(document.querySelector('.checklist-header')!).position,
    }));
    expect(layout.scrollWidth).toBeLessThanOrEqual(layout.width);
    expect(layout.position).toBe('static');
    // Moving back with Shift+Tab: the focused control is on screen, not under anything.
    await popup.locator('.review li.indicator').nth(3).locator('textarea').focus();
    for (let i = 0; i < 6; i++) {
      await popup.keyboard.press('Shift+Tab');
      const visible = await popup.evaluate(() => {
        const box = document.activeElement!.getBoundingClientRect();
        return box.top >= 0 && box.bottom <= window.innerHeight;
      });
      expect(visible).toBe(true);
    }
    await setBrowserZoom(popup, 1);
    await popup.setViewportSize({ width: 460, height: 900 });
  });

  it('lets the side panel reflow too, its header a small part of the view', async () => {
    const tabId = Number(new URL(popup.url()).searchParams.get('tabId'));
    const panel = await openExtensionPage(session, 'sidepanel', tabId);
    // Chrome's side panel is about 400 px wide; at 200% that is 200 CSS pixels.
    await panel.setViewportSize({ width: 400, height: 800 });
    await panel.locator('.review li.indicator').first().waitFor();
    await setBrowserZoom(panel, 2);
    await expect.poll(() => panel.evaluate(() => window.innerWidth)).toBe(200);
    const layout = await panel.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      width: window.innerWidth,
      height: window.innerHeight,
      header: document.querySelector('.checklist-header')!.getBoundingClientRect().height,
      position: getComputedStyle(document.querySelector('.checklist-header')!).position,
    }));
    expect(layout.scrollWidth).toBeLessThanOrEqual(layout.width);
    // The header scrolls away with the page instead of covering it.
    expect(layout.position).toBe('static');
    await panel.close();
  });

  it('has verdict targets of 24 x 24 px or more', async () => {
    const sizes = await popup.locator('.review li.indicator .verdict label').evaluateAll((labels) =>
      labels.map((label) => {
        const box = label.getBoundingClientRect();
        return Math.min(box.width, box.height);
      }),
    );
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(24);
  });
});
