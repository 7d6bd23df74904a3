import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readBackupStores, restoreBackupStores } from '../../../lib/db/backup.ts';
import { openAuditDb, saveVerdictChange } from '../../../lib/db/repository.ts';
import type { BackupStores } from '../../../lib/db/schema.ts';
import { BackupError, backupToJson, parseBackupFile } from '../../../lib/export/backup-file.ts';

let counter = 0;
const v1 = JSON.parse(readFileSync('tests/fixtures/db/v1.json', 'utf8'));
const at = '2026-05-01T12:00:00.000Z';

/** A full set of stores: the version-1 fixture's records plus the newer stores. */
function sampleStores(): BackupStores {
  return {
    sites: v1.stores.sites.map((site: object) => ({ ...site, checklistId: 'catalogue' })),
    pages: v1.stores.pages.map((page: object) => ({ emailFields: [], ...page })),
    verdicts: v1.stores.verdicts.map((verdict: object) => ({
      ...verdict,
      scannerSeen: null,
      verdictBy: '',
      verdictHow: 'judged',
      addedEvidence: [],
      checklistId: 'catalogue',
      checklistVersion: 1,
    })),
    settings: [{ key: 'crawlMaxPages', value: 40, updatedAt: at }],
    checklists: [
      {
        id: 'icb-2026',
        name: 'ICB websites 2026',
        description: 'Board and engagement only',
        version: 1,
        items: ['board-members', 'survey'],
        custom: [],
        history: [{ version: 1, savedAt: at, changed: ['board-members', 'survey'] }],
        createdAt: at,
        updatedAt: at,
      },
    ],
    campaigns: [
      {
        id: 'north-west',
        name: 'North West ICBs',
        checklistId: 'icb-2026',
        sites: ['northfoldccg.example.org'],
        organisations: [
          {
            name: 'NHS Northfold CCG',
            code: '99X',
            url: 'https://www.northfoldccg.example.org/',
            site: 'northfoldccg.example.org',
            extra: { region: 'North West' },
          },
        ],
        source: 'A fictional list',
        createdAt: at,
        updatedAt: at,
      },
    ],
    snapshots: [],
  };
}

async function filledDb(stores = sampleStores()) {
  const db = await openAuditDb(`backup-${++counter}`);
  await restoreBackupStores(db, stores);
  return db;
}

describe('a backup', () => {
  it('holds everything and restores into an empty database exactly', async () => {
    const source = await filledDb();
    const file = backupToJson(await readBackupStores(source), at);
    const target = await openAuditDb(`backup-${++counter}`);
    const report = await restoreBackupStores(target, parseBackupFile(file).stores);
    expect(await readBackupStores(target)).toEqual(await readBackupStores(source));
    expect(report.sites).toEqual({ added: 3, updated: 0, unchanged: 0 });
    expect(report.verdicts.added).toBe(v1.stores.verdicts.length);
    expect(report.campaigns.added).toBe(1);
  });

  it('merges into a database in use: later edits win, per field, and the report says what changed', async () => {
    const db = await filledDb();
    // Since the backup: the auditor changed a note here; the backup has a later verdict there.
    const [first] = v1.stores.verdicts;
    await saveVerdictChange(
      db,
      first.site,
      first.indicator,
      { field: 'note', value: 'Edited after the backup' },
      '2026-09-01T00:00:00.000Z',
    );
    const stores = sampleStores();
    stores.verdicts = stores.verdicts.map((record, index) =>
      index === 1 ? { ...record, verdict: 'no', verdictAt: '2026-10-01T00:00:00.000Z' } : record,
    );
    stores.sites = [
      ...stores.sites,
      {
        site: 'new.example.org',
        firstSeenAt: at,
        lastScannedAt: at,
        lastUrl: 'https://new.example.org/',
        checklistId: 'catalogue',
      },
    ];
    const report = await restoreBackupStores(db, stores);
    const after = await readBackupStores(db);
    expect(
      after.verdicts.find((v) => v.site === first.site && v.indicator === first.indicator)?.note,
    ).toBe('Edited after the backup');
    const second = v1.stores.verdicts[1];
    expect(
      after.verdicts.find((v) => v.site === second.site && v.indicator === second.indicator)
        ?.verdict,
    ).toBe('no');
    expect(report.sites).toEqual({ added: 1, updated: 0, unchanged: 3 });
    expect(report.verdicts).toEqual({
      added: 0,
      updated: 1,
      unchanged: v1.stores.verdicts.length - 1,
    });
  });

  it('is all or nothing: a write that fails leaves the database as it was', async () => {
    const db = await filledDb();
    const before = await readBackupStores(db);
    const stores = sampleStores();
    stores.sites = [
      {
        site: 'fresh.example.org',
        firstSeenAt: at,
        lastScannedAt: at,
        lastUrl: 'https://fresh.example.org/',
        checklistId: 'catalogue',
      },
    ];
    // A record without its key: the store refuses it after other writes were queued.
    stores.pages = [...stores.pages, { url: 'https://broken.example.org/' } as never];
    await expect(restoreBackupStores(db, stores)).rejects.toThrow();
    expect(await readBackupStores(db)).toEqual(before);
  });
});

describe('evidence in a backup', () => {
  it('may say where on its page it is (scans since regions were recorded), or not (older scans)', () => {
    const stores = sampleStores();
    const withEvidence = stores.pages.find((page) =>
      page.findings.some((finding) => finding.evidence.length > 0),
    )!;
    const finding = withEvidence.findings.find((f) => f.evidence.length > 0)!;
    finding.evidence = [
      { ...finding.evidence[0]!, region: 'footer' },
      ...finding.evidence.slice(1),
    ];
    const parsed = parseBackupFile(backupToJson(stores, at)).stores;
    expect(parsed.pages).toEqual(stores.pages);
    const wrong = backupToJson(stores, at).replace('"region":"footer"', '"region":"basement"');
    expect(() => parseBackupFile(wrong)).toThrow(BackupError);
  });
});

describe('a backup made before schema version 4', () => {
  it('restores campaigns as lists of unnamed organisations, and has no kept assessments', () => {
    const file = JSON.parse(backupToJson(sampleStores(), at));
    file.schemaVersion = 3;
    delete file.stores.snapshots;
    for (const campaign of file.stores.campaigns) {
      delete campaign.organisations;
      delete campaign.source;
    }
    const parsed = parseBackupFile(JSON.stringify(file)).stores;
    expect(parsed.snapshots).toEqual([]);
    expect(parsed.campaigns[0]).toMatchObject({
      source: '',
      organisations: [
        {
          name: '',
          code: '',
          url: 'https://northfoldccg.example.org/',
          site: 'northfoldccg.example.org',
          extra: {},
        },
      ],
    });
  });
});

describe('a file that is not a good backup', () => {
  const good = () => backupToJson(sampleStores(), at);
  const cases: [string, () => string, RegExp][] = [
    ['corrupt', () => 'PK\u0003\u0004 not json at all', /not complete JSON/],
    ['truncated', () => good().slice(0, 2000), /not complete JSON/],
    [
      'foreign',
      () => JSON.stringify({ format: 'some-other-tool', data: [] }),
      /not a backup made by NHS Site Audit/,
    ],
    ['a JSON array', () => '[1, 2, 3]', /not a backup made by NHS Site Audit/],
    [
      'from a newer version',
      () => good().replace('"version":1', '"version":9'),
      /newer version of the extension/,
    ],
    [
      'of a newer schema',
      () => good().replace(/"schemaVersion":\d+/, '"schemaVersion":99'),
      /newer version of the extension/,
    ],
    [
      'with a damaged record',
      () => good().replace('"status":"found"', '"status":"maybe"'),
      /damaged.*page 1, finding \d+, status: "maybe" is not one of the allowed values/,
    ],
    [
      'with an unknown indicator',
      () => good().replace('"indicator":"phone"', '"indicator":"fax"'),
      /damaged/,
    ],
    [
      'with a bad date',
      () => good().replace(`"exportedAt":"${at}"`, '"exportedAt":"yesterday"'),
      /damaged.*exportedAt/,
    ],
  ];
  it.each(cases)(
    'is refused whole when %s, and nothing is written',
    async (_name, make, message) => {
      const db = await filledDb();
      const before = await readBackupStores(db);
      let thrown: unknown;
      try {
        await restoreBackupStores(db, parseBackupFile(make()).stores);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(BackupError);
      expect((thrown as Error).message).toMatch(message);
      expect((thrown as Error).message).toMatch(/[Nn]othing was (restored|written)/);
      expect(await readBackupStores(db)).toEqual(before);
    },
  );
});
