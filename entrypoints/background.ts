import { browser } from 'wxt/browser';
import { dbConnector, savePageScan } from '../lib/db/repository.ts';
import { errorMessage } from '../lib/errors.ts';
import { type BackgroundMessages, listen, sendToTab } from '../lib/messages.ts';

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

export default defineBackground(() => {
  const openDb = dbConnector();
  listen<BackgroundMessages>({
    async 'scan-tab'({ tabId }) {
      await injectInto(tabId);
      const result = await sendToTab(tabId, 'scan-page', {});
      return savePageScan(await openDb(), result, new Date().toISOString());
    },
    async 'highlight-in-tab'({ tabId, selector }) {
      await injectInto(tabId);
      return sendToTab(tabId, 'highlight', { selector });
    },
  });
});
