import { useStore } from 'zustand';
import { verdictWords } from '../lib/assessment.ts';
import { agreementInWords } from '../lib/merge/agreement.ts';
import type { MergeConflict, MergeSide } from '../lib/merge/auditor-merge.ts';
import type { MergeStore } from '../lib/stores/merge.ts';
import { localTime } from './format.ts';
import { Messages } from './Messages.tsx';

function Side({ side, polarity }: { side: MergeSide; polarity: MergeConflict['polarity'] }) {
  return (
    <div class="merge-side">
      <p class="merge-verdict">
        <strong>{verdictWords(polarity, side.verdict) || 'no verdict'}</strong>
      </p>
      <p class="merge-who">
        {side.by || 'unnamed auditor'}, {side.at ? localTime(side.at) : 'no date'}
      </p>
      {side.note && <p class="merge-note">{side.note}</p>}
      {side.evidence.length > 0 && (
        <ul class="merge-evidence">
          {side.evidence.slice(0, 3).map((url) => (
            <li key={url}>{url}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

/**
 * Another auditor's export merged with this auditor's work (issue 9): the conflicts side by
 * side to choose from, and how far the two agree (per cent and Cohen's kappa).
 */
export function AuditorMerge({ store }: { store: MergeStore }) {
  const { plan, choices, theirName, fileName, error, notice, busy, load, choose, apply, cancel } =
    useStore(store);
  return (
    <section class="group merge" aria-labelledby="merge-title">
      <h2 id="merge-title">Merge another auditor’s work</h2>
      <p class="hint">
        Import another auditor’s JSON export of the same sites: where you both judged an item
        differently, choose; their verdicts on items you have not judged are added.
      </p>
      <label class="file-button">
        {busy ? 'Reading…' : 'Import another auditor’s export…'}
        <input
          type="file"
          class="merge-file"
          accept="application/json,.json"
          disabled={busy}
          onChange={async (event) => {
            const input = event.currentTarget;
            const file = input.files?.[0];
            if (file) await load(file.name, await file.text());
            input.value = '';
          }}
        />
      </label>
      <Messages error={error} notice={notice} />
      {plan && (
        <div class="merge-plan">
          <h3>
            {fileName}: {theirName}
          </h3>
          <p class="agreement">
            Agreement with {theirName}: <strong>{agreementInWords(plan.overall)}</strong>.
          </p>
          {plan.perItem.length > 0 && (
            <table class="agreement-per-item">
              <thead>
                <tr>
                  <th scope="col">Item</th>
                  <th scope="col">Agreement</th>
                </tr>
              </thead>
              <tbody>
                {plan.perItem.map((row) => (
                  <tr key={row.indicator} data-item={row.indicator}>
                    <td>{row.title}</td>
                    <td>{agreementInWords(row.agreement)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <p>
            {plan.conflicts.length} {plan.conflicts.length === 1 ? 'conflict' : 'conflicts'};{' '}
            {plan.onlyTheirs.length} {plan.onlyTheirs.length === 1 ? 'verdict' : 'verdicts'} only{' '}
            {theirName} gave will be added
            {plan.sitesNotHere.length > 0 &&
              `; ${plan.sitesNotHere.length === 1 ? 'a site' : `${plan.sitesNotHere.length} sites`} you have not audited will be brought in whole: ${plan.sitesNotHere.join(', ')}`}
            .
          </p>
          <ul class="merge-conflicts">
            {plan.conflicts.map((conflict) => (
              <li key={conflict.key} class="merge-conflict" data-item={conflict.indicator}>
                <h4>
                  {conflict.site}: {conflict.title}
                </h4>
                <div class="merge-sides">
                  <label>
                    <input
                      type="radio"
                      name={conflict.key}
                      class="choose-mine"
                      checked={choices.get(conflict.key) !== 'theirs'}
                      onChange={() => choose(conflict.key, 'mine')}
                    />{' '}
                    Yours
                    <Side side={conflict.mine} polarity={conflict.polarity} />
                  </label>
                  <label>
                    <input
                      type="radio"
                      name={conflict.key}
                      class="choose-theirs"
                      checked={choices.get(conflict.key) === 'theirs'}
                      onChange={() => choose(conflict.key, 'theirs')}
                    />{' '}
                    {theirName}’s
                    <Side side={conflict.theirs} polarity={conflict.polarity} />
                  </label>
                </div>
              </li>
            ))}
          </ul>
          <div class="toolbar">
            <button
              type="button"
              class="primary apply-merge"
              disabled={busy}
              onClick={() => void apply()}
            >
              Apply the merge
            </button>
            <button type="button" onClick={cancel}>
              Cancel
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
