import { describe, expect, it } from 'vitest';
import { campaignProgress, nextToOpen } from '../../../lib/campaigns/campaign.ts';
import type { CampaignRecord, IndicatorMarks, SummaryRecord } from '../../../lib/db/schema.ts';
import { INDICATOR_IDS } from '../../../lib/indicators/index.ts';
import { MAX_SCORE, reviewProgress, scoreOf } from '../../../lib/score/score.ts';

const marks = (m: Partial<IndicatorMarks>): IndicatorMarks => ({ scanner: {}, verdicts: {}, ...m });

describe('the score', () => {
  it('counts good indicators confirmed, half for partial, less the problems found', () => {
    const breakdown = scoreOf(
      marks({
        scanner: {
          foi: 'found',
          survey: 'found',
          'empty-sections': 'found',
          'contact-form-only': 'found',
        },
        verdicts: { foi: 'yes', pals: 'partial', newsletter: 'no', 'contact-form-only': 'no' },
      }),
    );
    // survey found but not confirmed: no point; contact-form-only refuted by the auditor.
    expect(breakdown).toEqual({
      score: 1 + 0.5 - 1,
      good: ['foi'],
      partial: ['pals'],
      problems: ['empty-sections'],
    });
  });

  it('counts a problem the auditor confirmed, and a site with nothing is 0', () => {
    expect(scoreOf(marks({ verdicts: { 'empty-sections': 'yes' } })).score).toBe(-1);
    expect(scoreOf(marks({})).score).toBe(0);
    expect(MAX_SCORE).toBe(19);
  });
});

describe('review progress', () => {
  it('is not started, in progress (n of N), then done', () => {
    expect(reviewProgress(undefined, 0)).toEqual({ status: 'not-started', reviewed: 0, total: 21 });
    expect(reviewProgress(marks({}), 2).status).toBe('in-progress');
    expect(reviewProgress(marks({ verdicts: { foi: 'no' } }), 0)).toEqual({
      status: 'in-progress',
      reviewed: 1,
      total: 21,
    });
    const all = Object.fromEntries(INDICATOR_IDS.map((id) => [id, 'na' as const]));
    expect(reviewProgress(marks({ verdicts: all }), 1).status).toBe('done');
  });

  it('opens next the organisation in progress, else the first not started with a website', () => {
    const org = (name: string, site: string | null) => ({
      name,
      code: '',
      url: site ? `https://${site}/` : '',
      site,
      extra: {},
    });
    const campaign: CampaignRecord = {
      id: 'c',
      name: 'C',
      checklistId: null,
      sites: [],
      organisations: [org('Closed', null), org('A', 'a.example.org'), org('B', 'b.example.org')],
      source: '',
      createdAt: '',
      updatedAt: '',
    };
    const summary = (site: string, m: Partial<IndicatorMarks>): SummaryRecord => ({
      site,
      checklistId: 'catalogue',
      pages: 1,
      lastUrl: `https://${site}/`,
      lastChangeAt: '2026-01-01T00:00:00.000Z',
      ...marks(m),
    });
    const none = campaignProgress(campaign, new Map());
    expect(none).toMatchObject({ done: 0, inProgress: 0, notStarted: 2, noWebsite: 1 });
    expect(nextToOpen(none)?.organisation.name).toBe('A');
    const started = campaignProgress(
      campaign,
      new Map([['b.example.org', summary('b.example.org', {})]]),
    );
    expect(nextToOpen(started)?.organisation.name).toBe('B');
    const all = Object.fromEntries(INDICATOR_IDS.map((id) => [id, 'yes' as const]));
    const finished = campaignProgress(
      campaign,
      new Map([
        ['a.example.org', summary('a.example.org', { verdicts: all })],
        ['b.example.org', summary('b.example.org', { verdicts: all })],
      ]),
    );
    expect(finished.done).toBe(2);
    expect(nextToOpen(finished)).toBeUndefined();
  });
});
