/**
 * The dashboard: every audited site, and backup and restore of everything. A restore is checked
 * whole before anything is written, and reports what it added and updated.
 */
import { createStore } from 'zustand/vanilla';
import { type RestoreReport, readBackupStores, restoreBackupStores } from '../db/backup.ts';
import { type AuditDatabase, listSites } from '../db/repository.ts';
import type { SiteRecord } from '../db/schema.ts';
import { errorMessage } from '../errors.ts';
import { backupFilename, backupToJson, parseBackupFile } from '../export/backup-file.ts';
import type { ExportFile } from '../export/formats.ts';

export interface DashboardDeps {
  openDb: () => Promise<AuditDatabase>;
  now: () => string;
  requestPersistentStorage: () => Promise<boolean>;
}

export interface DashboardState {
  sites: SiteRecord[];
  loading: boolean;
  busy: 'backup' | 'restore' | undefined;
  error: string | undefined;
  report: RestoreReport | undefined;
  /** Whether the browser keeps the data under storage pressure. */
  persistent: boolean | undefined;
  load: () => Promise<void>;
  backup: () => Promise<ExportFile | undefined>;
  restore: (content: string) => Promise<void>;
}

export function createDashboardStore(deps: DashboardDeps) {
  return createStore<DashboardState>()((set, get) => ({
    sites: [],
    loading: false,
    busy: undefined,
    error: undefined,
    report: undefined,
    persistent: undefined,

    async load() {
      set({ loading: true, error: undefined });
      try {
        const [sites, persistent] = await Promise.all([
          listSites(await deps.openDb()),
          deps.requestPersistentStorage().catch(() => false),
        ]);
        set({ sites, persistent });
      } catch (error) {
        set({ error: `Could not read the saved audits: ${errorMessage(error)}` });
      } finally {
        set({ loading: false });
      }
    },

    async backup() {
      set({ busy: 'backup', error: undefined });
      try {
        const exportedAt = deps.now();
        const content = backupToJson(await readBackupStores(await deps.openDb()), exportedAt);
        return { filename: backupFilename(exportedAt), mimeType: 'application/json', content };
      } catch (error) {
        set({ error: `The backup failed: ${errorMessage(error)}` });
        return undefined;
      } finally {
        set({ busy: undefined });
      }
    },

    async restore(content) {
      set({ busy: 'restore', error: undefined, report: undefined });
      try {
        const file = parseBackupFile(content);
        const report = await restoreBackupStores(await deps.openDb(), file.stores);
        set({ report });
        await get().load();
      } catch (error) {
        set({ error: errorMessage(error) });
      } finally {
        set({ busy: undefined });
      }
    },
  }));
}

export type DashboardStore = ReturnType<typeof createDashboardStore>;
