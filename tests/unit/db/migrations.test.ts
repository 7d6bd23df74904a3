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
import { buildAssessment } from '../../../lib/export/assessment.ts';

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
    for (const store of ['sites', 'pages', 'settings', 'checklists'] as const) {
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
    // Version 4: the campaign's sites become organisations not yet named.
    expect(await db.getAll('campaigns')).toEqual(
      v2.stores.campaigns.map((c) => ({ ...c, ...organisationsOf(c.sites as string[]) })),
    );
    db.close();
  });
});

/** What version 4 gives a campaign of an earlier version: an unnamed organisation per site. */
function organisationsOf(sites: string[]) {
  return {
    organisations: sites.map((site) => ({
      name: '',
      code: '',
      url: `https://${site}/`,
      site,
      extra: {},
    })),
    source: '',
  };
}

type Version3Store = Version2Store | 'crawls';
const v3 = JSON.parse(readFileSync('tests/fixtures/db/v3.json', 'utf8')) as {
  stores: Record<Version3Store, Record<string, unknown>[]>;
};

/** Version 3 exactly as released: never edit this. */
async function writeVersion3(name: string) {
  const db = await openDB(name, 3, {
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
      database.createObjectStore('crawls', { keyPath: 'site' });
    },
  });
  const names = Object.keys(v3.stores) as Version3Store[];
  const tx = db.transaction(names, 'readwrite');
  for (const store of names) {
    for (const record of v3.stores[store]) await tx.objectStore(store).put(record);
  }
  await tx.done;
  db.close();
}

describe('upgrading a version-3 database', () => {
  it('keeps every record, names each campaign site an organisation, and sums up each site', async () => {
    await writeVersion3('migrate-v3');
    const db = await openAuditDb('migrate-v3');
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(ALL_STORES);
    for (const store of [
      'sites',
      'pages',
      'verdicts',
      'settings',
      'checklists',
      'crawls',
    ] as const) {
      const records = await db.getAll(store);
      expect(records, store).toHaveLength(v3.stores[store].length);
      expect(records, store).toEqual(expect.arrayContaining(v3.stores[store]));
    }
    const campaigns = await db.getAll('campaigns');
    expect(campaigns).toHaveLength(v3.stores.campaigns.length);
    expect(campaigns).toEqual(
      expect.arrayContaining(
        v3.stores.campaigns.map((c) => ({ ...c, ...organisationsOf(c.sites as string[]) })),
      ),
    );
    // Each site's summary agrees with its checklist as the site's view builds it.
    const summaries = await db.getAll('summaries');
    expect(summaries.map((s) => s.site).sort()).toEqual(
      v3.stores.sites.map((s) => String(s.site)).sort(),
    );
    for (const summary of summaries) {
      const assessment = buildAssessment(summary.site, await loadSite(db, summary.site));
      expect(summary.pages).toBe(assessment.pages.length);
      for (const item of assessment.items) {
        expect(summary.verdicts[item.indicator] ?? null, item.indicator).toBe(item.verdict);
        expect(summary.scanner[item.indicator] ?? 'not-scanned', item.indicator).toBe(item.scanner);
      }
    }
    expect(await db.getAll('snapshots')).toEqual([]);
    db.close();
  });
});
