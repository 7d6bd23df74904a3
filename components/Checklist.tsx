import { useStore } from 'zustand';
import { downloadFile } from '../lib/export/download.ts';
import { GROUPS } from '../lib/indicators/index.ts';
import {
  confirmable,
  REVIEW_FILTER_LABELS,
  REVIEW_FILTERS,
  reviewProgress,
} from '../lib/review/queue.ts';
import type { ChecklistStore } from '../lib/stores/checklist.ts';
import { EmailFieldChecks } from './EmailFieldChecks.tsx';
import { IndicatorItem } from './IndicatorItem.tsx';
import { REVIEW_KEYS, reviewKeyHandler } from './review-keys.ts';
import { SiteScan } from './SiteScan.tsx';
import { useReviewOrder } from './use-review-order.ts';

/** The whole checklist of the site of the target tab: scan, review, note, export. */
interface Props {
  store: ChecklistStore;
  /** Present in the popup where the browser has a side panel to move to. */
  onOpenSidePanel?: (() => Promise<void>) | undefined;
  /** Opens the dashboard: every site, backup and restore, settings. */
  onOpenDashboard?: (() => void) | undefined;
}

const GROUP_TITLES = Object.fromEntries(GROUPS.map((group) => [group.id, group.title]));

export function Checklist({ store, onOpenSidePanel, onOpenDashboard }: Props) {
  const {
    phase,
    site,
    target,
    assessment,
    error,
    unsaved,
    overridden,
    filter,
    auditorName,
    organisation,
    checklists,
    chooseChecklist,
    scan,
    setVerdict,
    setNote,
    retryUnsaved,
    crawl,
    scanSite,
    resumeSiteScan,
    cancelCrawl,
    keepVerdict,
    dismissOverridden,
    exportAssessment,
    confirmScannerResults,
    setFilter,
    setMaxPages,
    showEvidence,
  } = useStore(store);
  const items = useReviewOrder(assessment, filter);
  const progress = assessment ? reviewProgress(assessment.items) : undefined;
  const found = assessment?.items.filter((item) => item.scanner === 'found').length ?? 0;
  const contradicted = assessment?.items.filter((item) => item.contradiction).length ?? 0;
  const changedSince = assessment?.items.filter((item) => item.changedSinceVerdict).length ?? 0;
  const toConfirm = confirmable(items).length;
  const download = async (format: 'json' | 'csv' | 'report-html' | 'report-markdown') => {
    const file = await exportAssessment(format);
    if (file) downloadFile(file);
  };

  return (
    <main class="checklist">
      <header class="checklist-header">
        <h1>{site ?? 'No site'}</h1>
        {organisation && <p class="organisation-name">{organisation}</p>}
        {target && <p class="page-url">{target.url}</p>}
        {assessment && (
          <label class="checklist-choice">
            Checklist{' '}
            <select
              class="site-checklist"
              value={assessment.checklistId}
              disabled={phase !== 'ready'}
              onChange={(event) => void chooseChecklist(event.currentTarget.value)}
            >
              {checklists.map((checklist) => (
                <option key={checklist.id} value={checklist.id}>
                  {checklist.name} (version {checklist.version})
                </option>
              ))}
            </select>
          </label>
        )}
        {assessment && progress && (
          <p class="summary">
            {assessment.pages.length} {assessment.pages.length === 1 ? 'page' : 'pages'} scanned ·{' '}
            {found} found · {progress.reviewed} of {progress.total} reviewed
            {contradicted > 0 && (
              <span class="contradicted-count"> · {contradicted} contradicted by a new scan</span>
            )}
            {changedSince > 0 && (
              <span class="changed-count">
                {' '}
                · {changedSince} changed in the checklist since your verdict
              </span>
            )}
          </p>
        )}
        <div class="toolbar">
          <button
            type="button"
            class="primary"
            disabled={!site || phase !== 'ready'}
            onClick={() => void scan()}
          >
            {phase === 'scanning' ? 'Scanning…' : 'Scan this page'}
          </button>
          <button type="button" disabled={!assessment} onClick={() => void download('json')}>
            Export JSON
          </button>
          <button type="button" disabled={!assessment} onClick={() => void download('csv')}>
            Export CSV
          </button>
          <button type="button" disabled={!assessment} onClick={() => void download('report-html')}>
            Report (HTML)
          </button>
          <button
            type="button"
            disabled={!assessment}
            onClick={() => void download('report-markdown')}
          >
            Report (Markdown)
          </button>
          {onOpenDashboard && (
            <button type="button" onClick={onOpenDashboard}>
              All sites & backup
            </button>
          )}
          {onOpenSidePanel && (
            <button type="button" disabled={!target} onClick={() => void onOpenSidePanel()}>
              Open in side panel
            </button>
          )}
        </div>
        <SiteScan
          crawl={crawl}
          disabled={!site || phase !== 'ready'}
          onStart={() => void scanSite()}
          onResume={() => void resumeSiteScan()}
          onCancel={() => void cancelCrawl()}
          onMaxPages={setMaxPages}
        />
      </header>
      {error && (
        <div class="error" role="alert">
          {error}
          {Object.keys(unsaved).length > 0 && (
            <button type="button" onClick={() => void retryUnsaved()}>
              Save again
            </button>
          )}
        </div>
      )}
      {phase === 'loading' && <p class="loading">Loading…</p>}
      {assessment && (
        <section class="review" aria-label="Review">
          <div class="review-bar">
            <fieldset class="filters">
              <legend class="visually-hidden">Show</legend>
              {REVIEW_FILTERS.map((name) => (
                <label key={name} class={filter === name ? 'chosen' : ''}>
                  <input
                    type="radio"
                    name="review-filter"
                    value={name}
                    checked={filter === name}
                    onChange={() => setFilter(name)}
                  />
                  {REVIEW_FILTER_LABELS[name]}
                </label>
              ))}
            </fieldset>
            <button
              type="button"
              disabled={toConfirm === 0}
              title="Yes where the scanner found it, No where it did not, for the items shown that you have not reviewed"
              onClick={() => void confirmScannerResults()}
            >
              Confirm the scanner’s results ({toConfirm})
            </button>
          </div>
          <p class="review-help">
            Keys: {REVIEW_KEYS.map(({ keys, does }) => `${keys} ${does}`).join(' · ')} (a verdict
            moves on to the next item).{' '}
            {auditorName
              ? `Verdicts are recorded as given by ${auditorName}.`
              : 'Set your name on the dashboard to record it with each verdict.'}
          </p>
          <ul class="indicators" onKeyDown={reviewKeyHandler(setVerdict)}>
            {items.map((item) => (
              <IndicatorItem
                key={item.indicator}
                item={item}
                group={GROUP_TITLES[item.group] ?? item.group}
                counts={item.counts}
                doesNotCount={item.doesNotCount}
                unsaved={item.indicator in unsaved}
                overridden={overridden[item.indicator]}
                onKeepVerdict={(indicator) => void keepVerdict(indicator)}
                onDismissOverridden={dismissOverridden}
                onVerdict={(indicator, verdict) => void setVerdict(indicator, verdict)}
                onNote={(indicator, note) => void setNote(indicator, note)}
                pageUrl={target?.url}
                onShowEvidence={(selector, url) => void showEvidence(selector, url)}
              />
            ))}
            {items.length === 0 && <li class="empty-queue">Nothing to show with this filter.</li>}
          </ul>
        </section>
      )}
      {assessment && <EmailFieldChecks fields={assessment.emailFields} />}
    </main>
  );
}
