import { render } from 'preact';
import { dbConnector } from '../lib/db/repository.ts';
import { sendToBackground } from '../lib/messages.ts';
import { createChecklistStore } from '../lib/stores/checklist.ts';
import { resolveTargetTab } from '../lib/target-tab.ts';
import { Checklist } from './Checklist.tsx';

/** Wires the checklist view (popup or side panel) to the database, the background and the tab. */
export async function mountChecklist(root: HTMLElement): Promise<void> {
  const now = () => new Date().toISOString();
  const store = createChecklistStore({
    openDb: dbConnector(),
    scanTab: (tabId) => sendToBackground('scan-tab', { tabId }),
    now,
  });
  render(<Checklist store={store} now={now} />, root);
  const target = await resolveTargetTab(window.location);
  if (target) await store.getState().open(target);
  else store.setState({ phase: 'ready', error: 'There is no page to audit in this window.' });
}
