/**
 * The auditor's day in Firefox ESR with the production build, as in tests/e2e for Chromium:
 * the toolbar button, a scan of a demo page, a verdict and a note kept after reopening, the
 * sidebar following the tab, "Scan this site" on the demo site served with a port, and a
 * refused site-access request.
 *
 * Not driven here, and why: the real popup is browser chrome that BiDi cannot click, so the
 * checklist is opened as a tab (`popup.html?tabId=`) after the real toolbar press; its "Open in
 * side panel" button needs that real popup, so the sidebar is opened from the browser window as
 * its own toolbar or menu would, and read through the extension's own views. The permission
 * prompt is answered from the browser window, for the checklist in a tab (a prompt over the real
 * popup cannot be reached). The drills of tests/e2e/nothing-lost.test.ts that stop Chrome's
 * service worker have no Firefox counterpart: Firefox's MV2 background page is not stopped by
 * the browser; the same background code writes the edits in both.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StaticServer, serveDirectory } from '../../lib/demo/server.ts';
import {
  badgeOf,
  button,
  type FirefoxSession,
  launchFirefox,
  textOf,
  until,
} from './support/firefox.ts';

let session: FirefoxSession;
let demo: Page;
let popup: Page;
let site: string;

const item = (indicator: string) => `li.indicator[data-indicator="${indicator}"]`;
beforeAll(async () => {
  session = await launchFirefox();
  site = `127.0.0.1:${new URL(session.site.url).port}`;
  demo = await session.browser.newPage();
  await demo.goto(`${session.site.url}contact-us.html`);
  await demo.bringToFront();
});
afterAll(async () => {
  await session?.close();
});

describe('the toolbar button and a page scan', () => {
  it('does not open the sidebar by itself at install', async () => {
    expect(await session.inChrome<boolean>('SidebarController.isOpen')).toBe(false);
  });

  it('grants access to the page when pressed, and the checklist names the site', async () => {
    await session.pressToolbarButton();
    const tabId = await session.tabIdOf(`${session.site.url}contact-us.html`);
    popup = await session.openExtensionPage(
      await session.browser.newPage(),
      `popup.html?tabId=${tabId}`,
      '.checklist .group',
    );
    expect(await textOf(popup, 'h1')).toBe(site);
    expect(await badgeOf(popup, 'email-address')).toBe('not-scanned');
  });

  it('scans the page and shows each finding', async () => {
    await (await button(popup, 'Scan this page')).click();
    await until(async () => (await badgeOf(popup, 'foi')) === 'found', 'the scan result');
    for (const indicator of ['email-address', 'phone', 'social-media'])
      expect(await badgeOf(popup, indicator), indicator).toBe('found');
    expect(await textOf(popup, '.summary')).toMatch(/^1 page scanned/);
    expect(await popup.$$('.error')).toHaveLength(0);
  });

  it('shows a piece of evidence on the page', async () => {
    const email = item('email-address');
    await popup.$eval(`${email} .evidence > summary`, (summary) =>
      (summary as HTMLElement).click(),
    );
    const selector = await textOf(popup, `${email} .evidence-item .evidence-selector`);
    await popup.$eval(`${email} .evidence-item .evidence-where button`, (show) =>
      (show as HTMLElement).click(),
    );
    // Framed by an overlay in its own shadow root; the page's element keeps its own style.
    const framed = await until(
      () =>
        demo.evaluate((css) => {
          const host = document.querySelector('[data-nhs-site-audit-highlight]');
          return host?.shadowRoot?.querySelector('div') && document.querySelector(css)
            ? true
            : undefined;
        }, selector),
      'the evidence framed on the page',
    );
    expect(framed).toBe(true);
    expect(
      await demo.evaluate((css) => document.querySelector(css)?.getAttribute('style'), selector),
    ).toBeNull();
  });

  it('keeps a verdict and a note after the checklist is closed and reopened', async () => {
    await (await popup.$(`${item('email-address')} input[value="yes"]`))!.click();
    await (await popup.$(`${item('phone')} textarea`))!.type('Rings the switchboard');
    const tabId = await session.tabIdOf(`${session.site.url}contact-us.html`);
    // Closed at once after typing: the background writes what the view sent.
    await popup.close();
    popup = await session.openExtensionPage(
      await session.browser.newPage(),
      `popup.html?tabId=${tabId}`,
      '.checklist .group',
    );
    await until(
      () =>
        popup.evaluate(
          (email, phone) =>
            document.querySelector<HTMLInputElement>(`${email} input[value="yes"]`)?.checked &&
            document.querySelector<HTMLTextAreaElement>(`${phone} textarea`)?.value ===
              'Rings the switchboard',
          item('email-address'),
          item('phone'),
        ),
      'the verdict and the note, reopened',
    );
    expect(await badgeOf(popup, 'foi')).toBe('found');
  });
});

describe('the sidebar', () => {
  let otherSite: StaticServer;
  let other: Page;

  beforeAll(async () => {
    // A second site (another port is another site): the sidebar must follow from one to the other.
    otherSite = await serveDirectory('assets/demo-site');
    other = await session.browser.newPage();
    await other.goto(`${otherSite.url}foi.html`);
    await other.bringToFront();
  });
  afterAll(async () => {
    await otherSite?.close();
  });

  it('says to press the toolbar button on a page the extension may not read yet', async () => {
    await other.bringToFront();
    await session.openSidebar();
    const shown = await until(() => session.sidebarShows(), 'the sidebar');
    expect(shown.error).toMatch(/^Press the extension’s toolbar button on the page/);
  });

  it('shows the page once the toolbar button is pressed on it', async () => {
    await session.pressToolbarButton();
    const otherKey = `127.0.0.1:${new URL(otherSite.url).port}`;
    const shown = await until(async () => {
      const view = await session.sidebarShows();
      return view?.heading === otherKey ? view : undefined;
    }, `the sidebar to show ${otherKey}`);
    expect(shown.error).toBe('');
  });

  it('follows the auditor to another tab, with what was scanned and judged there', async () => {
    await demo.bringToFront();
    const shown = await until(async () => {
      const view = await session.sidebarShows();
      return view?.heading === site && view.notes.phone ? view : undefined;
    }, `the sidebar to show ${site}`);
    expect(shown.notes.phone).toBe('Rings the switchboard');
  });
});

describe('"Scan this site" on the demo site, served with a port', () => {
  it('says so and changes nothing when the auditor does not allow access to the site', async () => {
    await popup.bringToFront();
    await session.declinePermissionPrompt(async () => {
      await (await button(popup, 'Scan this site')).click();
    });
    await until(
      async () => /needs access to .*it was not given/.test(await textOf(popup, '.error')),
      'the refusal said',
    );
    expect(await textOf(popup, '.error')).toBe(
      `Scanning the whole site needs access to ${session.site.url.replace(/\/$/, '')}; it was not given. Nothing was changed: press “Scan this site” again and allow it to scan the site.`,
    );
    expect(await popup.$eval('.site-scan', (scan) => scan.getAttribute('data-crawl-status'))).toBe(
      'none',
    );
    expect(await textOf(popup, '.summary')).toMatch(/^1 page scanned/);
    expect(
      await popup.$eval(`${item('phone')} textarea`, (note) => (note as HTMLTextAreaElement).value),
    ).toBe('Rings the switchboard');
  });

  it('asks for the site without its port, and reads the linked pages in the background', async () => {
    await (await button(popup, 'Scan this site')).click();
    await until(
      async () => /^10 pages scanned/.test(await textOf(popup, '.summary')),
      'the site scan',
      60_000,
    );
    expect(await textOf(popup, '.site-scan-progress')).toMatch(/Last site scan: \d+ pages read/);
    expect(await textOf(popup, '.error')).toBe('');
    const granted = await session.extensionPage(async () => {
      type Permissions = { getAll: () => Promise<{ origins: string[] }> };
      return (
        await (
          globalThis as unknown as { browser: { permissions: Permissions } }
        ).browser.permissions.getAll()
      ).origins;
    });
    expect(granted).toEqual(['http://127.0.0.1/*']);
    // The demo site shows every indicator somewhere (its contact form sits beside addresses).
    for (const indicator of ['board-members', 'public-meetings', 'newsletter', 'pals'])
      expect(await badgeOf(popup, indicator), indicator).toBe('found');
    expect(
      await popup.$eval(`${item('phone')} textarea`, (note) => (note as HTMLTextAreaElement).value),
    ).toBe('Rings the switchboard');
  });

  it('then lets the sidebar follow the auditor across the pages of the site', async () => {
    await demo.goto(`${session.site.url}news.html`);
    await demo.bringToFront();
    const shown = await until(async () => {
      const shown = await session.sidebarShows();
      return shown?.pageUrl === `${session.site.url}news.html` && shown;
    }, 'the sidebar on news.html');
    expect(shown).toMatchObject({ heading: site, error: '' });
  });
});
