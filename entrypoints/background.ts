import { browser } from 'wxt/browser';
import { dbConnector, savePageScan } from '../lib/db/repository.ts';
import { type BackgroundMessages, listen, sendToTab } from '../lib/messages.ts';

export default defineBackground(() => {
  const openDb = dbConnector();
  listen<BackgroundMessages>({
    async 'scan-tab'({ tabId }) {
      await browser.scripting.executeScript({
        target: { tabId },
        files: ['/content-scripts/content.js'],
      });
      const result = await sendToTab(tabId, 'scan-page', {});
      return savePageScan(await openDb(), result, new Date().toISOString());
    },
  });
});
