import '../../assets/checklist.css';
import '../../assets/survey.css';
import { render } from 'preact';
import { Dashboard } from '../../components/Dashboard.tsx';
import { changedSites, coalescedReader, subscribeToChanges } from '../../lib/db/changes.ts';
import { dbConnector, requestPersistentStorage } from '../../lib/db/repository.ts';
import { sendToBackground } from '../../lib/messages.ts';
import { openSiteForReview } from '../../lib/open-site.ts';
import { createDashboardStore } from '../../lib/stores/dashboard.ts';
import { createSurveyStore } from '../../lib/stores/survey.ts';

const openDb = dbConnector();
const now = () => new Date().toISOString();
const store = createDashboardStore({
  openDb,
  now,
  requestPersistentStorage: () => requestPersistentStorage(),
  flushEdits: async () => {
    await sendToBackground('flush-edits', {});
  },
});
const survey = createSurveyStore({
  openDb,
  now,
  openSite: openSiteForReview,
  storageEstimate: async () => ({
    usage: (await navigator.storage?.estimate?.())?.usage,
    persisted: await requestPersistentStorage(),
  }),
  newId: () => crypto.randomUUID(),
});
render(<Dashboard store={store} survey={survey} />, document.getElementById('app')!);
// The survey first: the table is what the auditor waits for.
void survey
  .getState()
  .load()
  .then(() => store.getState().load());
// Every write elsewhere (a scan, a verdict, a site scan's page) shows here: read again, one read
// at a time, the changes of a burst together; the survey reads only the sites that changed,
// unless everything did.
const readChanges = coalescedReader(async (changes) => {
  const sites = changedSites(changes);
  await Promise.all([
    store.getState().load(),
    sites === 'all' ? survey.getState().load() : survey.getState().refreshSites([...sites]),
  ]);
});
subscribeToChanges((change) => void readChanges(change));
