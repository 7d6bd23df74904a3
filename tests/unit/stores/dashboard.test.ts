import 'fake-indexeddb/auto';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { openAuditDb, savePageScan, saveVerdictChange } from '../../../lib/db/repository.ts';
import { INDICATOR_IDS } from '../../../lib/indicators/index.ts';
import { createDashboardStore } from '../../../lib/stores/dashboard.ts';
import { pageResult } from '../support/fixtures.ts';

const at = '2026-02-02T09:00:00.000Z';

async function setup() {
  const db = await openAuditDb(`dashboard-${Math.random()}`);
  await savePageScan(
    db,
    pageResult('https://www.alpha.example.nhs.uk/', { phone: 'found', foi: 'needs-review' }),
    at,
  );
  await savePageScan(db, pageResult('https://www.alpha.example.nhs.uk/foi', { foi: 'found' }), at);
  await savePageScan(db, pageResult('https://beta.example.nhs.uk/', { phone: 'not-found' }), at);
  await saveVerdictChange(
    db,
    'alpha.example.nhs.uk',
    'foi',
    {
      field: 'verdict',
      value: 'yes',
      scannerSeen: 'not-scanned',
      by: 'Ann Auditor',
      how: 'judged',
    },
    at,
  );
  return createDashboardStore({
    openDb: async () => db,
    now: () => at,
    requestPersistentStorage: async () => true,
    flushEdits: async () => {},
  });
}

describe('the dashboard store', () => {
  it('lists every site, most recently scanned first', async () => {
    const store = await setup();
    await store.getState().load();
    expect(
      store
        .getState()
        .sites.map((s) => s.site)
        .sort(),
    ).toEqual(['alpha.example.nhs.uk', 'beta.example.nhs.uk']);
    expect(store.getState().persistent).toBe(true);
  });

  it('exports every site in one CSV: a verdict and the scanner’s result per indicator', async () => {
    const store = await setup();
    const file = await store.getState().exportAllSites();
    const csv = Papa.parse<Record<string, string>>(file!.content, {
      header: true,
      skipEmptyLines: true,
    });
    expect(csv.meta.fields?.slice(0, 10)).toEqual([
      'site',
      'checklist',
      'checklist_version',
      'pages_scanned',
      'last_scanned',
      'email_fields',
      'email_fields_refusing_valid_addresses',
      'refused_addresses',
      INDICATOR_IDS[0],
      `${INDICATOR_IDS[0]} (scanner)`,
    ]);
    expect(csv.data.map((row) => row.site)).toEqual([
      'alpha.example.nhs.uk',
      'beta.example.nhs.uk',
    ]);
    expect(csv.data[0]).toMatchObject({
      pages_scanned: '2',
      foi: 'yes',
      'foi (scanner)': 'found',
      'phone (scanner)': 'found',
      'blog (scanner)': 'not-scanned',
    });
    expect(csv.data[1]).toMatchObject({
      pages_scanned: '1',
      foi: '',
      'phone (scanner)': 'not-found',
    });
  });

  it('refuses a damaged backup and keeps the message for the auditor', async () => {
    const store = await setup();
    await store.getState().restore('{"format":"nhs-site-audit/backup"');
    expect(store.getState().error).toMatch(/Nothing was restored/);
    expect(store.getState().report).toBeUndefined();
  });
});
