import { render } from 'preact';
import { browser } from 'wxt/browser';
import { subscribeToChanges } from '../lib/db/changes.ts';
import { dbConnector, requestPersistentStorage } from '../lib/db/repository.ts';
import { createEditSender } from '../lib/edits/edit-client.ts';
import { connectEditPort, sendToBackground } from '../lib/messages.ts';
import { canOpenSidePanel, openSidePanel } from '../lib/side-panel.ts';
import { siteAccessPattern } from '../lib/site.ts';
import { createChecklistStore } from '../lib/stores/checklist.ts';
import { announceViewOpened, onViewOpened, resolveTargetTab } from '../lib/target-tab.ts';
import { Checklist } from './Checklist.tsx';

export type ViewKind = 'popup' | 'sidepanel';

const NO_READABLE_PAGE =
  'Press the extension’s toolbar button on the page you want to audit: the browser lets the extension read a page only then.';

/** Wires the checklist view (popup or side panel) to the database, the background and the tab. */
export async function mountChecklist(root: HTMLElement, view: ViewKind): Promise<void> {
  const now = () => new Date().toISOString();
  const store = createChecklistStore({
    openDb: dbConnector(undefined, () =>
      store.setState({
        error:
          'The extension was updated and must upgrade its database: close its other windows and panels (nothing is lost).',
      }),
    ),
    scanTab: (tabId) => sendToBackground('scan-tab', { tabId }),
    highlight: (tabId, selector, url) =>
      sendToBackground('highlight-in-tab', { tabId, selector, ...(url ? { url } : {}) }),
    now,
    requestSiteAccess: (origin) =>
      browser.permissions.request({ origins: [siteAccessPattern(origin)] }),
    siteScan: {
      start: (url, maxPages) => sendToBackground('start-site-scan', { url, maxPages }),
      resume: (site) => sendToBackground('resume-site-scan', { site }),
      cancel: (site) => sendToBackground('cancel-site-scan', { site }),
      check: (site) => sendToBackground('check-site-scan', { site }),
    },
    edits: createEditSender(connectEditPort),
    subscribe: subscribeToChanges,
  });
  // A popup closes on any click outside it: write every edit at once when the view goes.
  const flush = () => void store.getState().flushEdits();
  window.addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flush();
  });

  const openSidePanelHere =
    view === 'popup' && canOpenSidePanel()
      ? async () => {
          const tabId = store.getState().target?.tabId;
          if (tabId === undefined) return;
          await openSidePanel(tabId);
          window.close();
        }
      : undefined;
  render(
    <Checklist
      store={store}
      onOpenSidePanel={openSidePanelHere}
      onOpenDashboard={() => void browser.runtime.openOptionsPage()}
    />,
    root,
  );
  void requestPersistentStorage();
  // The sticky header's height, so that the item in focus is never scrolled under it.
  const header = root.querySelector<HTMLElement>('.checklist-header');
  if (header && typeof ResizeObserver !== 'undefined') {
    new ResizeObserver(() => {
      const sticky = getComputedStyle(header).position === 'sticky';
      document.documentElement.style.setProperty(
        '--header-height',
        `${sticky ? header.offsetHeight + 8 : 0}px`,
      );
    }).observe(header);
  }

  const show = async () => {
    const target = await resolveTargetTab(window.location);
    if (!target)
      // Without the toolbar button pressed on it (activeTab), the browser hides the page's address.
      store.setState({ phase: 'ready', error: NO_READABLE_PAGE });
    else {
      if (store.getState().error === NO_READABLE_PAGE) store.setState({ error: undefined });
      if (target.url !== store.getState().target?.url) await store.getState().open(target);
      if (view === 'popup') announceViewOpened(target.tabId);
    }
  };
  await show();
  if (view === 'sidepanel') {
    // The side panel stays open while the auditor moves between tabs and pages: follow them,
    // and read the page again when the toolbar button is pressed on it.
    onViewOpened(() => void show());
    browser.tabs.onActivated.addListener(() => void show());
    browser.tabs.onUpdated.addListener((_tabId, change, tab) => {
      if (tab.active && (change.url || change.status === 'complete')) void show();
    });
  }
}
