/** Launches Debian's Chromium (or CHROME_PATH) with the built extension, as an auditor's browser. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import type { AuditDB } from '../../../lib/db/schema.ts';
import {
  findChromium,
  NO_BROWSER_MESSAGE,
  QUIET_FLAGS,
  tabIdShowing,
} from '../../../lib/demo/browser.ts';
import { type StaticServer, serveDirectory } from '../../../lib/demo/server.ts';
import { readStoreInExtension } from '../../support/crawl-night.ts';

/** The e2e build: the production build plus access to 127.0.0.1 (see wxt.config.ts). */
export const E2E_EXTENSION_DIR = resolve('.output/chrome-mv3-e2e');

export interface ExtensionSession {
  context: BrowserContext;
  /** The background's service worker (a new one after `stopBackground` and a wake-up). */
  worker: Worker;
  extensionId: string;
  site: StaticServer;
  /**
   * Stops the background's service worker at once, as a crash or the browser ending it does;
   * the next extension event starts a new one (then `session.worker` is the new one).
   */
  stopBackground: () => Promise<void>;
  close: () => Promise<void>;
}

export async function launchWithExtension(
  siteDirectory = 'assets/demo-site',
): Promise<ExtensionSession> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(NO_BROWSER_MESSAGE);
  const profile = mkdtempSync(join(tmpdir(), 'nhs-audit-e2e-'));
  const site = await serveDirectory(resolve(siteDirectory));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    acceptDownloads: true,
    viewport: { width: 1200, height: 900 },
    args: [
      `--disable-extensions-except=${E2E_EXTENSION_DIR}`,
      `--load-extension=${E2E_EXTENSION_DIR}`,
      ...QUIET_FLAGS,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const session: ExtensionSession = {
    context,
    worker,
    extensionId,
    site,
    async stopBackground() {
      const page = context.pages()[0] ?? (await context.newPage());
      const cdp = await context.newCDPSession(page);
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await cdp.detach();
      context.once('serviceworker', (restarted) => {
        session.worker = restarted;
      });
    },
    async close() {
      await context.close();
      await site.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
  return session;
}

/** The id of the tab showing `page`, asked of the extension (tests cannot see tab ids). */
export function tabIdOf(session: ExtensionSession, page: Page): Promise<number> {
  return tabIdShowing(session.worker, page.url());
}

/** Opens the checklist popup as a tab aimed at the given tab, as the toolbar button would. */
export function openPopup(session: ExtensionSession, tabId: number): Promise<Page> {
  return openExtensionPage(session, 'popup', tabId);
}

/** Opens a checklist view (popup or side panel) as a tab aimed at the given tab. */
export async function openExtensionPage(
  session: ExtensionSession,
  view: 'popup' | 'sidepanel',
  tabId: number,
): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/${view}.html?tabId=${tabId}`);
  await page.locator('.checklist .group').first().waitFor();
  return page;
}

/** Every record of one of the extension's IndexedDB stores, read in its service worker. */
export async function readStore<S extends keyof AuditDB & string>(
  session: ExtensionSession,
  store: S,
): Promise<AuditDB[S]['value'][]> {
  return (await session.worker.evaluate(readStoreInExtension, store)) as AuditDB[S]['value'][];
}

/**
 * Where a README screenshot goes: into the README's folder only for `npm run screenshots`, so
 * that `npm test` leaves the work tree as it found it; otherwise beside the test results.
 */
export function screenshotPath(name: string): string {
  const folder =
    process.env.README_SCREENSHOTS === '1' ? 'assets/screenshots' : 'test-results/screenshots';
  return `${folder}/${name}`;
}
