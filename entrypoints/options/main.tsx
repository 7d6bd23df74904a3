import '../../assets/checklist.css';
import { render } from 'preact';
import { Dashboard } from '../../components/Dashboard.tsx';
import { subscribeToChanges } from '../../lib/db/changes.ts';
import { dbConnector, requestPersistentStorage } from '../../lib/db/repository.ts';
import { sendToBackground } from '../../lib/messages.ts';
import { createDashboardStore } from '../../lib/stores/dashboard.ts';

const store = createDashboardStore({
  openDb: dbConnector(),
  now: () => new Date().toISOString(),
  requestPersistentStorage: () => requestPersistentStorage(),
  flushEdits: async () => {
    await sendToBackground('flush-edits', {});
  },
});
render(<Dashboard store={store} />, document.getElementById('app')!);
void store.getState().load();
// Every write elsewhere (a scan, a verdict, a site scan's page) shows here: read again, once
// per burst of changes.
let reload: ReturnType<typeof setTimeout> | undefined;
subscribeToChanges(() => {
  clearTimeout(reload);
  reload = setTimeout(() => void store.getState().load(), 200);
});
