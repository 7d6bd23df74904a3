/**
 * Opens a site of the survey from the dashboard: its page in a new tab, with its checklist
 * beside it (side panel) or in a tab of its own. The checklist can read a page only with the
 * auditor's leave: asking for the site's access (as "Scan this site" does) happens first, in the
 * click itself, before anything else is awaited.
 */
import { browser } from 'wxt/browser';
import { canOpenSidePanel, openSidePanel } from './side-panel.ts';
import { siteAccessPattern } from './site.ts';

export async function openSiteForReview(url: string, where: 'side-panel' | 'tab'): Promise<void> {
  const allowed = await browser.permissions
    .request({ origins: [siteAccessPattern(url)] })
    .catch(() => false);
  const tab = await browser.tabs.create({ url, active: true });
  if (tab.id === undefined) throw new Error('the browser gave the new tab no id');
  if (where === 'side-panel' && canOpenSidePanel()) {
    try {
      // The side panel follows the tab and reads its page once it has loaded.
      await openSidePanel(tab.id);
      return;
    } catch {
      // No user gesture left (a slow permission prompt): the checklist opens in a tab instead.
    }
  }
  await loaded(tab.id);
  const view = browser.runtime.getURL(`/popup.html?tabId=${tab.id}` as '/popup.html');
  // Without access the page stays in front, for the auditor to press the toolbar button on it.
  await browser.tabs.create({ url: view, active: allowed });
}

/** Resolves when the tab has its page's address (at most 15 s: a slow site opens later). */
function loaded(tabId: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      browser.tabs.onUpdated.removeListener(listener);
      clearTimeout(timer);
      resolve();
    };
    const listener = (id: number, change: { status?: string }) => {
      if (id === tabId && change.status === 'complete') done();
    };
    const timer = setTimeout(done, 15_000);
    browser.tabs.onUpdated.addListener(listener);
    void browser.tabs.get(tabId).then((tab) => {
      if (tab.status === 'complete') done();
    });
  });
}
