import { describe, expect, it } from 'vitest';
import { changedSites, coalescedReader, type StoredChange } from '../../../lib/db/changes.ts';

describe('coalescedReader', () => {
  it('runs one read at a time and reads what came meanwhile together, once, after it', async () => {
    const reads: StoredChange[][] = [];
    let release: () => void = () => {};
    const read = coalescedReader(async (changes) => {
      reads.push([...changes]);
      await new Promise<void>((done) => {
        release = done;
      });
    });
    const first = read({ kind: 'site', site: 'a.example.org' });
    void read({ kind: 'site', site: 'b.example.org' });
    void read({ kind: 'crawl', site: 'c.example.org' });
    void read();
    expect(reads).toHaveLength(1);
    release();
    await new Promise((done) => setTimeout(done));
    expect(reads).toEqual([
      [{ kind: 'site', site: 'a.example.org' }],
      [
        { kind: 'site', site: 'b.example.org' },
        { kind: 'crawl', site: 'c.example.org' },
      ],
    ]);
    release();
    await first;
    expect(reads).toHaveLength(2);
    // Idle again: the next change starts a read at once.
    void read({ kind: 'all' });
    expect(reads).toHaveLength(3);
    release();
  });

  it('keeps reading after a read fails', async () => {
    let calls = 0;
    const read = coalescedReader(async () => {
      calls++;
      if (calls === 1) throw new Error('the database is closing');
    });
    await expect(read()).rejects.toThrow('the database is closing');
    await read();
    expect(calls).toBe(2);
  });
});

describe('changedSites', () => {
  it('gathers the sites of a burst, or says all when one change concerns everything', () => {
    expect(
      changedSites([
        { kind: 'site', site: 'a.example.org' },
        { kind: 'crawl', site: 'a.example.org' },
        { kind: 'site', site: 'b.example.org' },
      ]),
    ).toEqual(new Set(['a.example.org', 'b.example.org']));
    expect(changedSites([{ kind: 'site', site: 'a.example.org' }, { kind: 'all' }])).toBe('all');
  });
});
