import type { StorageState } from '../lib/stores/survey.ts';
import { bytes, localTime } from './format.ts';

/**
 * How much is stored, whether the browser keeps it, and when it was last backed up, with the
 * backup beside it: advice, not alarm.
 */
export function StorageNotice({
  storage,
  busy,
  onBackup,
}: {
  storage: StorageState;
  busy: boolean;
  onBackup: () => void;
}) {
  const { usage, persisted, lastBackupAt } = storage;
  return (
    <section class="group storage-notice" aria-labelledby="storage-title">
      <h2 id="storage-title">Storage</h2>
      <p>
        {usage === undefined
          ? 'The browser does not say how much is stored. '
          : `${bytes(usage)} stored in this browser profile. `}
        {persisted === undefined
          ? ''
          : persisted
            ? 'The browser has granted persistent storage: it will not clear the audits to make room. '
            : 'The browser has not granted persistent storage: if the disk runs nearly full it may clear the audits, so keep a recent backup. '}
        {lastBackupAt ? `Last backup: ${localTime(lastBackupAt)}.` : 'No backup made yet.'}
      </p>
      <button type="button" class="primary" disabled={busy} onClick={onBackup}>
        {busy ? 'Preparing backup…' : 'Back up now'}
      </button>
    </section>
  );
}
