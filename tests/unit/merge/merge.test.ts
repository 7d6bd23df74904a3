/** Two auditors' work: agreement (per cent, Cohen's kappa), conflicts, and the merge written. */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  loadSite,
  openAuditDb,
  savePageScan,
  saveVerdictChange,
} from '../../../lib/db/repository.ts';
import { buildAssessment } from '../../../lib/export/assessment.ts';
import { assessmentsToJson } from '../../../lib/export/assessment-file.ts';
import { agreementInWords, agreementOf } from '../../../lib/merge/agreement.ts';
import { createMergeStore } from '../../../lib/stores/merge.ts';
import { pageResult } from '../support/fixtures.ts';

describe('agreement between two auditors', () => {
  it('is the share of equal verdicts and Cohen’s kappa', () => {
    // A textbook case: 50 items, yes/no; 20 yes-yes, 5 yes-no, 10 no-yes, 15 no-no.
    const pairs = [
      ...Array(20).fill(['yes', 'yes']),
      ...Array(5).fill(['yes', 'no']),
      ...Array(10).fill(['no', 'yes']),
      ...Array(15).fill(['no', 'no']),
    ];
    const agreement = agreementOf(pairs);
    expect(agreement.percent).toBeCloseTo(0.7);
    // pₑ = 0.5 × 0.6 + 0.5 × 0.4 = 0.5; κ = (0.7 − 0.5) / 0.5 = 0.4
    expect(agreement.kappa).toBeCloseTo(0.4);
    expect(agreementInWords(agreement)).toBe('70% of 50 (κ 0.40)');
  });

  it('has no kappa when both used one verdict only, and nothing without pairs', () => {
    expect(
      agreementOf([
        ['yes', 'yes'],
        ['yes', 'yes'],
      ]),
    ).toMatchObject({ percent: 1, kappa: null });
    expect(agreementInWords(agreementOf([]))).toBe('no items judged by both');
  });
});

let counter = 0;
let clock = Date.UTC(2026, 10, 4, 9);
/** A minute later at each call: every write has its own time. */
const now = () => {
  clock += 60_000;
  return new Date(clock).toISOString();
};

/** One auditor's database with the same two sites scanned, and the verdicts given. */
async function auditor(
  name: string,
  verdicts: [string, 'foi' | 'phone' | 'survey', 'yes' | 'no' | 'partial'][],
) {
  const db = await openAuditDb(`merge-${name}-${++counter}`);
  for (const site of ['north.example.org', 'south.example.org'])
    await savePageScan(
      db,
      pageResult(`https://${site}/`, { foi: 'found', phone: 'found', survey: 'not-found' }),
      now(),
    );
  for (const [site, indicator, value] of verdicts)
    await saveVerdictChange(
      db,
      site,
      indicator,
      { field: 'verdict', value, scannerSeen: 'found', by: name, how: 'judged' },
      now(),
    );
  return db;
}

describe('merging another auditor’s export', () => {
  it('shows conflicts side by side, the agreement, and writes what the auditor chose', async () => {
    const mine = await auditor('Ann', [
      ['north.example.org', 'foi', 'yes'],
      ['north.example.org', 'phone', 'yes'],
      ['south.example.org', 'foi', 'yes'],
    ]);
    const other = await auditor('Bob', [
      ['north.example.org', 'foi', 'yes'],
      ['north.example.org', 'phone', 'no'],
      ['south.example.org', 'foi', 'yes'],
      ['south.example.org', 'survey', 'no'],
    ]);
    await saveVerdictChange(
      other,
      'north.example.org',
      'phone',
      { field: 'note', value: 'Only a switchboard' },
      now(),
    );
    const assessments = await Promise.all(
      ['north.example.org', 'south.example.org'].map(async (site) =>
        buildAssessment(site, await loadSite(other, site)),
      ),
    );
    const file = assessmentsToJson(assessments, [], now(), 'Bob');

    const store = createMergeStore({ openDb: async () => mine, flushEdits: async () => {} });
    await store.getState().load('bob.json', file.content);
    const { plan } = store.getState();
    expect(store.getState().theirName).toBe('Bob');
    expect(plan?.conflicts).toHaveLength(1);
    expect(plan?.conflicts[0]).toMatchObject({
      site: 'north.example.org',
      indicator: 'phone',
      mine: { verdict: 'yes', by: 'Ann' },
      theirs: { verdict: 'no', by: 'Bob', note: 'Only a switchboard' },
    });
    expect(plan?.overall).toMatchObject({ pairs: 3, agreed: 2 });
    expect(plan?.perItem.find((row) => row.indicator === 'foi')?.agreement.percent).toBe(1);
    expect(plan?.onlyTheirs.map(({ site, item }) => `${site} ${item.indicator}`)).toEqual([
      'south.example.org survey',
    ]);

    store.getState().choose(plan!.conflicts[0]!.key, 'theirs');
    await store.getState().apply();
    expect(store.getState().notice).toBe(
      'Merged: 1 of 1 conflict resolved for Bob, 1 verdict only Bob gave added.',
    );
    const north = await loadSite(mine, 'north.example.org');
    expect(north.verdicts.find((v) => v.indicator === 'phone')).toMatchObject({
      verdict: 'no',
      verdictBy: 'Bob',
      note: 'Only a switchboard',
    });
    expect(north.verdicts.find((v) => v.indicator === 'foi')?.verdictBy).toBe('Ann');
    const south = await loadSite(mine, 'south.example.org');
    expect(south.verdicts.find((v) => v.indicator === 'survey')).toMatchObject({
      verdict: 'no',
      verdictBy: 'Bob',
    });
    expect((await mine.get('summaries', 'south.example.org'))?.verdicts.survey).toBe('no');
  });

  it('brings in whole a site only the other auditor assessed: the same assessment here', async () => {
    const mine = await auditor('Ann', [['north.example.org', 'foi', 'yes']]);
    const other = await auditor('Bob', [['south.example.org', 'foi', 'no']]);
    await savePageScan(
      other,
      pageResult('https://east.example.org/', { foi: 'found', phone: 'needs-review' }),
      now(),
    );
    await savePageScan(
      other,
      pageResult('https://east.example.org/contact', { phone: 'found', survey: 'found' }),
      now(),
    );
    for (const [field, value] of [
      ['verdict', 'partial'],
      ['note', 'Only a form'],
    ] as const)
      await saveVerdictChange(
        other,
        'east.example.org',
        'survey',
        field === 'verdict'
          ? { field, value, scannerSeen: 'found', by: 'Bob', how: 'judged' }
          : { field, value },
        now(),
      );
    const east = buildAssessment('east.example.org', await loadSite(other, 'east.example.org'));
    const file = assessmentsToJson(
      [east, buildAssessment('south.example.org', await loadSite(other, 'south.example.org'))],
      [],
      now(),
      'Bob',
    );
    // South is scanned here too (no verdicts on it): only east is not here.
    const store = createMergeStore({ openDb: async () => mine, flushEdits: async () => {} });
    await store.getState().load('bob.json', file.content);
    expect(store.getState().plan?.sitesNotHere).toEqual(['east.example.org']);
    await store.getState().apply();
    expect(store.getState().notice).toBe(
      'Merged: 0 of 0 conflicts resolved for Bob, 1 verdict only Bob gave added, 1 site only Bob assessed brought in (east.example.org).',
    );
    const here = buildAssessment('east.example.org', await loadSite(mine, 'east.example.org'));
    const scannerAndVerdicts = (assessment: typeof east) =>
      assessment.items.map((item) => [
        item.indicator,
        item.scanner,
        item.verdict,
        item.note,
        item.verdictBy,
        item.evidence.map((e) => e.url),
      ]);
    expect(scannerAndVerdicts(here)).toEqual(scannerAndVerdicts(east));
    expect(here.pages).toEqual(east.pages);
    expect((await mine.get('summaries', 'east.example.org'))?.verdicts.survey).toBe('partial');
  });

  it('refuses a bad file and writes nothing', async () => {
    const mine = await auditor('Ann', [['north.example.org', 'foi', 'yes']]);
    const store = createMergeStore({ openDb: async () => mine, flushEdits: async () => {} });
    await store.getState().load('bob.csv', 'site,indicator\r\nnorth.example.org,foi\r\n');
    expect(store.getState().error).toMatch(/^bob\.csv was not merged: This is a CSV/);
    expect(store.getState().plan).toBeUndefined();
  });
});
