import '../../assets/checklist.css';
import '../../assets/survey.css';
import { render } from 'preact';
import { Dashboard } from '../../components/Dashboard.tsx';
import { changedSites, coalescedReader, subscribeToChanges } from '../../lib/db/changes.ts';
import { dbConnector, requestPersistentStorage } from '../../lib/db/repository.ts';
import { sendToBackground } from '../../lib/messages.ts';
import { openSiteForReview } from '../../lib/open-site.ts';
import { createChecklistsStore } from '../../lib/stores/checklists.ts';
import { createDashboardStore } from '../../lib/stores/dashboard.ts';
import { createMergeStore } from '../../lib/stores/merge.ts';
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
  flushEdits: async () => {
    await sendToBackground('flush-edits', {});
  },
});
const checklists = createChecklistsStore({ openDb, now });
const merge = createMergeStore({
  openDb,
  flushEdits: async () => {
    await sendToBackground('flush-edits', {});
  },
});
render(
  <Dashboard store={store} survey={survey} checklists={checklists} merge={merge} />,
  document.getElementById('app')!,
);
void checklists.getState().load();
// The survey first: the table is what the auditor waits for.
void survey
  .getState()
  .load()
  .then(() => store.getState().load());
// Every write elsewhere (a scan, a verdict, a site scan's page) shows here: read again, one read
// at a time, the changes of a burst together; the survey reads only the sites that changed,
// unless everything did (a restore, an import: the checklists too).
const readChanges = coalescedReader(async (changes) => {
  const sites = changedSites(changes);
  await Promise.all([
    store.getState().load(),
    ...(sites === 'all'
      ? [survey.getState().load(), checklists.getState().load()]
      : [survey.getState().refreshSites([...sites])]),
  ]);
});
subscribeToChanges((change) => void readChanges(change));
