/** Each site's summary follows every write of its pages and verdicts, a restore and a delete. */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { readBackupStores, restoreBackupStores } from '../../../lib/db/backup.ts';
import { deleteSite, keepSnapshot, listSnapshots } from '../../../lib/db/campaigns.ts';
import { openAuditDb, savePageScan, saveVerdictChange } from '../../../lib/db/repository.ts';
import { pageResult } from '../support/fixtures.ts';

let counter = 0;
const at = (minute: number) => `2026-02-01T10:${String(minute).padStart(2, '0')}:00.000Z`;

describe('a site summary', () => {
  it('follows scans and verdicts, survives a restore elsewhere, and goes with the site', async () => {
    const db = await openAuditDb(`summary-${++counter}`);
    await savePageScan(db, pageResult('https://www.example.org/', { foi: 'found' }), at(1));
    await savePageScan(db, pageResult('https://example.org/b', { survey: 'needs-review' }), at(2));
    expect(await db.get('summaries', 'example.org')).toMatchObject({
      pages: 2,
      lastChangeAt: at(2),
      scanner: { foi: 'found', survey: 'needs-review' },
      verdicts: {},
    });
    const change = {
      field: 'verdict',
      value: 'yes',
      scannerSeen: 'found',
      by: '',
      how: 'judged',
    } as const;
    await saveVerdictChange(db, 'example.org', 'foi', change, at(3));
    await saveVerdictChange(db, 'example.org', 'survey', { field: 'note', value: 'a poll' }, at(4));
    const summary = await db.get('summaries', 'example.org');
    expect(summary).toMatchObject({ verdicts: { foi: 'yes' }, lastChangeAt: at(4) });

    await keepSnapshot(db, summary!, at(5), 'A. Auditor');
    const other = await openAuditDb(`summary-${++counter}`);
    await restoreBackupStores(other, await readBackupStores(db));
    expect(await other.get('summaries', 'example.org')).toEqual(summary);
    expect(await listSnapshots(other, 'example.org')).toHaveLength(1);

    await deleteSite(db, 'example.org');
    for (const store of ['sites', 'pages', 'verdicts', 'summaries', 'snapshots'] as const)
      expect(await db.count(store), store).toBe(0);
    db.close();
    other.close();
  });
});
