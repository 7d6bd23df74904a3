import { useState } from 'preact/hooks';
import { useStore } from 'zustand';
import { CATALOGUE_CHECKLIST } from '../lib/checklists/checklist.ts';
import { STORE_NAMES } from '../lib/db/schema.ts';
import { downloadFile } from '../lib/export/download.ts';
import type { ChecklistsStore } from '../lib/stores/checklists.ts';
import type { DashboardStore, SurveyExport } from '../lib/stores/dashboard.ts';
import type { MergeStore } from '../lib/stores/merge.ts';
import type { SurveyStore } from '../lib/stores/survey.ts';
import { AuditorMerge } from './AuditorMerge.tsx';
import { ChecklistEditor } from './ChecklistEditor.tsx';
import { Survey } from './Survey.tsx';

const EXPORTS: { format: SurveyExport; label: string }[] = [
  { format: 'csv', label: 'Export all sites (CSV)' },
  { format: 'long', label: 'Export all sites (long CSV)' },
  { format: 'json', label: 'Export all sites (JSON)' },
  { format: 'report-html', label: 'Survey report (HTML)' },
  { format: 'report-markdown', label: 'Survey report (Markdown)' },
];

const STORE_LABELS: Record<(typeof STORE_NAMES)[number], string> = {
  sites: 'sites',
  pages: 'page scans',
  verdicts: 'verdicts and notes',
  settings: 'settings',
  checklists: 'checklists',
  campaigns: 'campaigns',
  snapshots: 'kept assessments',
};

/** Every audited site, the survey over them (./Survey.tsx), and backup and restore of everything. */
export function Dashboard({
  store,
  survey,
  checklists,
  merge,
}: {
  store: DashboardStore;
  survey: SurveyStore;
  checklists: ChecklistsStore;
  merge: MergeStore;
}) {
  const {
    sites,
    busy,
    error,
    report,
    auditorName,
    setAuditorName,
    backup,
    restore,
    exportAllSites,
    exportChecklist,
    setExportChecklist,
  } = useStore(store);
  const { checklists: checklistList } = useStore(checklists);
  // The name as typed while the field has the focus. preact/compat (which zustand brings in)
  // makes `onChange` fire on every keystroke, and showing the stored name back at once (trimmed,
  // and reloaded when the database changes) ate spaces and letters typed quickly ("Bob Checker"
  // became "BobCekr"; found typing in Firefox e2e). Still saved at each keystroke.
  const [typedName, setTypedName] = useState<string>();
  const exportAll = async (format: SurveyExport) => {
    const file = await exportAllSites(format);
    if (file) downloadFile(file);
  };
  const backUp = async () => {
    const file = await backup();
    if (file) downloadFile(file);
    // The storage notice shows the time of this backup.
    await survey.getState().load();
  };

  return (
    <main class="dashboard">
      <header class="checklist-header">
        <h1>NHS Site Audit: all sites</h1>
        <p class="summary">
          {sites.length} {sites.length === 1 ? 'site' : 'sites'} audited
        </p>
        <div class="toolbar">
          <button
            type="button"
            class="primary"
            disabled={busy !== undefined}
            onClick={() => void backUp()}
          >
            {busy === 'backup' ? 'Preparing backup…' : 'Back up everything'}
          </button>
          <label>
            Sites{' '}
            <select
              class="export-checklist"
              value={exportChecklist}
              onChange={(event) => setExportChecklist(event.currentTarget.value)}
            >
              <option value="">all sites</option>
              <option value={CATALOGUE_CHECKLIST.id}>
                assessed with {CATALOGUE_CHECKLIST.name}
              </option>
              {checklistList.map((checklist) => (
                <option key={checklist.id} value={checklist.id}>
                  assessed with {checklist.name}
                </option>
              ))}
            </select>
          </label>
          {EXPORTS.map(({ format, label }) => (
            <button
              type="button"
              key={format}
              disabled={busy !== undefined || sites.length === 0}
              onClick={() => void exportAll(format)}
            >
              {label}
            </button>
          ))}
          <label class="file-button">
            {busy === 'restore' ? 'Restoring…' : 'Restore from a backup…'}
            <input
              type="file"
              class="restore-file"
              accept="application/json,.json"
              disabled={busy !== undefined}
              onChange={async (event) => {
                const input = event.currentTarget;
                const file = input.files?.[0];
                if (file) await restore(await file.text());
                input.value = '';
              }}
            />
          </label>
        </div>
      </header>
      {error && (
        <div class="error" role="alert">
          {error}
        </div>
      )}
      {report && (
        <div class="report" role="status">
          <strong>Restored.</strong>{' '}
          {STORE_NAMES.map(
            (name) =>
              `${STORE_LABELS[name]}: ${report[name].added} added, ${report[name].updated} updated`,
          ).join('; ')}
          .
        </div>
      )}
      <section class="group settings">
        <h2>You</h2>
        <label>
          Your name, recorded with each verdict you give{' '}
          <input
            type="text"
            class="auditor-name"
            maxLength={100}
            value={typedName ?? auditorName}
            onInput={(event) => {
              setTypedName(event.currentTarget.value);
              void setAuditorName(event.currentTarget.value);
            }}
            onBlur={() => setTypedName(undefined)}
          />
        </label>
      </section>
      <ChecklistEditor store={checklists} />
      <AuditorMerge store={merge} />
      <Survey store={survey} busy={busy === 'backup'} onBackup={backUp} />
    </main>
  );
}
