import { useState } from 'preact/hooks';
import { useStore } from 'zustand';
import { STORE_NAMES } from '../lib/db/schema.ts';
import { downloadFile } from '../lib/export/download.ts';
import type { DashboardStore } from '../lib/stores/dashboard.ts';

const STORE_LABELS: Record<(typeof STORE_NAMES)[number], string> = {
  sites: 'sites',
  pages: 'page scans',
  verdicts: 'verdicts and notes',
  settings: 'settings',
  checklists: 'checklists',
  campaigns: 'campaigns',
  snapshots: 'kept assessments',
};
const SHOWN_SITES = 500;

/** Every audited site, and backup and restore of everything. */
export function Dashboard({ store }: { store: DashboardStore }) {
  const {
    sites,
    loading,
    busy,
    error,
    report,
    persistent,
    auditorName,
    setAuditorName,
    backup,
    restore,
    exportAllSites,
  } = useStore(store);
  const [filter, setFilter] = useState('');
  const matching = filter
    ? sites.filter((site) => site.site.includes(filter.toLowerCase()))
    : sites;

  return (
    <main class="dashboard">
      <header class="checklist-header">
        <h1>NHS Site Audit: all sites</h1>
        <p class="summary">
          {sites.length} {sites.length === 1 ? 'site' : 'sites'} audited ·{' '}
          {persistent === undefined
            ? ''
            : persistent
              ? 'storage is persistent'
              : 'the browser may clear storage when space runs low'}
        </p>
        <div class="toolbar">
          <button
            type="button"
            class="primary"
            disabled={busy !== undefined}
            onClick={async () => {
              const file = await backup();
              if (file) downloadFile(file);
            }}
          >
            {busy === 'backup' ? 'Preparing backup…' : 'Back up everything'}
          </button>
          <button
            type="button"
            disabled={busy !== undefined || sites.length === 0}
            onClick={async () => {
              const file = await exportAllSites();
              if (file) downloadFile(file);
            }}
          >
            Export all sites (CSV)
          </button>
          <label class="file-button">
            {busy === 'restore' ? 'Restoring…' : 'Restore from a backup…'}
            <input
              type="file"
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
            value={auditorName}
            onChange={(event) => void setAuditorName(event.currentTarget.value)}
          />
        </label>
      </section>
      <section class="group">
        <h2>Sites</h2>
        <input
          class="filter"
          type="search"
          placeholder="Filter sites"
          aria-label="Filter sites"
          value={filter}
          onInput={(event) => setFilter(event.currentTarget.value)}
        />
        {loading && <p class="loading">Loading…</p>}
        <table class="sites">
          <thead>
            <tr>
              <th>Site</th>
              <th>Last scanned</th>
              <th>Last page</th>
            </tr>
          </thead>
          <tbody>
            {matching.slice(0, SHOWN_SITES).map((site) => (
              <tr key={site.site} data-site={site.site}>
                <td>{site.site}</td>
                <td>{site.lastScannedAt.slice(0, 16).replace('T', ' ')}</td>
                <td>
                  <a href={site.lastUrl} target="_blank" rel="noreferrer noopener">
                    {site.lastUrl}
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {matching.length > SHOWN_SITES && (
          <p class="muted">
            Showing {SHOWN_SITES} of {matching.length}: filter to find others.
          </p>
        )}
      </section>
    </main>
  );
}
