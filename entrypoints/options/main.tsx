import '../../assets/checklist.css';
import { render } from 'preact';
import { Dashboard } from '../../components/Dashboard.tsx';
import { dbConnector, requestPersistentStorage } from '../../lib/db/repository.ts';
import { createDashboardStore } from '../../lib/stores/dashboard.ts';

const store = createDashboardStore({
  openDb: dbConnector(),
  now: () => new Date().toISOString(),
  requestPersistentStorage: () => requestPersistentStorage(),
});
render(<Dashboard store={store} />, document.getElementById('app')!);
void store.getState().load();
