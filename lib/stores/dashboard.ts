/**
 * The dashboard: every audited site, and backup and restore of everything. A restore is checked
 * whole before anything is written, and reports what it added and updated.
 */
import { createStore } from 'zustand/vanilla';
import { type RestoreReport, readBackupStores, restoreBackupStores } from '../db/backup.ts';
import { type AuditDatabase, getSetting, listSites, saveSetting } from '../db/repository.ts';
import type { SiteRecord } from '../db/schema.ts';
import { errorMessage } from '../errors.ts';
import { allAssessments } from '../export/all-assessments.ts';
import { assessmentsToJson } from '../export/assessment-file.ts';
import { backupFilename, backupToJson, parseBackupFile } from '../export/backup-file.ts';
import { type ExportFile, longCsv, sitesToCsv } from '../export/formats.ts';
import { surveyReport } from '../export/report.ts';

/** What the dashboard exports of all sites (or a checklist's sites). */
export type SurveyExport = 'csv' | 'long' | 'json' | 'report-html' | 'report-markdown';

export interface DashboardDeps {
  openDb: () => Promise<AuditDatabase>;
  now: () => string;
  requestPersistentStorage: () => Promise<boolean>;
  /** Has the background write the edits it holds, so that what is read is complete. */
  flushEdits: () => Promise<void>;
}

export interface DashboardState {
  sites: SiteRecord[];
  loading: boolean;
  busy: 'backup' | 'restore' | undefined;
  error: string | undefined;
  report: RestoreReport | undefined;
  /** Whether the browser keeps the data under storage pressure. */
  persistent: boolean | undefined;
  /** The auditor's name, recorded with each verdict. */
  auditorName: string;
  setAuditorName: (name: string) => Promise<void>;
  load: () => Promise<void>;
  backup: () => Promise<ExportFile | undefined>;
  /**
   * Every site's assessment in one file: the CSV of sites (one row each), the long CSV (one
   * row per site and item) or the JSON export.
   */
  exportAllSites: (format?: SurveyExport) => Promise<ExportFile | undefined>;
  /** Which sites the exports and reports cover: all ('') or those of one checklist. */
  exportChecklist: string;
  setExportChecklist: (checklistId: string) => void;
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
    auditorName: '',

    async load() {
      set({ loading: true, error: undefined });
      try {
        const db = await deps.openDb();
        const [sites, persistent, auditorName] = await Promise.all([
          listSites(db),
          deps.requestPersistentStorage().catch(() => false),
          getSetting(db, 'auditorName'),
        ]);
        set({ sites, persistent, auditorName });
      } catch (error) {
        set({ error: `Could not read the saved audits: ${errorMessage(error)}` });
      } finally {
        set({ loading: false });
      }
    },

    async setAuditorName(name) {
      const auditorName = name.trim().slice(0, 100);
      set({ auditorName });
      try {
        await saveSetting(await deps.openDb(), 'auditorName', auditorName, deps.now());
      } catch (error) {
        set({ error: `Your name was not saved: ${errorMessage(error)}` });
      }
    },

    async backup() {
      set({ busy: 'backup', error: undefined });
      try {
        await deps.flushEdits();
        const exportedAt = deps.now();
        const db = await deps.openDb();
        const content = backupToJson(await readBackupStores(db), exportedAt);
        // The storage notice says when the last backup was made.
        await saveSetting(db, 'lastBackupAt', exportedAt, exportedAt);
        return { filename: backupFilename(exportedAt), mimeType: 'application/json', content };
      } catch (error) {
        set({ error: `The backup failed: ${errorMessage(error)}` });
        return undefined;
      } finally {
        set({ busy: undefined });
      }
    },

    exportChecklist: '',
    setExportChecklist: (exportChecklist) => set({ exportChecklist }),

    async exportAllSites(format = 'csv') {
      set({ busy: 'backup', error: undefined });
      try {
        await deps.flushEdits();
        const { assessments, checklists } = await allAssessments(
          await deps.openDb(),
          get().exportChecklist || undefined,
        );
        if (assessments.length === 0) {
          set({ error: 'No site is assessed with that checklist yet: nothing to export.' });
          return undefined;
        }
        const now = deps.now();
        if (format === 'report-html' || format === 'report-markdown')
          return surveyReport(assessments, now, format === 'report-html' ? 'html' : 'markdown');
        if (format === 'json')
          return assessmentsToJson(assessments, checklists, now, get().auditorName);
        return format === 'long' ? longCsv(assessments, now) : sitesToCsv(assessments, now);
      } catch (error) {
        set({ error: `The export failed: ${errorMessage(error)}` });
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
