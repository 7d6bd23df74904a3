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
/** What version 5 adds: every site and verdict is of the catalogue until a checklist is chosen. */
const SITE_SINCE_V5 = { checklistId: 'catalogue' };
const VERDICT_SINCE_V5 = { checklistId: 'catalogue', checklistVersion: 1 };
/** A version-2 to -4 checklist as version 5 reads it: version 1 of itself. */
function checklistSinceV5(old: Record<string, unknown>) {
  const { indicators, ...rest } = old as { indicators: string[]; updatedAt: string };
  return {
    ...rest,
    version: 1,
    items: indicators,
    custom: [],
    history: [{ version: 1, savedAt: rest.updatedAt, changed: indicators }],
  };
}
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
      [...v1.stores.sites]
        .sort((a, b) => String(a.site).localeCompare(String(b.site)))
        .map((site) => ({ ...site, ...SITE_SINCE_V5 })),
    );
    const verdicts = await db.getAll('verdicts');
    expect(verdicts).toHaveLength(v1.stores.verdicts.length);
    // Version 3: what the scanner said when each verdict was given is not known.
    expect(verdicts).toEqual(
      expect.arrayContaining(
        v1.stores.verdicts.map((v) => ({ ...v, ...UNKNOWN_SINCE_V3, ...VERDICT_SINCE_V5 })),
      ),
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
    for (const store of ['pages', 'settings'] as const) {
      const records = await db.getAll(store);
      expect(records, store).toHaveLength(v2.stores[store].length);
      expect(records, store).toEqual(expect.arrayContaining(v2.stores[store]));
    }
    expect(await db.getAll('sites')).toEqual(
      expect.arrayContaining(v2.stores.sites.map((site) => ({ ...site, ...SITE_SINCE_V5 }))),
    );
    expect(await db.getAll('checklists')).toEqual(v2.stores.checklists.map(checklistSinceV5));
    const verdicts = await db.getAll('verdicts');
    expect(verdicts).toEqual(
      expect.arrayContaining(
        v2.stores.verdicts.map((v) => ({ ...v, ...UNKNOWN_SINCE_V3, ...VERDICT_SINCE_V5 })),
      ),
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
    for (const store of ['pages', 'settings', 'crawls'] as const) {
      const records = await db.getAll(store);
      expect(records, store).toHaveLength(v3.stores[store].length);
      expect(records, store).toEqual(expect.arrayContaining(v3.stores[store]));
    }
    expect(await db.getAll('sites')).toEqual(
      expect.arrayContaining(v3.stores.sites.map((site) => ({ ...site, ...SITE_SINCE_V5 }))),
    );
    expect(await db.getAll('verdicts')).toEqual(
      expect.arrayContaining(v3.stores.verdicts.map((v) => ({ ...v, ...VERDICT_SINCE_V5 }))),
    );
    expect(await db.getAll('checklists')).toEqual(v3.stores.checklists.map(checklistSinceV5));
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

type Version4Store = Version3Store | 'snapshots';
const v4 = JSON.parse(readFileSync('tests/fixtures/db/v4.json', 'utf8')) as {
  stores: Record<Version4Store, Record<string, unknown>[]>;
};
/** The fixture's old id of the Healthwatch indicator, renamed in this test's table. */
const RENAMES = { 'local-healthwatch': 'healthwatch' } as const;

/** Version 4 exactly as released: never edit this. */
async function writeVersion4(name: string) {
  const db = await openDB(name, 4, {
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
      database.createObjectStore('summaries', { keyPath: 'site' });
      database
        .createObjectStore('snapshots', { keyPath: ['site', 'takenAt'] })
        .createIndex('by-site', 'site');
    },
  });
  const names = Object.keys(v4.stores) as Version4Store[];
  const tx = db.transaction(names, 'readwrite');
  for (const store of names) {
    for (const record of v4.stores[store]) await tx.objectStore(store).put(record);
  }
  await tx.done;
  db.close();
}

describe('upgrading a version-4 database', () => {
  it('versions its checklists, records the catalogue on sites and verdicts, and applies renames', async () => {
    await writeVersion4('migrate-v4');
    const db = await openAuditDb('migrate-v4', undefined, undefined, RENAMES);
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(ALL_STORES);
    for (const store of ['settings', 'crawls', 'campaigns'] as const) {
      const records = await db.getAll(store);
      expect(records, store).toEqual(expect.arrayContaining(v4.stores[store]));
      expect(records, store).toHaveLength(v4.stores[store].length);
    }
    expect(await db.getAll('sites')).toEqual(
      expect.arrayContaining(v4.stores.sites.map((site) => ({ ...site, ...SITE_SINCE_V5 }))),
    );
    // The renamed verdict moved to its new key; no record keeps the old id.
    const verdicts = await db.getAll('verdicts');
    expect(verdicts).toHaveLength(v4.stores.verdicts.length);
    const renamed = v4.stores.verdicts.map((v) => ({
      ...v,
      indicator: v.indicator === 'local-healthwatch' ? 'healthwatch' : v.indicator,
      ...VERDICT_SINCE_V5,
    }));
    expect(verdicts).toEqual(expect.arrayContaining(renamed));
    const stored = JSON.stringify([
      verdicts,
      await db.getAll('pages'),
      await db.getAll('checklists'),
      await db.getAll('snapshots'),
      await db.getAll('summaries'),
    ]);
    expect(stored).not.toContain('local-healthwatch');
    const [checklist] = await db.getAll('checklists');
    expect(checklist?.items).toEqual(['board-members', 'survey', 'healthwatch']);
    expect(checklist?.version).toBe(1);
    const [snapshot] = await db.getAll('snapshots');
    expect(snapshot?.verdicts).toEqual({ healthwatch: 'yes' });
    // The renamed findings count in the site's summary and its checklist as before.
    const state = await loadSite(db, 'northfoldccg.example.org');
    const assessment = buildAssessment('northfoldccg.example.org', state);
    const healthwatch = assessment.items.find((item) => item.indicator === 'healthwatch');
    expect(healthwatch?.verdict).not.toBeNull();
    expect(healthwatch?.scanner).not.toBe('not-scanned');
    db.close();
  });
});
