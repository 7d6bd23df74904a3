/**
 * Indicator renames (lib/indicator-renames.ts) applied when a backup is restored, and a backup
 * of an older schema upgraded rather than refused. The table is this test's own: the shipped
 * one has no rename yet.
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { readBackupStores, restoreBackupStores } from '../../../lib/db/backup.ts';
import { openAuditDb } from '../../../lib/db/repository.ts';
import { parseBackupFile } from '../../../lib/export/backup-file.ts';
import { currentIndicatorId } from '../../../lib/indicator-renames.ts';

vi.mock('../../../lib/indicator-renames.ts', async (original) => ({
  ...(await original<typeof import('../../../lib/indicator-renames.ts')>()),
  INDICATOR_RENAMES: { 'local-healthwatch': 'healthwatch' },
}));

const v4 = JSON.parse(readFileSync('tests/fixtures/db/v4.json', 'utf8'));
const at = '2026-07-01T09:00:00.000Z';

/** The version-4 fixture's records as a backup of schema 4 would hold them. */
function schema4Backup(): string {
  return JSON.stringify({
    format: 'nhs-site-audit/backup',
    version: 1,
    exportedAt: at,
    schemaVersion: 4,
    stores: {
      sites: v4.stores.sites,
      pages: v4.stores.pages,
      verdicts: v4.stores.verdicts,
      settings: v4.stores.settings,
      checklists: v4.stores.checklists,
      campaigns: v4.stores.campaigns,
      snapshots: v4.stores.snapshots,
    },
  });
}

describe('restoring a backup of schema 4', () => {
  it('is upgraded, not refused: checklists versioned, sites and verdicts of the catalogue', () => {
    const { stores, schemaVersion } = parseBackupFile(schema4Backup());
    expect(schemaVersion).toBe(5);
    expect(stores.sites.every((site) => site.checklistId === 'catalogue')).toBe(true);
    expect(
      stores.verdicts.every((v) => v.checklistId === 'catalogue' && v.checklistVersion === 1),
    ).toBe(true);
    expect(stores.checklists[0]).toMatchObject({
      id: 'icb-2026',
      version: 1,
      items: ['board-members', 'survey', 'healthwatch'],
      custom: [],
    });
  });

  it('applies the renames to verdicts, findings, checklists and kept assessments', async () => {
    const db = await openAuditDb('renames-restore');
    await restoreBackupStores(db, parseBackupFile(schema4Backup()).stores);
    const stored = await readBackupStores(db);
    expect(JSON.stringify(stored)).not.toContain('local-healthwatch');
    expect(
      stored.verdicts.filter(
        (v) => v.site === 'northfoldccg.example.org' && v.indicator === 'healthwatch',
      ),
    ).toHaveLength(1);
    expect(stored.snapshots[0]?.verdicts).toEqual({ healthwatch: 'yes' });
    db.close();
  });

  it('reads an id that is not a rename as itself, even one named like a built-in property', () => {
    expect(currentIndicatorId('foi', { 'local-healthwatch': 'healthwatch' })).toBe('foi');
    expect(currentIndicatorId('__proto__', { 'local-healthwatch': 'healthwatch' })).toBe(
      '__proto__',
    );
    expect(currentIndicatorId('local-healthwatch', { 'local-healthwatch': 'healthwatch' })).toBe(
      'healthwatch',
    );
  });
});
