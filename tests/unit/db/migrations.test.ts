/**
 * Schema upgrades keep every record. The fixture is a database of the first released schema
 * (version 1) with realistic data; it is written with that version's schema, frozen below,
 * then opened by the current code. Every later schema change adds its own fixture and test.
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { loadSite, openAuditDb } from '../../../lib/db/repository.ts';
import { DB_VERSION, STORE_NAMES, WORK_STORE_NAMES } from '../../../lib/db/schema.ts';

const ALL_STORES = [...STORE_NAMES, ...WORK_STORE_NAMES].sort();
/** What version 3 adds to a verdict given before it: not known. */
const UNKNOWN_SINCE_V3 = {
  scannerSeen: null,
  verdictBy: '',
  verdictHow: 'judged',
  addedEvidence: [],
};

interface Fixture {
  version: number;
  stores: Record<'sites' | 'pages' | 'verdicts', Record<string, unknown>[]>;
}
const v1 = JSON.parse(readFileSync('tests/fixtures/db/v1.json', 'utf8')) as Fixture;

/** Version 1 exactly as released: never edit this, add a new frozen version instead. */
async function writeVersion1(name: string, fixture: Fixture) {
  const db = await openDB(name, 1, {
    upgrade(database) {
      database
        .createObjectStore('sites', { keyPath: 'site' })
        .createIndex('by-last-scanned', 'lastScannedAt');
      database
        .createObjectStore('pages', { keyPath: ['site', 'url'] })
        .createIndex('by-site', 'site');
      database
        .createObjectStore('verdicts', { keyPath: ['site', 'indicator'] })
        .createIndex('by-site', 'site');
    },
  });
  const tx = db.transaction(['sites', 'pages', 'verdicts'], 'readwrite');
  for (const store of ['sites', 'pages', 'verdicts'] as const) {
    for (const record of fixture.stores[store]) await tx.objectStore(store).put(record);
  }
  await tx.done;
  db.close();
}

describe('upgrading a version-1 database', () => {
  it('keeps every site, page scan, verdict and note', async () => {
    await writeVersion1('migrate-v1', v1);
    const db = await openAuditDb('migrate-v1');
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(ALL_STORES);

    expect(await db.getAll('sites')).toEqual(
      [...v1.stores.sites].sort((a, b) => String(a.site).localeCompare(String(b.site))),
    );
    const verdicts = await db.getAll('verdicts');
    expect(verdicts).toHaveLength(v1.stores.verdicts.length);
    // Version 3: what the scanner said when each verdict was given is not known.
    expect(verdicts).toEqual(
      expect.arrayContaining(v1.stores.verdicts.map((v) => ({ ...v, ...UNKNOWN_SINCE_V3 }))),
    );
    const pages = await db.getAll('pages');
    expect(pages).toHaveLength(v1.stores.pages.length);
    for (const original of v1.stores.pages) {
      const upgraded = pages.find((page) => page.url === original.url);
      // Scans of the first slice gain an empty contact-form check; nothing else changes.
      expect(upgraded).toEqual({ emailFields: [], ...original });
    }
    db.close();
  });

  it('still reads each site’s checklist as before', async () => {
    await writeVersion1('migrate-v1-read', v1);
    const db = await openAuditDb('migrate-v1-read');
    const state = await loadSite(db, 'northfoldccg.example.org');
    expect(state.pages).toHaveLength(3);
    expect(state.verdicts).toHaveLength(
      v1.stores.verdicts.filter((v) => v.site === 'northfoldccg.example.org').length,
    );
    expect(state.verdicts.some((v) => v.note.includes('hospital switchboard,\nthe other'))).toBe(
      true,
    );
    db.close();
  });

  it('opens a new database at the current version with every store', async () => {
    const db = await openAuditDb('fresh');
    expect([...db.objectStoreNames].sort()).toEqual(ALL_STORES);
    db.close();
  });
});

type Version2Store = 'sites' | 'pages' | 'verdicts' | 'settings' | 'checklists' | 'campaigns';
const v2 = JSON.parse(readFileSync('tests/fixtures/db/v2.json', 'utf8')) as {
  stores: Record<Version2Store, Record<string, unknown>[]>;
};

/** Version 2 exactly as released: never edit this. */
async function writeVersion2(name: string) {
  const db = await openDB(name, 2, {
    upgrade(database) {
      database
        .createObjectStore('sites', { keyPath: 'site' })
        .createIndex('by-last-scanned', 'lastScannedAt');
      database
        .createObjectStore('pages', { keyPath: ['site', 'url'] })
        .createIndex('by-site', 'site');
      database
        .createObjectStore('verdicts', { keyPath: ['site', 'indicator'] })
        .createIndex('by-site', 'site');
      database.createObjectStore('settings', { keyPath: 'key' });
      database.createObjectStore('checklists', { keyPath: 'id' });
      database.createObjectStore('campaigns', { keyPath: 'id' });
    },
  });
  const names = Object.keys(v2.stores) as Version2Store[];
  const tx = db.transaction(names, 'readwrite');
  for (const store of names) {
    for (const record of v2.stores[store]) await tx.objectStore(store).put(record);
  }
  await tx.done;
  db.close();
}

describe('upgrading a version-2 database', () => {
  it('keeps every record, gives verdicts an unknown scanner result, and adds site scans', async () => {
    await writeVersion2('migrate-v2');
    const db = await openAuditDb('migrate-v2');
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(ALL_STORES);
    for (const store of ['sites', 'pages', 'settings', 'checklists', 'campaigns'] as const) {
      const records = await db.getAll(store);
      expect(records, store).toHaveLength(v2.stores[store].length);
      expect(records, store).toEqual(expect.arrayContaining(v2.stores[store]));
    }
    const verdicts = await db.getAll('verdicts');
    expect(verdicts).toEqual(
      expect.arrayContaining(v2.stores.verdicts.map((v) => ({ ...v, ...UNKNOWN_SINCE_V3 }))),
    );
    expect(verdicts).toHaveLength(v2.stores.verdicts.length);
    expect(await db.getAll('crawls')).toEqual([]);
    db.close();
  });
});
