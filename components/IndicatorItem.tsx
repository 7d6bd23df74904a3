import type { AssessmentItem, ItemId } from '../lib/assessment.ts';
import { VERDICT_LABELS, VERDICTS, type Verdict } from '../lib/assessment.ts';
import { EvidenceList } from './EvidenceList.tsx';
import { StatusBadge } from './StatusBadge.tsx';

interface Props {
  item: AssessmentItem;
  /** The catalogue group's title, shown as a label now that items are in review order. */
  group: string;
  counts: string;
  doesNotCount: string;
  unsaved: boolean;
  /** This view's edit was replaced by a later one made elsewhere: the message to show. */
  overridden: string | undefined;
  onKeepVerdict: (indicator: ItemId) => void;
  onDismissOverridden: (indicator: ItemId) => void;
  onVerdict: (indicator: ItemId, verdict: Verdict | null) => void;
  onNote: (indicator: ItemId, note: string) => void;
  pageUrl: string | undefined;
  onShowEvidence: (selector: string, url?: string) => void;
}

export function IndicatorItem({
  item,
  group,
  counts,
  doesNotCount,
  unsaved,
  overridden,
  onKeepVerdict,
  onDismissOverridden,
  onVerdict,
  onNote,
  pageUrl,
  onShowEvidence,
}: Props) {
  const name = `verdict-${item.indicator}`;
  return (
    <li
      class={`indicator${unsaved ? ' unsaved' : ''}${item.contradiction ? ' contradicted' : ''}`}
      data-indicator={item.indicator}
      tabIndex={-1}
    >
      <div class="indicator-head">
        <span class="indicator-title">
          {item.title} <span class="indicator-group">{group}</span>
        </span>
        <StatusBadge result={item.scanner} polarity={item.polarity} />
      </div>
      <details class="criteria">
        <summary>What counts</summary>
        <p>
          <strong>Counts:</strong> {counts}
        </p>
        <p>
          <strong>Does not count:</strong> {doesNotCount}
        </p>
      </details>
      {item.changedSinceVerdict && (
        <p class="notice changed-since" role="status">
          The checklist changed this item after your verdict: look again.
        </p>
      )}
      {item.contradiction && (
        <p class="notice contradiction" role="status">
          A new scan says “{item.scanner === 'found' ? 'found' : 'not found'}”, against your
          verdict. Look again, then change the verdict or{' '}
          <button type="button" class="link-button" onClick={() => onKeepVerdict(item.indicator)}>
            keep my verdict
          </button>
        </p>
      )}
      {overridden && (
        <p class="notice overridden" role="status">
          {overridden}{' '}
          <button
            type="button"
            class="link-button"
            onClick={() => onDismissOverridden(item.indicator)}
          >
            OK
          </button>
        </p>
      )}
      {item.addedEvidence.length > 0 && (
        <ul class="added-evidence" aria-label="Evidence you added">
          {item.addedEvidence.map((added) => (
            <li key={`${added.url}|${added.snippet}`}>
              <q>{added.snippet}</q>{' '}
              <a href={added.url} target="_blank" rel="noreferrer noopener">
                {added.url}
              </a>{' '}
              <span class="added-by">
                added{added.addedBy ? ` by ${added.addedBy}` : ''} {added.addedAt.slice(0, 10)}
              </span>
            </li>
          ))}
        </ul>
      )}
      <EvidenceList evidence={item.evidence} pageUrl={pageUrl} onShow={onShowEvidence} />
      <fieldset class="verdict">
        <legend class="visually-hidden">Your verdict on {item.title}</legend>
        {VERDICTS.map((verdict) => (
          <label key={verdict} class={item.verdict === verdict ? 'chosen' : ''}>
            <input
              type="radio"
              name={name}
              value={verdict}
              checked={item.verdict === verdict}
              onChange={() => onVerdict(item.indicator, verdict)}
            />
            {VERDICT_LABELS[verdict]}
          </label>
        ))}
        {item.verdict && (
          <button type="button" class="link-button" onClick={() => onVerdict(item.indicator, null)}>
            Clear
          </button>
        )}
      </fieldset>
      <textarea
        class="note"
        aria-label={`Note on ${item.title}`}
        placeholder="Note"
        rows={item.note ? 2 : 1}
        value={item.note}
        onInput={(event) => onNote(item.indicator, event.currentTarget.value)}
      />
    </li>
  );
}
