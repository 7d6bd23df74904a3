import { useStore } from 'zustand';
import type { SurveyStore } from '../lib/stores/survey.ts';
import { Campaigns } from './Campaigns.tsx';
import { Compare } from './Compare.tsx';
import { SitesTable } from './SitesTable.tsx';
import { StorageNotice } from './StorageNotice.tsx';
import { Summary } from './Summary.tsx';

/** The survey on the dashboard (issue 11): campaigns, sites, summary, comparisons, storage. */
export function Survey({
  store,
  busy,
  onBackup,
}: {
  store: SurveyStore;
  busy: boolean;
  onBackup: () => Promise<void>;
}) {
  const { error, notice, storage, dismissNotice } = useStore(store);
  return (
    <>
      {error && (
        <div class="error survey-error" role="alert">
          {error}
        </div>
      )}
      {notice && (
        <div class="report survey-notice" role="status">
          {notice}{' '}
          <button type="button" class="link-button" onClick={dismissNotice}>
            Close
          </button>
        </div>
      )}
      <StorageNotice storage={storage} busy={busy} onBackup={() => void onBackup()} />
      <Campaigns store={store} />
      <SitesTable store={store} onBackup={onBackup} />
      <Summary store={store} />
      <Compare store={store} />
    </>
  );
}
