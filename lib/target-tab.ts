import { browser } from 'wxt/browser';
import type { Target } from './stores/checklist.ts';

/**
 * The tab a view audits. A popup opened as a tab (tests, keyboard users) is itself the active
 * tab, so it names its target in its URL (`?tabId=`); otherwise the active tab of the window.
 */
export async function resolveTargetTab(location: Location): Promise<Target | undefined> {
  const fromUrl = Number(new URLSearchParams(location.search).get('tabId'));
  const tab =
    Number.isInteger(fromUrl) && fromUrl > 0
      ? await browser.tabs.get(fromUrl)
      : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  if (!tab?.id || !tab.url) return undefined;
  return { tabId: tab.id, url: tab.url };
}
