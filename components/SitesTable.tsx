import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useStore } from 'zustand';
import { INDICATORS, type IndicatorId } from '../lib/indicators/index.ts';
import { REVIEW_STATUS_LABELS, type ReviewStatus, scoreOf } from '../lib/score/score.ts';
import { type SiteRow, type SortKey, type SurveyStore, visibleRows } from '../lib/stores/survey.ts';
import { localTime } from './format.ts';

/** Every row is this tall (CSS: .sites-table tr), so that only the rows in view are drawn. */
export const ROW_HEIGHT = 38;
const OVERSCAN = 8;
const COLUMNS: { key: SortKey; label: string }[] = [
  { key: 'organisation', label: 'Organisation' },
  { key: 'site', label: 'Site' },
  { key: 'campaign', label: 'Campaign' },
  { key: 'pages', label: 'Pages scanned' },
  { key: 'reviewed', label: 'Reviewed' },
  { key: 'score', label: 'Score' },
  { key: 'problems', label: 'Problems' },
  { key: 'lastChangeAt', label: 'Last change' },
];
const TITLES = new Map(INDICATORS.map((indicator) => [indicator.id, indicator.title]));
const titles = (ids: IndicatorId[]) => ids.map((id) => TITLES.get(id)).join(', ');

function reviewed(row: SiteRow): string {
  if (row.status === 'in-progress') return `in progress (${row.reviewed} of ${row.total})`;
  return REVIEW_STATUS_LABELS[row.status];
}

/** The score and what makes it, in words (the formula is in the README). */
export function scoreExplained(store: SurveyStore, site: string): string {
  const summary = store.getState().summaries.get(site);
  if (!summary) return 'Not assessed yet: score 0.';
  const { score, good, partial, problems } = scoreOf(summary);
  return `Score ${score} = ${good.length} confirmed${good.length ? ` (${titles(good)})` : ''} + ½ × ${partial.length} partial${partial.length ? ` (${titles(partial)})` : ''} − ${problems.length} ${problems.length === 1 ? 'problem' : 'problems'} found${problems.length ? ` (${titles(problems)})` : ''}.`;
}

/**
 * The table of sites: sortable, filterable, and drawn only where visible, so that 10,000 rows
 * scroll as smoothly as 10.
 */
export function SitesTable({
  store,
  onBackup,
}: {
  store: SurveyStore;
  onBackup: () => Promise<void>;
}) {
  const { rows, sort, filter, campaigns, compare, loading, setSort, setFilter, checklists } =
    useStore(store);
  const shown = useMemo(() => visibleRows(rows, filter, sort), [rows, filter, sort]);
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewHeight, setViewHeight] = useState(600);
  const [deleting, setDeleting] = useState<string | undefined>();
  const [explained, setExplained] = useState<string | undefined>();
  useEffect(() => {
    const element = scroller.current;
    if (!element) return;
    setViewHeight(element.clientHeight || 600);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setViewHeight(element.clientHeight || 600));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  // For the benchmark and the tests: when the stored sites were first drawn.
  useEffect(() => {
    if (shown.length > 0 && performance.getEntriesByName('sites-shown').length === 0)
      performance.mark('sites-shown');
  }, [shown]);
  // Another filter or order starts at the top.
  useEffect(() => {
    if (scroller.current) scroller.current.scrollTop = 0;
    setScrollTop(0);
  }, [filter, sort]);
  // A list shorter than the scroll position (until the browser's scroll event): its end.
  const top = Math.min(scrollTop, Math.max(0, shown.length * ROW_HEIGHT - viewHeight));
  const first = Math.max(0, Math.floor(top / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(shown.length, Math.ceil((top + viewHeight) / ROW_HEIGHT) + OVERSCAN);
  const spacer = (height: number) =>
    height > 0 && (
      <tr class="spacer">
        <td colSpan={COLUMNS.length + 2} style={{ height: `${height}px` }} />
      </tr>
    );

  return (
    <section class="group sites-section" aria-labelledby="sites-title">
      <h2 id="sites-title">Sites</h2>
      <div class="toolbar filters-row">
        <input
          class="filter"
          type="search"
          placeholder="Filter by organisation or site"
          aria-label="Filter by organisation or site"
          value={filter.text}
          onInput={(event) => setFilter({ text: event.currentTarget.value })}
        />
        <label>
          Campaign{' '}
          <select
            class="campaign-filter"
            value={filter.campaign}
            onChange={(event) => setFilter({ campaign: event.currentTarget.value })}
          >
            <option value="">All sites</option>
            {campaigns.map((campaign) => (
              <option key={campaign.id} value={campaign.id}>
                {campaign.name}
              </option>
            ))}
          </select>
        </label>
        {checklists.length > 1 && (
          <label>
            Checklist{' '}
            <select
              class="checklist-filter"
              value={filter.checklist}
              onChange={(event) => setFilter({ checklist: event.currentTarget.value })}
            >
              <option value="">Any</option>
              {checklists.map((checklist) => (
                <option key={checklist.id} value={checklist.id}>
                  {checklist.name}
                </option>
              ))}
            </select>
          </label>
        )}
        <label>
          Progress{' '}
          <select
            class="status-filter"
            value={filter.status}
            onChange={(event) =>
              setFilter({ status: event.currentTarget.value as ReviewStatus | '' })
            }
          >
            <option value="">Any</option>
            {(Object.keys(REVIEW_STATUS_LABELS) as ReviewStatus[]).map((status) => (
              <option key={status} value={status}>
                {REVIEW_STATUS_LABELS[status]}
              </option>
            ))}
          </select>
        </label>
        <span class="muted shown-count" role="status">
          {loading && rows.length === 0
            ? 'Loading…'
            : `${shown.length} of ${rows.length} ${rows.length === 1 ? 'site' : 'sites'}`}
        </span>
      </div>
      {explained && (
        <p class="score-explained" role="status">
          <strong>{explained}:</strong> {scoreExplained(store, explained)}{' '}
          <button type="button" class="link-button" onClick={() => setExplained(undefined)}>
            Close
          </button>
        </p>
      )}
      {deleting && (
        <div class="confirm-delete" role="alertdialog" aria-labelledby="delete-title">
          <p id="delete-title">
            Delete everything stored about <strong>{deleting}</strong>: its page scans, verdicts,
            notes and kept assessments? This cannot be undone; a backup keeps a copy.
          </p>
          <div class="toolbar">
            <button type="button" onClick={() => void onBackup()}>
              Back up everything first
            </button>
            <button
              type="button"
              class="danger"
              onClick={async () => {
                const site = deleting;
                setDeleting(undefined);
                await store.getState().removeSite(site);
              }}
            >
              Delete {deleting}
            </button>
            <button type="button" onClick={() => setDeleting(undefined)}>
              Cancel
            </button>
          </div>
        </div>
      )}
      <div
        class="sites-scroll"
        ref={scroller}
        onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
      >
        <table class="sites-table" aria-rowcount={shown.length + 1}>
          <thead>
            <tr aria-rowindex={1}>
              {COLUMNS.map((column) => (
                <th
                  key={column.key}
                  scope="col"
                  data-column={column.key}
                  aria-sort={
                    sort.key === column.key
                      ? sort.descending
                        ? 'descending'
                        : 'ascending'
                      : undefined
                  }
                >
                  <button type="button" class="sort" onClick={() => setSort(column.key)}>
                    {column.label}
                    <span aria-hidden="true">
                      {sort.key === column.key ? (sort.descending ? ' ▼' : ' ▲') : ''}
                    </span>
                  </button>
                </th>
              ))}
              <th scope="col">Checklist</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {spacer(first * ROW_HEIGHT)}
            {shown.slice(first, last).map((row, offset) => (
              <tr
                key={row.site}
                data-site={row.site}
                data-status={row.status}
                aria-rowindex={first + offset + 2}
              >
                <td class="organisation" title={row.organisation}>
                  {row.organisation || <span class="muted">—</span>}
                </td>
                <td class="site">
                  <button
                    type="button"
                    class="link-button open-site"
                    title={`Open ${row.site} and its checklist`}
                    onClick={() => void store.getState().openSite(row)}
                  >
                    {row.site}
                  </button>
                </td>
                <td class="campaign" title={row.campaigns.join(', ')}>
                  {row.campaigns.join(', ')}
                </td>
                <td class="number">{row.pages}</td>
                <td class="reviewed">{reviewed(row)}</td>
                <td class="number">
                  <button
                    type="button"
                    class="link-button score"
                    title={scoreExplained(store, row.site)}
                    aria-label={`Score ${row.score}: what makes it`}
                    onClick={() => setExplained(row.site)}
                  >
                    {row.score}
                  </button>
                </td>
                <td class={row.problems ? 'number problems' : 'number'}>{row.problems}</td>
                <td class="time">{localTime(row.lastChangeAt)}</td>
                <td class="checklist-choice">
                  <select
                    class="site-checklist"
                    aria-label={`Checklist for ${row.site}`}
                    value={row.checklistId}
                    onChange={(event) =>
                      void store.getState().chooseChecklist(row.site, event.currentTarget.value)
                    }
                  >
                    {checklists.map((checklist) => (
                      <option key={checklist.id} value={checklist.id}>
                        {checklist.name}
                      </option>
                    ))}
                    {!checklists.some((checklist) => checklist.id === row.checklistId) && (
                      <option value={row.checklistId}>{row.checklistId}</option>
                    )}
                  </select>
                </td>
                <td class="actions">
                  <button
                    type="button"
                    class={compare.includes(row.site) ? 'compare chosen' : 'compare'}
                    aria-pressed={compare.includes(row.site)}
                    onClick={() => void store.getState().toggleCompare(row.site)}
                  >
                    Compare
                  </button>
                  {row.lastChangeAt && (
                    <button
                      type="button"
                      class="delete"
                      aria-label={`Delete ${row.site}`}
                      onClick={() => setDeleting(row.site)}
                    >
                      Delete
                    </button>
                  )}
                </td>
              </tr>
            ))}
            {spacer((shown.length - last) * ROW_HEIGHT)}
          </tbody>
        </table>
      </div>
    </section>
  );
}
