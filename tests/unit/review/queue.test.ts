import { describe, expect, it } from 'vitest';
import { type AssessmentItem, scannerVerdict } from '../../../lib/assessment.ts';
import type { IndicatorId } from '../../../lib/indicators/index.ts';
import {
  confirmable,
  disagreesWithScanner,
  matchesFilter,
  reviewProgress,
  reviewQueue,
} from '../../../lib/review/queue.ts';

const item = (
  indicator: IndicatorId,
  scanner: AssessmentItem['scanner'],
  verdict: AssessmentItem['verdict'] = null,
  contradiction = false,
): AssessmentItem =>
  ({
    indicator,
    group: 'board' as const,
    title: indicator,
    counts: '',
    doesNotCount: '',
    polarity: 'good' as const,
    custom: false,
    scanner,
    verdict,
    verdictBy: '',
    verdictAt: '',
    verdictHow: 'judged' as const,
    note: '',
    evidence: [],
    addedEvidence: [],
    contradiction,
    changedSinceVerdict: false,
  }) satisfies AssessmentItem;

describe('the review queue', () => {
  const items = [
    item('phone', 'not-found'),
    item('foi', 'found'),
    item('pals', 'needs-review'),
    item('blog', 'not-scanned'),
    item('survey', 'needs-review', 'yes'),
    item('video', 'found', 'no', true),
  ];

  it('leads with contradicted verdicts, then what is not reviewed: needs review, found, not found', () => {
    expect(reviewQueue(items).map((i) => i.indicator)).toEqual([
      'video',
      'pals',
      'foi',
      'phone',
      'blog',
      'survey',
    ]);
  });

  it('filters: needs review, disagreements with the scanner, not reviewed', () => {
    const ids = (filter: Parameters<typeof reviewQueue>[1]) =>
      reviewQueue(items, filter).map((i) => i.indicator);
    expect(ids('needs-review')).toEqual(['video', 'pals', 'survey']);
    expect(ids('disagreements')).toEqual(['video']);
    expect(ids('not-reviewed')).toEqual(['video', 'pals', 'foi', 'phone', 'blog']);
  });

  it('counts an override as a disagreement, and a partial verdict as none', () => {
    expect(disagreesWithScanner(item('blog', 'found', 'no'))).toBe(true);
    expect(disagreesWithScanner(item('blog', 'not-found', 'yes'))).toBe(true);
    expect(disagreesWithScanner(item('blog', 'found', 'yes'))).toBe(false);
    expect(disagreesWithScanner(item('blog', 'found', 'partial'))).toBe(false);
    expect(disagreesWithScanner(item('blog', 'needs-review', 'no'))).toBe(false);
    expect(matchesFilter(item('blog', 'found', 'na'), 'disagreements')).toBe(false);
  });

  it('confirms only what the scanner decided and the auditor has not reviewed', () => {
    expect(confirmable(items).map((i) => i.indicator)).toEqual(['phone', 'foi']);
    expect(scannerVerdict('found')).toBe('yes');
    expect(scannerVerdict('not-found')).toBe('no');
    expect(scannerVerdict('needs-review')).toBeNull();
  });

  it('says how many are reviewed', () => {
    expect(reviewProgress(items)).toEqual({ reviewed: 2, total: 6 });
  });
});
