import { useStore } from 'zustand';
import { downloadFile } from '../lib/export/download.ts';
import { GROUPS, indicatorById } from '../lib/indicators/index.ts';
import type { ChecklistStore } from '../lib/stores/checklist.ts';
import { EmailFieldChecks } from './EmailFieldChecks.tsx';
import { IndicatorItem } from './IndicatorItem.tsx';
import { SiteScan } from './SiteScan.tsx';

/** The whole checklist of the site of the target tab: scan, review, note, export. */
interface Props {
  store: ChecklistStore;
  /** Present in the popup where the browser has a side panel to move to. */
  onOpenSidePanel?: (() => Promise<void>) | undefined;
  /** Opens the dashboard: every site, backup and restore. */
  onOpenDashboard?: (() => void) | undefined;
}

export function Checklist({ store, onOpenSidePanel, onOpenDashboard }: Props) {
  const {
    phase,
    site,
    target,
    assessment,
    error,
    unsaved,
    overridden,
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
    setMaxPages,
    showEvidence,
  } = useStore(store);
  const counts = assessment?.items.reduce(
    (sum, item) => {
      if (item.scanner === 'found') sum.found++;
      if (item.verdict) sum.judged++;
      if (item.contradiction) sum.contradicted++;
      return sum;
    },
    { found: 0, judged: 0, contradicted: 0 },
  );
  const download = async (format: 'json' | 'csv') => {
    const file = await exportAssessment(format);
    if (file) downloadFile(file);
  };

  return (
    <main class="checklist">
      <header class="checklist-header">
        <h1>{site ?? 'No site'}</h1>
        {target && <p class="page-url">{target.url}</p>}
        {assessment && counts && (
          <p class="summary">
            {assessment.pages.length} {assessment.pages.length === 1 ? 'page' : 'pages'} scanned ·{' '}
            {counts.found} found · {counts.judged} of {assessment.items.length} judged
            {counts.contradicted > 0 && (
              <span class="contradicted-count">
                {' '}
                · {counts.contradicted} contradicted by a new scan
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
      {assessment &&
        GROUPS.map((group) => (
          <section key={group.id} class="group" aria-labelledby={`group-${group.id}`}>
            <h2 id={`group-${group.id}`}>{group.title}</h2>
            <ul class="indicators">
              {assessment.items
                .filter((item) => item.group === group.id)
                .map((item) => (
                  <IndicatorItem
                    key={item.indicator}
                    item={item}
                    counts={indicatorById(item.indicator).counts}
                    unsaved={item.indicator in unsaved}
                    overridden={overridden[item.indicator]}
                    onKeepVerdict={(indicator) => void keepVerdict(indicator)}
                    onDismissOverridden={dismissOverridden}
                    onVerdict={(indicator, verdict) => void setVerdict(indicator, verdict)}
                    onNote={(indicator, note) => void setNote(indicator, note)}
                    pageUrl={target?.url}
                    onShowEvidence={(selector) => void showEvidence(selector)}
                  />
                ))}
            </ul>
          </section>
        ))}
      {assessment && <EmailFieldChecks fields={assessment.emailFields} />}
    </main>
  );
}
