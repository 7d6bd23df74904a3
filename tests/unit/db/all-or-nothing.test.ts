import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { allOrNothing } from '../../../lib/db/all-or-nothing.ts';
import { openAuditDb } from '../../../lib/db/repository.ts';

let counter = 0;
const record = (site: string) => ({
  site,
  firstSeenAt: '2026-01-01T00:00:00.000Z',
  lastScannedAt: '',
  lastUrl: '',
  checklistId: 'catalogue',
});

describe('allOrNothing', () => {
  it('keeps nothing of a write that throws halfway, and says why', async () => {
    const db = await openAuditDb(`all-or-nothing-${++counter}`);
    const tx = db.transaction('sites', 'readwrite');
    await expect(
      allOrNothing(tx, async () => {
        await tx.store.put(record('a.example.org'));
        throw new Error('the second record is refused');
      }),
    ).rejects.toThrow('the second record is refused');
    expect(await db.count('sites')).toBe(0);
  });

  it('commits a write that ends, and gives back its result', async () => {
    const db = await openAuditDb(`all-or-nothing-${++counter}`);
    const tx = db.transaction('sites', 'readwrite');
    const written = await allOrNothing(tx, async () => {
      await tx.store.put(record('a.example.org'));
      return 1;
    });
    expect(written).toBe(1);
    expect(await db.count('sites')).toBe(1);
  });
});
