/**
 * The review queue: the order in which the checklist puts a site's indicators before the
 * auditor, what counts as reviewed, and the filters. Pure rules over assessment items.
 */
import { type AssessmentItem, scannerVerdict, verdictContradictsScanner } from '../assessment.ts';
import type { ScannerResult } from '../indicators/types.ts';

/** What needs the auditor most comes first: a verdict a new scan contradicts, then needs review. */
const SCANNER_ORDER: Record<ScannerResult, number> = {
  'needs-review': 1,
  found: 2,
  'not-found': 3,
  'not-scanned': 4,
};

export const REVIEW_FILTERS = ['all', 'needs-review', 'disagreements', 'not-reviewed'] as const;
export type ReviewFilter = (typeof REVIEW_FILTERS)[number];
export const REVIEW_FILTER_LABELS: Record<ReviewFilter, string> = {
  all: 'All',
  'needs-review': 'Needs review',
  disagreements: 'Disagreements',
  'not-reviewed': 'Not reviewed',
};

/** An item is reviewed once the auditor has given (or confirmed) a verdict. */
export const isReviewed = (item: AssessmentItem): boolean => item.verdict !== null;

/** The auditor's verdict says otherwise than a decisive scanner result (an override). */
export function disagreesWithScanner(item: AssessmentItem): boolean {
  return item.contradiction || verdictContradictsScanner(item.verdict, item.scanner);
}

export function matchesFilter(item: AssessmentItem, filter: ReviewFilter): boolean {
  switch (filter) {
    case 'all':
      return true;
    case 'needs-review':
      return item.scanner === 'needs-review' || item.contradiction;
    case 'disagreements':
      return disagreesWithScanner(item);
    case 'not-reviewed':
      return !isReviewed(item) || item.contradiction;
  }
}

/**
 * The items in review order: contradicted verdicts first, then not yet reviewed before
 * reviewed, then needs review, found, not found, not scanned; the catalogue's order within.
 */
export function reviewQueue(
  items: readonly AssessmentItem[],
  filter: ReviewFilter = 'all',
): AssessmentItem[] {
  const rank = (item: AssessmentItem) =>
    (item.contradiction ? 0 : 10) + (isReviewed(item) ? 5 : 0) + SCANNER_ORDER[item.scanner];
  return items
    .map((item, index) => ({ item, index }))
    .filter(({ item }) => matchesFilter(item, filter))
    .sort((a, b) => rank(a.item) - rank(b.item) || a.index - b.index)
    .map(({ item }) => item);
}

/** Items the scanner decided and the auditor has not reviewed: what "Confirm" accepts. */
export function confirmable(items: readonly AssessmentItem[]): AssessmentItem[] {
  return items.filter((item) => !isReviewed(item) && scannerVerdict(item.scanner) !== null);
}

export interface ReviewProgress {
  reviewed: number;
  total: number;
}

export function reviewProgress(items: readonly AssessmentItem[]): ReviewProgress {
  return { reviewed: items.filter(isReviewed).length, total: items.length };
}
