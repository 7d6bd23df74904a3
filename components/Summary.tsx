import { useEffect, useMemo, useState } from 'preact/hooks';
import { useStore } from 'zustand';
import type { IndicatorMarks } from '../lib/db/schema.ts';
import { indicatorTotals, totalsInWords } from '../lib/score/indicator-totals.ts';
import { filteredRows, type SurveyStore } from '../lib/stores/survey.ts';

const BAR = 9;
const ROW = 2 * BAR + 8;
const LABEL = 300;
const WIDTH = 760;

/**
 * Per indicator, how many of the sites shown (the table's filter) have it found by the scanner
 * and confirmed by the auditor: a chart in plain SVG and the same in sentences.
 */
export function Summary({ store }: { store: SurveyStore }) {
  const { rows, filter, summaries, checklists } = useStore(store);
  // One checklist's sites: its items, own indicators included; else the catalogue's.
  const items = checklists.find((checklist) => checklist.id === filter.checklist)?.described;
  // Below the table: summed up after the table is first drawn, not before.
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setReady(true), 0);
    return () => clearTimeout(timer);
  }, []);
  const { totals, count } = useMemo(() => {
    const sites: IndicatorMarks[] = [];
    if (!ready) return { totals: indicatorTotals(sites, items), count: 0 };
    for (const row of filteredRows(rows, filter)) {
      const summary = summaries.get(row.site);
      if (summary && summary.pages > 0) sites.push(summary);
    }
    return { totals: indicatorTotals(sites, items), count: sites.length };
  }, [rows, filter, summaries, ready, items]);
  const scale = (n: number) => (count ? (n / count) * (WIDTH - LABEL - 40) : 0);
  return (
    <section class="group summary-section" aria-labelledby="summary-title">
      <h2 id="summary-title">
        Summary of the {count} assessed {count === 1 ? 'site' : 'sites'} shown
      </h2>
      {count === 0 ? (
        <p class="muted">{ready ? 'No site shown has been scanned yet.' : 'Summing up…'}</p>
      ) : (
        <>
          <p class="legend">
            <span class="key found-key" aria-hidden="true" /> found by the scanner{' '}
            <span class="key confirmed-key" aria-hidden="true" /> confirmed by the auditor
          </p>
          <svg
            class="summary-chart"
            viewBox={`0 0 ${WIDTH} ${totals.length * ROW + 4}`}
            role="img"
            aria-label="Per indicator, the sites where the scanner found it and where the auditor confirmed it; the same figures follow as sentences."
          >
            {totals.map((total, index) => {
              const y = index * ROW + 2;
              return (
                <g key={total.indicator} data-indicator={total.indicator}>
                  <text x={LABEL - 8} y={y + BAR + 4} text-anchor="end" class="chart-label">
                    {total.title}
                  </text>
                  <rect x={LABEL} y={y} width={scale(total.found)} height={BAR} class="bar-found" />
                  <rect
                    x={LABEL}
                    y={y + BAR}
                    width={scale(total.confirmed)}
                    height={BAR}
                    class={total.polarity === 'problem' ? 'bar-problem' : 'bar-confirmed'}
                  />
                  <text
                    x={LABEL + scale(Math.max(total.found, total.confirmed)) + 6}
                    y={y + BAR + 4}
                    class="chart-value"
                  >
                    {total.found} / {total.confirmed}
                  </text>
                </g>
              );
            })}
          </svg>
          <ul class="summary-sentences">
            {totalsInWords(totals, count).map((sentence) => (
              <li key={sentence}>{sentence}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
