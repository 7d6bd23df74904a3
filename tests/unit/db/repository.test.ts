import 'fake-indexeddb/auto';
import { deleteDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import {
  type AuditDatabase,
  dbConnector,
  listSites,
  loadSite,
  openAuditDb,
  savePageScan,
  saveVerdictChange,
} from '../../../lib/db/repository.ts';
import { pageResult } from '../support/fixtures.ts';

let counter = 0;
const opened: AuditDatabase[] = [];
async function freshDb(name = `test-${++counter}`) {
  const db = await openAuditDb(name);
  opened.push(db);
  return db;
}
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

describe('page scans', () => {
  it('are stored per site (host without www.) and accumulate across pages', async () => {
    const db = await freshDb();
    await savePageScan(
      db,
      pageResult('https://www.example.org/a', { phone: 'found' }),
      '2026-01-01T10:00:00.000Z',
    );
    await savePageScan(
      db,
      pageResult('https://example.org/b', { phone: 'not-found' }),
      '2026-01-01T10:01:00.000Z',
    );
    await savePageScan(
      db,
      pageResult('https://other.example.com/', { phone: 'found' }),
      '2026-01-01T10:02:00.000Z',
    );
    const state = await loadSite(db, 'example.org');
    expect(state.pages.map((page) => page.url)).toEqual([
      'https://www.example.org/a',
      'https://example.org/b',
    ]);
    expect(state.site).toMatchObject({
      site: 'example.org',
      firstSeenAt: '2026-01-01T10:00:00.000Z',
      lastUrl: 'https://example.org/b',
    });
    expect((await listSites(db)).map((site) => site.site)).toEqual([
      'other.example.com',
      'example.org',
    ]);
  });

  it('replace an earlier scan of the same page', async () => {
    const db = await freshDb();
    await savePageScan(
      db,
      pageResult('https://example.org/a', { phone: 'not-found' }),
      '2026-01-01T10:00:00.000Z',
    );
    await savePageScan(
      db,
      pageResult('https://example.org/a', { phone: 'found' }),
      '2026-01-02T10:00:00.000Z',
    );
    const { pages } = await loadSite(db, 'example.org');
    expect(pages).toHaveLength(1);
    expect(pages[0]?.findings[0]?.status).toBe('found');
  });
});

describe('verdicts', () => {
  it('keep verdict and note of one indicator apart, each saved as it is made', async () => {
    const db = await freshDb();
    await saveVerdictChange(
      db,
      'example.org',
      'phone',
      {
        field: 'verdict',
        value: 'yes',
        scannerSeen: 'not-scanned',
        by: 'Ann Auditor',
        how: 'judged',
      },
      '2026-01-01T10:00:00.000Z',
    );
    await saveVerdictChange(
      db,
      'example.org',
      'phone',
      { field: 'note', value: 'Switchboard' },
      '2026-01-01T10:00:01.000Z',
    );
    await saveVerdictChange(
      db,
      'example.org',
      'foi',
      {
        field: 'verdict',
        value: 'no',
        scannerSeen: 'not-scanned',
        by: 'Ann Auditor',
        how: 'judged',
      },
      '2026-01-01T10:00:02.000Z',
    );
    const { verdicts } = await loadSite(db, 'example.org');
    expect(verdicts.map(({ indicator, verdict, note }) => ({ indicator, verdict, note }))).toEqual([
      { indicator: 'foi', verdict: 'no', note: '' },
      { indicator: 'phone', verdict: 'yes', note: 'Switchboard' },
    ]);
  });

  it('let the later edit win by its timestamp, whatever order the writes arrive in', async () => {
    const db = await freshDb();
    await saveVerdictChange(
      db,
      'example.org',
      'phone',
      { field: 'note', value: 'newer' },
      '2026-01-01T10:00:05.000Z',
    );
    await saveVerdictChange(
      db,
      'example.org',
      'phone',
      { field: 'note', value: 'older' },
      '2026-01-01T10:00:01.000Z',
    );
    const { verdicts } = await loadSite(db, 'example.org');
    expect(verdicts[0]?.note).toBe('newer');
  });

  it('from two connections editing different fields at once are both kept', async () => {
    const name = `test-${++counter}`;
    const [a, b] = [await freshDb(name), await freshDb(name)];
    await Promise.all([
      saveVerdictChange(
        a,
        'example.org',
        'phone',
        {
          field: 'verdict',
          value: 'partial',
          scannerSeen: 'not-scanned',
          by: 'Ann Auditor',
          how: 'judged',
        },
        '2026-01-01T10:00:00.000Z',
      ),
      saveVerdictChange(
        b,
        'example.org',
        'phone',
        { field: 'note', value: 'Only a mobile' },
        '2026-01-01T10:00:00.000Z',
      ),
      saveVerdictChange(
        b,
        'example.org',
        'foi',
        {
          field: 'verdict',
          value: 'yes',
          scannerSeen: 'not-scanned',
          by: 'Ann Auditor',
          how: 'judged',
        },
        '2026-01-01T10:00:00.000Z',
      ),
    ]);
    const { verdicts } = await loadSite(a, 'example.org');
    expect(verdicts.find((v) => v.indicator === 'phone')).toMatchObject({
      verdict: 'partial',
      note: 'Only a mobile',
    });
    expect(verdicts.find((v) => v.indicator === 'foi')?.verdict).toBe('yes');
  });
});

describe('the shared connection', () => {
  it('gives way when the database is deleted or upgraded elsewhere, and opens again on next use', async () => {
    const name = `test-${++counter}`;
    const connect = dbConnector(name);
    const first = await connect();
    expect(await connect()).toBe(first);
    await saveVerdictChange(
      first,
      'example.org',
      'phone',
      {
        field: 'verdict',
        value: 'yes',
        scannerSeen: 'not-scanned',
        by: 'Ann Auditor',
        how: 'judged',
      },
      '2026-01-01T10:00:00.000Z',
    );
    // Deleting waits for open connections: the connector must close its own, not block.
    await deleteDB(name);
    const second = await connect();
    expect(second).not.toBe(first);
    expect((await loadSite(second, 'example.org')).verdicts).toEqual([]);
    second.close();
  });
});
