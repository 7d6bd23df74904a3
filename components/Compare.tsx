import { useState } from 'preact/hooks';
import { useStore } from 'zustand';
import { VERDICT_LABELS } from '../lib/assessment.ts';
import type { IndicatorMarks } from '../lib/db/schema.ts';
import { INDICATORS } from '../lib/indicators/index.ts';
import { scoreOf } from '../lib/score/score.ts';
import type { SurveyStore } from '../lib/stores/survey.ts';
import { localTime } from './format.ts';

const SCANNER_LABELS: Record<string, string> = {
  found: 'found',
  'needs-review': 'needs review',
  'not-found': 'not found',
};

function mark(marks: IndicatorMarks | undefined, id: (typeof INDICATORS)[number]['id']): string {
  if (!marks) return 'not assessed';
  const verdict = marks.verdicts[id];
  const scanner = marks.scanner[id];
  return `${verdict ? VERDICT_LABELS[verdict] : 'not reviewed'} (scanner: ${scanner ? SCANNER_LABELS[scanner] : 'not scanned'})`;
}

function CompareTable({
  caption,
  heads,
  left,
  right,
}: {
  caption: string;
  heads: [string, string];
  left: IndicatorMarks | undefined;
  right: IndicatorMarks | undefined;
}) {
  let differences = 0;
  const body = INDICATORS.map((indicator) => {
    const a = mark(left, indicator.id);
    const b = mark(right, indicator.id);
    const differs = a !== b;
    if (differs) differences++;
    return (
      <tr key={indicator.id} data-indicator={indicator.id} class={differs ? 'differs' : undefined}>
        <th scope="row">{indicator.title}</th>
        <td>{a}</td>
        <td>{b}</td>
        <td>{differs ? 'differs' : ''}</td>
      </tr>
    );
  });
  return (
    <table class="compare-table">
      <caption>
        {caption}: {differences} {differences === 1 ? 'indicator differs' : 'indicators differ'}
        {'; '}score {left ? scoreOf(left).score : '—'} and {right ? scoreOf(right).score : '—'}
      </caption>
      <thead>
        <tr>
          <th scope="col">Indicator</th>
          <th scope="col">{heads[0]}</th>
          <th scope="col">{heads[1]}</th>
          <th scope="col">Change</th>
        </tr>
      </thead>
      <tbody>{body}</tbody>
    </table>
  );
}

/** Two sites side by side, and the first one over time (an assessment kept beside the last). */
export function Compare({ store }: { store: SurveyStore }) {
  const { compare, summaries, snapshots, keepAssessment } = useStore(store);
  const [chosen, setChosen] = useState('');
  if (compare.length === 0)
    return (
      <section class="group compare-section" aria-labelledby="compare-title">
        <h2 id="compare-title">Compare</h2>
        <p class="muted">
          Press <em>Compare</em> on two sites of the table to see them side by side, or on one to
          see it over time.
        </p>
      </section>
    );
  const [a, b] = compare as [string, string | undefined];
  const snapshot = snapshots.find((s) => s.takenAt === chosen) ?? snapshots[snapshots.length - 1];
  return (
    <section class="group compare-section" aria-labelledby="compare-title">
      <h2 id="compare-title">Compare</h2>
      {b ? (
        <CompareTable
          caption={`${a} and ${b}`}
          heads={[a, b]}
          left={summaries.get(a)}
          right={summaries.get(b)}
        />
      ) : (
        <p class="muted">Press Compare on a second site to see the two side by side.</p>
      )}
      <h3>{a} over time</h3>
      <div class="toolbar">
        <button type="button" disabled={!summaries.has(a)} onClick={() => void keepAssessment(a)}>
          Keep this assessment as it stands
        </button>
        {snapshots.length > 0 && (
          <label>
            Compare now with{' '}
            <select
              value={snapshot?.takenAt ?? ''}
              onChange={(event) => setChosen(event.currentTarget.value)}
            >
              {snapshots.map((s) => (
                <option key={s.takenAt} value={s.takenAt}>
                  the assessment kept {localTime(s.takenAt)}
                  {s.takenBy ? ` by ${s.takenBy}` : ''}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      {snapshot ? (
        <CompareTable
          caption={`${a}: kept ${localTime(snapshot.takenAt)} and now`}
          heads={[`Kept ${localTime(snapshot.takenAt)}`, 'Now']}
          left={snapshot}
          right={summaries.get(a)}
        />
      ) : (
        <p class="muted">
          No assessment of {a} kept yet: keep this one before a new review, then compare what
          changed.
        </p>
      )}
    </section>
  );
}
