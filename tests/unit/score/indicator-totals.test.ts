import { describe, expect, it } from 'vitest';
import type { IndicatorMarks } from '../../../lib/db/schema.ts';
import { indicatorTotals, totalsInWords } from '../../../lib/score/indicator-totals.ts';

const sites: IndicatorMarks[] = [
  { scanner: { foi: 'found', 'custom-carers-group': 'found' }, verdicts: { foi: 'yes' } },
  {
    scanner: { foi: 'found', 'empty-sections': 'found' },
    verdicts: { foi: 'yes', 'custom-carers-group': 'yes', 'empty-sections': 'yes' },
  },
  { scanner: { foi: 'not-found' }, verdicts: {} },
];

describe('indicator totals', () => {
  it('count per catalogue indicator the sites found and confirmed, and say it in words', () => {
    const totals = indicatorTotals(sites);
    expect(totals).toHaveLength(21);
    expect(totals.find((total) => total.indicator === 'foi')).toMatchObject({
      found: 2,
      confirmed: 2,
    });
    const words = totalsInWords(totals, 3);
    const foi = totals.find((total) => total.indicator === 'foi')!.title;
    expect(words).toContain(`2 of 3 have “${foi}” (confirmed; the scanner found it on 2).`);
    expect(words.some((sentence) => sentence.startsWith('1 of 3 has the problem'))).toBe(true);
  });

  it("count a checklist's items when given, its own indicators among them", () => {
    const totals = indicatorTotals(sites, [
      { id: 'foi', title: 'FOI', polarity: 'good' },
      { id: 'custom-carers-group', title: 'Carers group', polarity: 'good' },
    ]);
    expect(totals).toEqual([
      { indicator: 'foi', title: 'FOI', polarity: 'good', found: 2, confirmed: 2 },
      {
        indicator: 'custom-carers-group',
        title: 'Carers group',
        polarity: 'good',
        found: 1,
        confirmed: 1,
      },
    ]);
  });
});
