import type { ScannerResult } from '../lib/assessment.ts';

const LABELS: Record<ScannerResult, string> = {
  found: 'Found',
  'needs-review': 'Needs review',
  'not-found': 'Not found',
  'not-scanned': 'Not scanned',
};

/** The scanner's result; for problem indicators a find is bad news, and the badge says so. */
export function StatusBadge({
  result,
  polarity,
}: {
  result: ScannerResult;
  polarity: 'good' | 'problem';
}) {
  const tone = result === 'found' && polarity === 'problem' ? 'problem' : result;
  return (
    <span class={`badge badge-${tone}`} data-status={result}>
      {LABELS[result]}
    </span>
  );
}
