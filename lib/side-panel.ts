import { browser } from 'wxt/browser';

interface SidePanelApis {
  chrome?: { sidePanel?: { open: (options: { tabId: number }) => Promise<void> } };
}
interface SidebarAction {
  sidebarAction?: { open: () => Promise<void> };
}

/** Whether this browser has a side panel (Chrome) or a sidebar (Firefox) to open. */
export function canOpenSidePanel(): boolean {
  return Boolean(
    (globalThis as SidePanelApis).chrome?.sidePanel ||
      (browser as unknown as SidebarAction).sidebarAction,
  );
}

/** Opens the checklist beside the page; must run in a user gesture (a click). */
export async function openSidePanel(tabId: number): Promise<void> {
  const sidePanel = (globalThis as SidePanelApis).chrome?.sidePanel;
  if (sidePanel) return sidePanel.open({ tabId });
  const sidebar = (browser as unknown as SidebarAction).sidebarAction;
  if (sidebar) return sidebar.open();
  throw new Error('This browser has no side panel.');
}
