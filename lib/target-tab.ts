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

const OPENED_CHANNEL = 'nhs-site-audit/view-opened';

/**
 * Tells the other views that the auditor invoked the extension on a tab (the toolbar button
 * opened the popup): the browser now lets the extension read that tab. A side panel or sidebar
 * that could not read the page before reads it again then.
 */
export function announceViewOpened(tabId: number): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(OPENED_CHANNEL);
  channel.postMessage({ tabId });
  channel.close();
}

/** Calls `listener` when another view announces it opened on a tab; returns the unsubscribe. */
export function onViewOpened(listener: () => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const channel = new BroadcastChannel(OPENED_CHANNEL);
  channel.onmessage = () => listener();
  return () => channel.close();
}
