import { browser } from 'wxt/browser';
import { browserCrawlDeps } from '../lib/crawl/site-crawl.ts';
import { createSiteScanRunner } from '../lib/crawl/site-scan-runner.ts';
import { customIndicatorsOf } from '../lib/db/checklists.ts';
import { dbConnector, getSetting, savePageScan } from '../lib/db/repository.ts';
import { addEvidenceMenu, addedEvidenceEdit } from '../lib/edits/added-evidence.ts';
import { createEditWriter } from '../lib/edits/edit-writer.ts';
import { errorMessage } from '../lib/errors.ts';
import { type BackgroundMessages, listen, listenForEditPorts, sendToTab } from '../lib/messages.ts';
import { backgroundPageReader } from '../lib/offscreen.ts';
import { siteKeyOf } from '../lib/site.ts';

/** Injects the content script into the tab (it listens once per page however often injected). */
async function injectInto(tabId: number): Promise<void> {
  try {
    await browser.scripting.executeScript({
      target: { tabId },
      files: ['/content-scripts/content.js'],
    });
  } catch (error) {
    throw new Error(
      `The extension may not read this page yet: click its toolbar button while the page is open, then try again. (${errorMessage(error)})`,
    );
  }
}

/** Takes the tab to a page of the site and waits until it has loaded. */
async function openInTab(tabId: number, url: string): Promise<void> {
  const loaded = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      browser.tabs.onUpdated.removeListener(listener);
      reject(new Error(`The page ${url} did not load in time.`));
    }, 30_000);
    const listener = (id: number, change: { status?: string }) => {
      if (id !== tabId || change.status !== 'complete') return;
      clearTimeout(timer);
      browser.tabs.onUpdated.removeListener(listener);
      resolve();
    };
    browser.tabs.onUpdated.addListener(listener);
  });
  await browser.tabs.update(tabId, { url });
  await loaded;
}

/**
 * Chrome ends a service worker after 30 s without extension events; a site scan waiting on a
 * slow page would die with it. A cheap extension call every 20 s while a scan runs prevents it.
 */
function keepAlive(): () => void {
  const timer = setInterval(() => void browser.runtime.getPlatformInfo(), 20_000);
  return () => clearInterval(timer);
}

export default defineBackground(() => {
  const openDb = dbConnector();
  const now = () => new Date().toISOString();
  const siteScans = createSiteScanRunner({
    openDb,
    now,
    ...browserCrawlDeps,
    readPage: backgroundPageReader(),
    keepAlive,
  });
  // The background has just started: any scan stored as running was cut short.
  const startedUp = siteScans.markInterrupted().catch(() => []);

  const edits = createEditWriter({ openDb });
  listenForEditPorts((port) => {
    port.onRequest((request) => {
      if (request.type === 'edit') void edits.put(request.edit, port.answer);
      else void edits.flush();
    });
    // The view closed (a popup closes on any click outside it): write what it sent, now.
    port.onDisconnect(() => void edits.flush());
  });

  // "Add as evidence for…" on text the auditor selects on a page.
  void browser.contextMenus.removeAll().then(() => {
    for (const item of addEvidenceMenu())
      browser.contextMenus.create({ ...item, contexts: ['selection'] });
  });
  browser.contextMenus.onClicked.addListener(async (info, tab) => {
    const by = await getSetting(await openDb(), 'auditorName').catch(() => '');
    const edit = addedEvidenceEdit(info.menuItemId, info.selectionText, tab?.url, by);
    if (edit) void edits.put({ ...edit, id: 0, at: now() }, () => {});
  });

  listen<BackgroundMessages>({
    async 'scan-tab'({ tabId }) {
      await injectInto(tabId);
      const { url } = await browser.tabs.get(tabId);
      const custom = url ? await customIndicatorsOf(await openDb(), siteKeyOf(url)) : [];
      const result = await sendToTab(tabId, 'scan-page', { custom });
      return savePageScan(await openDb(), result, now());
    },
    async 'highlight-in-tab'({ tabId, selector, url }) {
      if (url && (await browser.tabs.get(tabId)).url !== url) await openInTab(tabId, url);
      await injectInto(tabId);
      return sendToTab(tabId, 'highlight', { selector });
    },
    'start-site-scan': async ({ url, maxPages }) => siteScans.start(url, maxPages),
    'resume-site-scan': async ({ site }) => siteScans.resume(site),
    'cancel-site-scan': async ({ site }) => siteScans.cancel(site),
    async 'flush-edits'() {
      await edits.flush();
      return null;
    },
    async 'check-site-scan'({ site }) {
      await startedUp;
      if (!siteScans.isRunning(site)) await siteScans.markInterrupted();
      return siteScans.isRunning(site);
    },
  });
});
