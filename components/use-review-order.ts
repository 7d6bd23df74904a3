import { useEffect, useState } from 'preact/hooks';
import type { Assessment, AssessmentItem, ItemId } from '../lib/assessment.ts';
import { type ReviewFilter, reviewQueue } from '../lib/review/queue.ts';

/**
 * The review queue as shown: its order and members are taken when the filter or the scans
 * change, not when the auditor gives a verdict, so that an item does not jump away from under
 * the auditor's cursor. A new scan, another filter or another checklist (or version of it)
 * orders the queue again.
 */
export function useReviewOrder(
  assessment: Assessment | undefined,
  filter: ReviewFilter,
): AssessmentItem[] {
  const key = assessment
    ? `${assessment.site}|${assessment.checklistId}@${assessment.checklistVersion}|${filter}|${assessment.pages.map((page) => page.scannedAt).join(',')}`
    : '';
  const [held, setHeld] = useState<{ key: string; ids: ItemId[] }>({ key: '', ids: [] });
  const ids =
    held.key === key || !assessment
      ? held.ids
      : reviewQueue(assessment.items, filter).map((item) => item.indicator);
  useEffect(() => {
    if (held.key !== key) setHeld({ key, ids });
  }, [key]);
  if (!assessment) return [];
  const byId = new Map(assessment.items.map((item) => [item.indicator, item]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
