/** The survey store against a real (fake) IndexedDB: campaigns, rows, sort, filter, delete. */
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { type Checklist, createChecklist } from '../../../lib/checklists/checklist.ts';
import { saveChecklist } from '../../../lib/db/checklists.ts';
import { openAuditDb, savePageScan, saveVerdictChange } from '../../../lib/db/repository.ts';
import { buildRows, createSurveyStore, visibleRows } from '../../../lib/stores/survey.ts';
import { pageResult } from '../support/fixtures.ts';

let counter = 0;

async function setUp() {
  const db = await openAuditDb(`survey-${++counter}`);
  const openSite = vi.fn(async () => {});
  let id = 0;
  const store = createSurveyStore({
    openDb: async () => db,
    now: () => '2026-03-01T12:00:00.000Z',
    openSite,
    storageEstimate: async () => ({ usage: 12_345, persisted: false }),
    newId: () => `campaign-${++id}`,
    flushEdits: async () => {},
  });
  return { db, store, openSite };
}

const CSV = [
  'name,code,url',
  'Northfold ICB (fictional),N1,https://www.northfold.example.nhs.uk/',
  'Eastmoor Trust (fictional),E1,https://eastmoor.example.nhs.uk/',
  'Westvale CCG (fictional),W1,',
].join('\n');

describe('the survey store', () => {
  it('imports a campaign: its organisations are rows, not started, with their names', async () => {
    const { store } = await setUp();
    await store.getState().importCampaign('north.csv', CSV);
    const state = store.getState();
    expect(state.error).toBeUndefined();
    expect(state.notice).toBe('Imported north: 3 organisations.');
    expect(state.rows.map((r) => [r.site, r.organisation, r.status, r.campaigns])).toEqual([
      ['northfold.example.nhs.uk', 'Northfold ICB (fictional)', 'not-started', ['north']],
      ['eastmoor.example.nhs.uk', 'Eastmoor Trust (fictional)', 'not-started', ['north']],
    ]);
    expect(state.progress['campaign-1']).toMatchObject({ notStarted: 2, noWebsite: 1 });
    expect(state.storage).toEqual({ usage: 12_345, persisted: false, lastBackupAt: '' });
  });

  it('reads again only the sites a change names', async () => {
    const { store, db } = await setUp();
    await store.getState().importCampaign('north.csv', CSV);
    await savePageScan(
      db,
      pageResult('https://northfold.example.nhs.uk/', { foi: 'found' }),
      '2026-02-02T10:00:00.000Z',
    );
    await store.getState().refreshSites(['northfold.example.nhs.uk']);
    const state = store.getState();
    expect(state.rows.find((r) => r.site === 'northfold.example.nhs.uk')).toMatchObject({
      status: 'in-progress',
      pages: 1,
    });
    expect(state.progress['campaign-1']).toMatchObject({ inProgress: 1, notStarted: 1 });
  });

  it("reports a campaign's sites only, in the survey's words, naming the organisations not yet assessed", async () => {
    const { store, db } = await setUp();
    await store.getState().importCampaign('north.csv', CSV);
    await savePageScan(
      db,
      pageResult('https://eastmoor.example.nhs.uk/', { foi: 'found' }),
      '2026-02-01T10:00:00.000Z',
    );
    // A site outside the campaign stays out of its report.
    await savePageScan(
      db,
      pageResult('https://elsewhere.example.org/', { foi: 'found' }),
      '2026-02-01T10:00:00.000Z',
    );
    await store.getState().load();
    const file = await store.getState().exportCampaignReport('campaign-1', 'markdown');
    expect(file?.filename).toBe('survey-report-north-2026-03-01.md');
    expect(file?.content).toContain('# north: survey of 1 site');
    expect(file?.content).toContain('eastmoor.example.nhs.uk');
    expect(file?.content).not.toContain('elsewhere.example.org');
    const html = await store.getState().exportCampaignReport('campaign-1', 'html');
    expect(html?.content).toMatch(/^<!doctype html>/i);
    expect(html?.content).toContain(
      'The campaign lists 3 organisations; 2 have no assessment yet and are not counted: Northfold ICB (fictional), Westvale CCG (fictional).',
    );
  });

  it('says so when none of the campaign is assessed yet, and makes no report', async () => {
    const { store } = await setUp();
    await store.getState().importCampaign('north.csv', CSV);
    expect(await store.getState().exportCampaignReport('campaign-1', 'html')).toBeUndefined();
    expect(store.getState().error).toBe(
      'No site of north is scanned or reviewed yet: nothing to report.',
    );
  });

  it("assesses a campaign's sites with the checklist chosen for it, in one write", async () => {
    const { store, db } = await setUp();
    await store.getState().importCampaign('north.csv', CSV);
    const short = {
      ...createChecklist('Short list', '2026-01-05T00:00:00.000Z', 'short'),
      items: ['foi', 'pals'],
    };
    await saveChecklist(db, short as Checklist);
    await store.getState().load();
    await store.getState().chooseCampaignChecklist('campaign-1', 'short');
    expect(store.getState().notice).toBe(
      'The 2 sites of the campaign are assessed with Short list.',
    );
    expect((await db.get('campaigns', 'campaign-1'))?.checklistId).toBe('short');
    expect((await db.getAll('sites')).map((site) => [site.site, site.checklistId])).toEqual([
      ['eastmoor.example.nhs.uk', 'short'],
      ['northfold.example.nhs.uk', 'short'],
    ]);
    // The table counts the items of the chosen checklist.
    expect(store.getState().rows.find((row) => row.site === 'eastmoor.example.nhs.uk')?.total).toBe(
      2,
    );
    // The table can show one checklist's sites.
    await saveChecklist(db, { ...(short as Checklist), id: 'other', name: 'Other list' });
    await store.getState().chooseChecklist('northfold.example.nhs.uk', 'other');
    store.getState().setFilter({ checklist: 'other' });
    const { rows, filter, sort } = store.getState();
    expect(visibleRows(rows, filter, sort).map((row) => row.site)).toEqual([
      'northfold.example.nhs.uk',
    ]);
    // A checklist deleted meanwhile is refused, and nothing changes.
    await store.getState().chooseCampaignChecklist('campaign-1', 'gone');
    expect(store.getState().error).toBe(
      'The checklist was not chosen: That checklist no longer exists.',
    );
    expect(store.getState().notice).toBeUndefined();
    expect((await db.get('campaigns', 'campaign-1'))?.checklistId).toBe('short');
  });

  it('refuses a bad file whole and says where', async () => {
    const { store, db } = await setUp();
    await store.getState().importCampaign('bad.csv', 'name,url\nA,https://a.example.org\nB\n');
    expect(store.getState().error).toMatch(
      /^The campaign bad\.csv was not imported: Line 3 has 1 value where the header has 2 columns/,
    );
    expect(await db.count('campaigns')).toBe(0);
  });

  it('shows progress, sorts and filters, opens the next one, and deletes a site', async () => {
    const { store, db, openSite } = await setUp();
    await store.getState().importCampaign('north.csv', CSV);
    await savePageScan(
      db,
      pageResult('https://eastmoor.example.nhs.uk/board', {
        foi: 'found',
        'empty-sections': 'found',
      }),
      '2026-02-01T10:00:00.000Z',
    );
    await saveVerdictChange(
      db,
      'eastmoor.example.nhs.uk',
      'foi',
      { field: 'verdict', value: 'yes', scannerSeen: 'found', by: '', how: 'judged' },
      '2026-02-01T10:05:00.000Z',
    );
    await store.getState().load();
    const eastmoor = store.getState().rows.find((r) => r.site === 'eastmoor.example.nhs.uk')!;
    expect(eastmoor).toMatchObject({
      status: 'in-progress',
      reviewed: 1,
      total: 21,
      pages: 1,
      score: 0, // FOI confirmed, less the empty sections found
      problems: 1,
      url: 'https://eastmoor.example.nhs.uk/board',
      lastChangeAt: '2026-02-01T10:05:00.000Z',
    });
    // The one in progress opens next, beside its checklist.
    await store.getState().openNext('campaign-1');
    expect(openSite).toHaveBeenLastCalledWith(
      'https://eastmoor.example.nhs.uk/board',
      'side-panel',
    );

    store.getState().setSort('site');
    let { rows, filter, sort } = store.getState();
    expect(visibleRows(rows, filter, sort).map((r) => r.site)).toEqual([
      'eastmoor.example.nhs.uk',
      'northfold.example.nhs.uk',
    ]);
    store.getState().setSort('site');
    store.getState().setFilter({ status: 'not-started' });
    ({ rows, filter, sort } = store.getState());
    expect(sort).toEqual({ key: 'site', descending: true });
    expect(visibleRows(rows, filter, sort).map((r) => r.site)).toEqual([
      'northfold.example.nhs.uk',
    ]);

    await store.getState().removeSite('eastmoor.example.nhs.uk');
    const after = store.getState().rows.find((r) => r.site === 'eastmoor.example.nhs.uk')!;
    // The campaign keeps the organisation: not started again.
    expect(after).toMatchObject({ status: 'not-started', pages: 0, lastChangeAt: '' });
    expect(await db.count('pages')).toBe(0);
  });
});

describe('a site assessed with a shorter checklist', () => {
  it('is done when every item of its checklist has a verdict', () => {
    const summary = {
      site: 'short.example.org',
      pages: 1,
      lastUrl: 'https://short.example.org/',
      lastChangeAt: '2026-11-05T10:00:00.000Z',
      checklistId: 'short',
      scanner: {},
      verdicts: { foi: 'yes', 'custom-citizens-panel': 'no' },
    } as const;
    const summaries = new Map([
      [summary.site, { ...summary, scanner: {}, verdicts: { ...summary.verdicts } }],
    ]);
    const itemsOf = (id: string) =>
      id === 'short' ? (['foi', 'custom-citizens-panel'] as const) : undefined;
    const [row] = buildRows(summaries, [], itemsOf);
    expect(row).toMatchObject({ checklistId: 'short', status: 'done', reviewed: 2, total: 2 });
    // The catalogue's 21 without the lookup.
    expect(buildRows(summaries, [])[0]).toMatchObject({
      status: 'in-progress',
      reviewed: 1,
      total: 21,
    });
  });
});
