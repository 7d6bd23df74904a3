/** "Import crawl results" on the dashboard's survey store, against a real (fake) IndexedDB. */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { ChosenFile } from '../../../lib/campaigns/crawl-import.ts';
import { listCampaigns } from '../../../lib/db/campaigns.ts';
import { openAuditDb, saveVerdictChange } from '../../../lib/db/repository.ts';
import { createSurveyStore } from '../../../lib/stores/survey.ts';
import { resultJson, siteResult } from '../support/site-result.ts';

let counter = 0;
async function setUp() {
  const db = await openAuditDb(`survey-crawl-${++counter}`);
  let id = 0;
  const store = createSurveyStore({
    openDb: async () => db,
    now: () => '2026-03-01T09:00:00.000Z',
    openSite: async () => {},
    storageEstimate: async () => ({ usage: 1, persisted: true }),
    newId: () => `campaign-${++id}`,
    flushEdits: async () => {},
  });
  return { db, store };
}

const chosen = (name: string, content: string, folder = ''): ChosenFile => ({
  name,
  size: content.length,
  webkitRelativePath: folder && `${folder}/${name}`,
  text: async () => content,
});

const northfold = siteResult({
  pages: [
    ['/', { foi: 'found', pals: 'not-found' }],
    ['/contact-us/', { pals: 'needs-review' }],
  ],
  failures: [{ url: 'https://www.northfold.example.nhs.uk/gone/', error: 'HTTP 404 Not Found' }],
});
const gone = siteResult({
  name: 'Southmoor ICB (fictional)',
  code: 'S1',
  url: 'https://southmoor.example.nhs.uk/',
  error: 'cannot connect (ECONNREFUSED)',
});

describe('importing crawl results on the dashboard', () => {
  it('imports a crawl folder as a campaign with scanner results, and says what it did', async () => {
    const { store, db } = await setUp();
    await store
      .getState()
      .importCrawlResults([
        chosen('summary.csv', 'name,code,url\n', 'out'),
        chosen('N1.json', resultJson(northfold), 'out/sites'),
        chosen('S1.json', resultJson(gone), 'out/sites'),
        chosen('E1.partial.json', '{"pages":[', 'out/sites'),
      ]);
    const state = store.getState();
    expect(state.error).toBeUndefined();
    expect(state.crawlImport).toMatchObject({
      files: 2,
      sites: 1,
      pages: 2,
      failedPages: 1,
      failedSites: [
        {
          file: 'out/sites/S1.json',
          organisation: 'Southmoor ICB (fictional)',
          error: 'cannot connect (ECONNREFUSED)',
        },
      ],
      cutShort: ['out/sites/E1.partial.json'],
      created: ['icbs'],
    });
    expect(state.campaigns.map((c) => [c.name, c.organisations.map((o) => o.code)])).toEqual([
      ['icbs', ['N1', 'S1']],
    ]);
    expect(state.progress['campaign-1']).toMatchObject({ inProgress: 1, notStarted: 1 });
    expect(state.rows.find((row) => row.site === 'northfold.example.nhs.uk')).toMatchObject({
      organisation: 'Northfold ICB (fictional)',
      pages: 2,
      reviewed: 0,
      status: 'in-progress',
    });
    expect(await db.count('verdicts')).toBe(0);
  });

  it('writes nothing when one file is bad, and names every bad file', async () => {
    const { store, db } = await setUp();
    await store
      .getState()
      .importCampaign(
        'icbs.csv',
        'name,code,url\nNorthfold,N1,https://northfold.example.nhs.uk/\n',
      );
    await saveVerdictChange(
      db,
      'northfold.example.nhs.uk',
      'foi',
      { field: 'verdict', value: 'no', scannerSeen: 'not-scanned', by: 'Ann', how: 'judged' },
      '2026-03-01T08:00:00.000Z',
    );
    const before = {
      campaigns: await listCampaigns(db),
      verdicts: await db.getAll('verdicts'),
      summaries: await db.getAll('summaries'),
    };
    const text = resultJson(northfold);
    await store
      .getState()
      .importCrawlResults([
        chosen('N1.json', text),
        chosen('S1.json', text.slice(0, 500)),
        chosen('icbs.csv', 'name,code,url\nNorthfold,N1,https://northfold.example.nhs.uk/\n'),
      ]);
    const { error, crawlImport } = store.getState();
    expect(crawlImport).toBeUndefined();
    expect(error).toMatch(/^Nothing was imported: 2 of 3 files cannot be read as crawl results\. /);
    expect(error).toContain('S1.json: the JSON is not complete');
    expect(error).toContain('icbs.csv: this is a CSV file');
    expect(await listCampaigns(db)).toEqual(before.campaigns);
    expect(await db.getAll('verdicts')).toEqual(before.verdicts);
    expect(await db.getAll('summaries')).toEqual(before.summaries);
    expect(await db.count('pages')).toBe(0);
  });

  it('matches the results to the campaign listing the organisation, keeping its verdicts', async () => {
    const { store, db } = await setUp();
    await store
      .getState()
      .importCampaign(
        'icbs.csv',
        'name,code,url\nNorthfold,N1,https://northfold.example.nhs.uk/\n',
      );
    await saveVerdictChange(
      db,
      'northfold.example.nhs.uk',
      'pals',
      { field: 'verdict', value: 'yes', scannerSeen: 'not-scanned', by: 'Ann', how: 'judged' },
      '2026-03-01T08:00:00.000Z',
    );
    await store.getState().importCrawlResults([chosen('N1.json', resultJson(northfold))]);
    const state = store.getState();
    expect(state.crawlImport).toMatchObject({ matched: 1, created: [], sites: 1 });
    expect(state.campaigns).toHaveLength(1);
    expect(state.summaries.get('northfold.example.nhs.uk')).toMatchObject({
      verdicts: { pals: 'yes' },
      scanner: { foi: 'found', pals: 'needs-review' },
    });
  });

  it('refuses a selection with no result files, and one too large, reading nothing', async () => {
    const { store } = await setUp();
    await store.getState().importCrawlResults([chosen('summary.csv', 'name\n', 'out')]);
    expect(store.getState().error).toBe(
      'No crawl results were imported: no .json result files were chosen (a crawl writes them to the sites folder of its output).',
    );
    const huge: ChosenFile = {
      name: 'N1.json',
      size: 600 * 1024 * 1024,
      text: async () => {
        throw new Error('read');
      },
    };
    await store.getState().importCrawlResults([{ ...huge, size: 40 * 1024 * 1024 }]);
    expect(store.getState().error).toBe(
      'Nothing was imported: 1 of 1 files cannot be read as crawl results. N1.json: the file is 40 MB; a crawl result is at most 32 MB (about 2,000 pages), so this is not one.',
    );
    await store.getState().importCrawlResults([huge]);
    expect(store.getState().error).toMatch(
      /^No crawl results were imported: the 1 files make 600 MB, more than the 512 MB one import reads/,
    );
  });
});
