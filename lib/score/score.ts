/**
 * The score of a site and how far its review has come: one formula, used by the dashboard's
 * table, its breakdown and the README (issue 11).
 *
 * score = (good indicators the auditor confirmed: verdict Yes, 1 each; Partial, ½ each)
 *       − (problems found: a problem indicator with the verdict Yes, or, not yet reviewed,
 *          found by the scanner)
 *
 * A good indicator counts only once the auditor confirms it: the scanner proposes, the auditor
 * decides. A problem counts as soon as the scanner finds it, unless the auditor says No.
 */

import type { ItemId, Verdict } from '../assessment.ts';
import type { IndicatorMarks } from '../db/schema.ts';
import { INDICATORS, type IndicatorId } from '../indicators/index.ts';

export interface ScoreBreakdown {
  score: number;
  /** Good indicators confirmed (verdict Yes). */
  good: IndicatorId[];
  /** Good indicators judged Partial (½ each). */
  partial: IndicatorId[];
  /** Problems found (verdict Yes, or found by the scanner and not reviewed). */
  problems: IndicatorId[];
}

const GOOD = INDICATORS.filter((indicator) => indicator.polarity === 'good').map((i) => i.id);
const PROBLEMS = INDICATORS.filter((indicator) => indicator.polarity === 'problem').map(
  (i) => i.id,
);
/** The best score a site can have: every good indicator confirmed, no problem. */
export const MAX_SCORE = GOOD.length;

export function scoreOf(marks: IndicatorMarks): ScoreBreakdown {
  const good = GOOD.filter((id) => marks.verdicts[id] === 'yes');
  const partial = GOOD.filter((id) => marks.verdicts[id] === 'partial');
  const problems = PROBLEMS.filter((id) => problemFound(marks.verdicts[id], marks.scanner[id]));
  return { score: good.length + partial.length / 2 - problems.length, good, partial, problems };
}

function problemFound(verdict: Verdict | undefined, scanner: string | undefined): boolean {
  return verdict === undefined ? scanner === 'found' : verdict === 'yes';
}

/** Where a site's review stands: every indicator of the checklist given a verdict is done. */
export type ReviewStatus = 'not-started' | 'in-progress' | 'done';

export interface ReviewProgress {
  status: ReviewStatus;
  reviewed: number;
  total: number;
}

const ALL_INDICATORS: readonly IndicatorId[] = INDICATORS.map((i) => i.id);

/** How many of the checklist's items (the catalogue's by default) have a verdict. */
export function reviewProgress(
  marks: IndicatorMarks | undefined,
  pages: number,
  indicators: readonly ItemId[] = ALL_INDICATORS,
): ReviewProgress {
  const total = indicators.length;
  let reviewed = 0;
  if (marks) for (const id of indicators) if (marks.verdicts[id] !== undefined) reviewed++;
  const status =
    reviewed >= total && total > 0
      ? 'done'
      : reviewed > 0 || pages > 0
        ? 'in-progress'
        : 'not-started';
  return { status, reviewed, total };
}

export const REVIEW_STATUS_LABELS: Record<ReviewStatus, string> = {
  'not-started': 'not started',
  'in-progress': 'in progress',
  done: 'done',
};
