/**
 * Launches Debian's Firefox ESR (or FIREFOX_PATH) with the production Firefox build installed as
 * a temporary add-on, driven by puppeteer-core over WebDriver BiDi (no geckodriver here).
 *
 * `--remote-allow-system-access` lets BiDi reach the browser window (chrome scope): there the
 * toolbar button is pressed as an auditor does, which grants `activeTab`, so the build is tested
 * as shipped, with no host permission added for tests (unlike the Chromium e2e build).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import type { AuditDB } from '../../../lib/db/schema.ts';
import { type StaticServer, serveDirectory } from '../../../lib/demo/server.ts';
import { readStoreInExtension } from '../../support/crawl-night.ts';

/** The production Firefox build (`wxt build -b firefox`). */
export const FIREFOX_EXTENSION_DIR = resolve('.output/firefox-mv2');

export function findFirefox(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return [env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].find(
    (path) => path && existsSync(path),
  );
}

/** puppeteer's BiDi internals this support needs (not in its public types). */
interface BidiBrowser {
  connection: { send: (method: string, params: object) => Promise<unknown> };
}
interface BidiFrame {
  browsingContext: { navigate: (url: string, wait: 'none') => Promise<unknown> };
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Polls `check` until it returns a truthy value; fails with `what` and the last value. */
export async function until<T>(
  check: () => Promise<T> | T,
  what: string,
  timeoutMs = 15_000,
): Promise<NonNullable<T>> {
  const end = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < end) {
    try {
      last = await check();
      if (last) return last as NonNullable<T>;
    } catch (error) {
      last = error;
    }
    await sleep(150);
  }
  throw new Error(`Timed out waiting for ${what} (last: ${String(last)})`);
}

export interface FirefoxSession {
  browser: Browser;
  site: StaticServer;
  /** Where the browser saves downloads (exports, backups), without asking. */
  downloads: string;
  /** The add-on's id (the manifest's gecko id). */
  addonId: string;
  /** `moz-extension://<uuid>/`: this profile's host of the extension's pages. */
  base: string;
  /** Evaluates an expression in the browser window (chrome scope): a primitive value back. */
  inChrome: <T>(expression: string) => Promise<T>;
  /** Presses the extension's toolbar button on the selected tab, as the auditor does. */
  pressToolbarButton: () => Promise<void>;
  /** Opens an extension page (`popup.html?tabId=3`, …) in `page` and waits for `ready`. */
  openExtensionPage: (page: Page, path: string, ready: string) => Promise<Page>;
  /** The extension's id of the tab showing `url`, asked of an extension page. */
  tabIdOf: (url: string) => Promise<number>;
  /**
   * Runs `ask` (a click that requests an optional permission) with the browser's permission
   * prompt shown, and answers "Don't allow" as the auditor would.
   */
  declinePermissionPrompt: (ask: () => Promise<void>) => Promise<void>;
  /** Runs `script` in an extension page (the extension's APIs are at `globalThis.browser`). */
  extensionPage: <T>(script: () => Promise<T> | T) => Promise<T>;
  /** Every record of one of the extension's IndexedDB stores, read in an extension page. */
  readStore: <S extends keyof AuditDB & string>(store: S) => Promise<AuditDB[S]['value'][]>;
  /** Opens the extension's sidebar in the browser window, as its menu entry does. */
  openSidebar: () => Promise<void>;
  /** What the real sidebar shows: its heading and message (read through the extension's views). */
  sidebarShows: () => Promise<SidebarView | undefined>;
  close: () => Promise<void>;
}

export interface SidebarView {
  heading: string;
  /** The address of the page it audits. */
  pageUrl: string;
  error: string;
  /** The note shown for each indicator. */
  notes: Record<string, string>;
}

export async function launchFirefox(siteDirectory = 'assets/demo-site'): Promise<FirefoxSession> {
  const executablePath = findFirefox();
  if (!executablePath)
    throw new Error(
      'No Firefox found: install it (apt-get install -y firefox-esr) or set FIREFOX_PATH.',
    );
  const site = await serveDirectory(resolve(siteDirectory));
  const downloads = mkdtempSync(join(tmpdir(), 'nhs-audit-firefox-downloads-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    args: ['--remote-allow-system-access'],
    // Optional permissions are granted without a prompt (nobody answers one in headless mode);
    // a test that declines one turns prompts back on and answers them (`declinePermissionPrompt`).
    extraPrefsFirefox: {
      'extensions.webextOptionalPermissionPrompts': false,
      'browser.download.folderList': 2,
      'browser.download.dir': downloads,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.alwaysOpenPanel': false,
    },
  });
  try {
    return await attach(browser, site, downloads);
  } catch (error) {
    await browser.close();
    await site.close();
    rmSync(downloads, { recursive: true, force: true });
    throw error;
  }
}

/** Installs the build in the launched browser and gives the session's means to drive it. */
async function attach(
  browser: Browser,
  site: StaticServer,
  downloads: string,
): Promise<FirefoxSession> {
  const addonId = await browser.installExtension(FIREFOX_EXTENSION_DIR);
  const bidi = (browser as unknown as BidiBrowser).connection;
  const { result } = (await bidi.send('browsingContext.getTree', { 'moz:scope': 'chrome' })) as {
    result: { contexts: { context: string }[] };
  };
  const chromeWindow = result.contexts[0]!.context;
  const inChrome = async <T>(expression: string): Promise<T> => {
    const reply = (await bidi.send('script.evaluate', {
      expression,
      target: { context: chromeWindow },
      awaitPromise: true,
    })) as {
      result:
        | { type: 'success'; result: { value: T } }
        | { type: 'exception'; exceptionDetails: unknown };
    };
    if (reply.result.type !== 'success')
      throw new Error(`In the browser window: ${JSON.stringify(reply.result.exceptionDetails)}`);
    return reply.result.result.value;
  };
  const id = JSON.stringify(addonId);
  const base = `moz-extension://${await inChrome<string>(
    `WebExtensionPolicy.getByID(${id}).mozExtensionHostname`,
  )}/`;

  // BiDi sends no navigation events for extension documents (Firefox skips extension contexts):
  // page.goto() would time out. Navigate without waiting and poll the document instead.
  const openExtensionPage = async (page: Page, path: string, ready: string) => {
    await (page.mainFrame() as unknown as BidiFrame).browsingContext.navigate(base + path, 'none');
    await until(
      () =>
        page.evaluate(
          (selector) =>
            location.protocol === 'moz-extension:' && Boolean(document.querySelector(selector)),
          ready,
        ),
      `${path} to show ${ready}`,
    );
    return page;
  };

  // An extension page kept open in its own tab, to ask the extension's APIs (tab ids, views).
  let helper: Page | undefined;
  const extensionHelper = async () => {
    helper ??= await openExtensionPage(await browser.newPage(), 'options.html', 'main');
    return helper;
  };
  return {
    browser,
    site,
    downloads,
    addonId,
    base,
    inChrome,
    openExtensionPage,
    async pressToolbarButton() {
      const pressed: { granted: boolean; url: string } = JSON.parse(
        await inChrome<string>(`(() => {
        const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
        const extension = ExtensionParent.GlobalManager.getExtension(${id});
        // The popup of an earlier press is still open (BiDi cannot click elsewhere to close it):
        // a press would only close it. Closed first, as a click elsewhere does.
        const { ViewPopup } = ChromeUtils.importESModule('resource:///modules/ExtensionPopups.sys.mjs');
        ViewPopup.for(extension, window)?.closePopup();
        ExtensionParent.apiManager.global.browserActionFor(extension).triggerAction(window);
        return JSON.stringify({
          granted: extension.tabManager.hasActiveTabPermission(gBrowser.selectedTab),
          url: gBrowser.selectedBrowser.currentURI.spec,
        });
      })()`),
      );
      if (!pressed.granted)
        throw new Error(`The toolbar button did not grant activeTab on ${pressed.url}`);
    },
    async tabIdOf(url) {
      const page = await extensionHelper();
      return until(
        () =>
          page.evaluate(async (wanted) => {
            type Tabs = { query: (query: object) => Promise<{ id?: number; url?: string }[]> };
            const tabs = (globalThis as unknown as { browser: { tabs: Tabs } }).browser.tabs;
            return (await tabs.query({})).find((tab) => tab.url === wanted)?.id;
          }, url),
        `a tab showing ${url}`,
      );
    },
    async declinePermissionPrompt(ask) {
      const PROMPTS = `'extensions.webextOptionalPermissionPrompts'`;
      await inChrome(`Services.prefs.setBoolPref(${PROMPTS}, true)`);
      try {
        await ask();
        await until(
          () =>
            inChrome<boolean>(`(() => {
              const prompt = PopupNotifications.getNotification('addon-webext-permissions', gBrowser.selectedBrowser);
              if (!prompt) return false;
              prompt.secondaryActions[0].callback();
              PopupNotifications.remove(prompt);
              return true;
            })()`),
          'the permission prompt',
        );
      } finally {
        await inChrome(`Services.prefs.setBoolPref(${PROMPTS}, false)`);
      }
    },
    async extensionPage(script) {
      return (await extensionHelper()).evaluate(script);
    },
    async readStore<S extends keyof AuditDB & string>(store: S) {
      const page = await extensionHelper();
      return (await page.evaluate(readStoreInExtension, store)) as AuditDB[S]['value'][];
    },
    async openSidebar() {
      await inChrome(`(async () => {
        const id = [...SidebarController.sidebars.keys()].find((key) => key.endsWith('-sidebar-action'));
        await SidebarController.show(id);
      })()`);
    },
    async sidebarShows() {
      const page = await extensionHelper();
      return page.evaluate(() => {
        type Extension = { getViews: (filter: object) => Window[] };
        const extension = (globalThis as unknown as { browser: { extension: Extension } }).browser
          .extension;
        const view = extension.getViews({ type: 'sidebar' })[0];
        if (!view?.document.querySelector('.checklist')) return undefined;
        return {
          heading: view.document.querySelector('h1')?.textContent ?? '',
          pageUrl: view.document.querySelector('.page-url')?.textContent ?? '',
          error: view.document.querySelector('.error')?.textContent ?? '',
          notes: Object.fromEntries(
            [...view.document.querySelectorAll('li.indicator[data-indicator]')].map((item) => [
              item.getAttribute('data-indicator'),
              item.querySelector('textarea')?.value ?? '',
            ]),
          ),
        };
      });
    },
    async close() {
      await browser.close();
      await site.close();
      rmSync(downloads, { recursive: true, force: true });
    },
  };
}

/** The checklist badge of an indicator, as shown: found, not-found, review, not-scanned. */
export function badgeOf(view: Page, indicator: string): Promise<string | null> {
  return view.$eval(`li.indicator[data-indicator="${indicator}"] .badge`, (badge) =>
    badge.getAttribute('data-status'),
  );
}

/** A button of an extension page by its text, to be clicked as a user does (BiDi input). */
export async function button(view: Page, text: string): Promise<ElementHandle<HTMLButtonElement>> {
  const found = await until(async () => {
    const handle = await view.evaluateHandle(
      (wanted) =>
        [...document.querySelectorAll('button')].find(
          (candidate) => candidate.textContent?.trim() === wanted && !candidate.disabled,
        ) ?? null,
      text,
    );
    return handle.asElement() as ElementHandle<HTMLButtonElement> | null;
  }, `the button "${text}"`);
  return found;
}

/** The text of the first element matching `selector`, or "" when there is none. */
export const textOf = (view: Page, selector: string) =>
  view.$eval(selector, (element) => element.textContent ?? '').catch(() => '');
