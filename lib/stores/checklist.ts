/**
 * The checklist of one site as a view shows it: the stored scanner results, verdicts, notes and
 * site scan, read again whenever any context announces a change, so that every view shows the
 * stored truth. The auditor's edits go to the background writer as they are made (it writes a
 * note when typing pauses, and at once when the view closes); until stored they are laid over
 * what is shown. A failed write stays on screen, listed as unsaved, until a retry saves it.
 */
import { createStore } from 'zustand/vanilla';
import type { ItemId } from '../assessment.ts';
import { type Assessment, scannerVerdict, type Verdict } from '../assessment.ts';
import { CATALOGUE_CHECKLIST } from '../checklists/checklist.ts';
import { organisationOfSite } from '../db/campaigns.ts';
import { coalescedReader, concernsSite, type StoredChange } from '../db/changes.ts';
import { listChecklists, setSiteChecklist } from '../db/checklists.ts';
import {
  type AuditDatabase,
  getSetting,
  loadCrawl,
  loadSite,
  saveSetting,
  type VerdictChange,
} from '../db/repository.ts';
import {
  type CrawlRecord,
  type PageScanRecord,
  SETTING_DEFAULTS,
  type VerdictRecord,
} from '../db/schema.ts';
import type { EditSender } from '../edits/edit-client.ts';
import { errorMessage } from '../errors.ts';
import { buildAssessment } from '../export/assessment.ts';
import { assessmentsToJson } from '../export/assessment-file.ts';
import { assessmentToCsv, type ExportFile } from '../export/formats.ts';
import { siteReport } from '../export/report.ts';
import { confirmable, type ReviewFilter, reviewQueue } from '../review/queue.ts';
import { siteKeyOf } from '../site.ts';

export interface ChecklistDeps {
  openDb: () => Promise<AuditDatabase>;
  /** Scans the tab's page and stores the result (the background does both). */
  scanTab: (tabId: number) => Promise<PageScanRecord>;
  now: () => string;
  /**
   * Scrolls to and frames an evidence element in the tab, first opening `url` there when given
   * (evidence on another page); false if the page no longer has it.
   */
  highlight: (tabId: number, selector: string, url?: string) => Promise<boolean>;
  /** Asks for access to the site's pages (a whole-site scan fetches them); false if refused. */
  requestSiteAccess: (origin: string) => Promise<boolean>;
  /** The background's site scans (lib/crawl/site-scan-runner.ts). */
  siteScan: {
    start: (url: string, maxPages: number) => Promise<CrawlRecord>;
    resume: (site: string) => Promise<CrawlRecord>;
    cancel: (site: string) => Promise<boolean>;
    /** Whether the scan stored as running really runs (the background marks it if not). */
    check: (site: string) => Promise<boolean>;
  };
  /** The auditor's edits, to the background writer. */
  edits: EditSender;
  /** Hears of writes made by any context (lib/db/changes.ts). */
  subscribe: (listener: (change: StoredChange) => void) => () => void;
}

export interface CrawlState {
  /** The site's last whole-site scan as stored; its status says whether it runs. */
  record: CrawlRecord | undefined;
  /** How many linked pages a whole-site scan reads. */
  maxPages: number;
}

export interface Target {
  tabId: number;
  url: string;
}

export type Phase = 'idle' | 'loading' | 'ready' | 'scanning';

/** The edits a view makes of an item's fields (added evidence comes from the page's menu). */
type FieldChange = Extract<VerdictChange, { field: 'verdict' | 'note' }>;
type Field = FieldChange['field'];
type FieldValues = { verdict?: Verdict | null; note?: string };

export interface ChecklistState {
  phase: Phase;
  target: Target | undefined;
  site: string | undefined;
  assessment: Assessment | undefined;
  /** A problem to show: a failed load, scan or save. */
  error: string | undefined;
  crawl: CrawlState;
  /** Which items the review queue shows. */
  filter: ReviewFilter;
  /** The auditor's name from the settings, recorded with each verdict ('' until set). */
  auditorName: string;
  /** The organisations the site belongs to, by the campaigns' lists ('' when none; issue 11). */
  organisation: string;
  /** The checklists the site can be assessed with (the catalogue first; issue 9). */
  checklists: { id: string; name: string; version: number }[];
  /** Changes whose write failed, by indicator and field: shown as unsaved until saved. */
  unsaved: Partial<Record<ItemId, FieldValues>>;
  /** Items where this view's edit lost to a later one made elsewhere: what to tell the auditor. */
  overridden: Partial<Record<ItemId, string>>;
  open: (target: Target) => Promise<void>;
  /** Reads the stored state again (another view or the background changed it). */
  refresh: () => Promise<void>;
  scan: () => Promise<void>;
  setVerdict: (indicator: ItemId, verdict: Verdict | null) => Promise<void>;
  setNote: (indicator: ItemId, note: string) => Promise<void>;
  /** Keeps the verdict the scanner now contradicts: the auditor has looked again. */
  keepVerdict: (indicator: ItemId) => Promise<void>;
  /**
   * Accepts the scanner's result as the verdict of every item the scanner decided (found or not
   * found) that the auditor has not reviewed, among those the current filter shows; recorded
   * as confirmed, not judged.
   */
  confirmScannerResults: () => Promise<void>;
  setFilter: (filter: ReviewFilter) => void;
  /** Chooses the checklist the site is assessed with (its next scans look for its own items). */
  chooseChecklist: (checklistId: string) => Promise<void>;
  dismissOverridden: (indicator: ItemId) => void;
  retryUnsaved: () => Promise<void>;
  /** Asks for every edit sent to be written now (the view is closing); resolves when stored. */
  flushEdits: () => Promise<void>;
  /** The site's assessment as stored, after writing every pending edit, as a file. */
  exportAssessment: (
    format: 'json' | 'csv' | 'report-html' | 'report-markdown',
  ) => Promise<ExportFile | undefined>;
  scanSite: () => Promise<void>;
  resumeSiteScan: () => Promise<void>;
  cancelCrawl: () => Promise<void>;
  /** Shows an evidence element: on the page open in the tab, or after opening `url` there. */
  showEvidence: (selector: string, url?: string) => Promise<void>;
  setMaxPages: (pages: number) => Promise<void>;
  /** Stops following stored changes (the view is gone). */
  dispose: () => void;
}

/** What "replaced" means to the auditor, per field. */
const OVERRIDDEN_MESSAGE: Record<Field, string> = {
  verdict: 'Your verdict was replaced by a later one made in another view.',
  note: 'Your note was replaced by a later one made in another view.',
};

export function createChecklistStore(deps: ChecklistDeps) {
  let unsubscribe: (() => void) | undefined;
  /** Edits not yet stored, laid over what is read (the latest of each field). */
  let pending: Partial<Record<ItemId, FieldValues>> = {};
  /** This view's last edit of each field: to tell when a later edit elsewhere replaced it. */
  const mine = new Map<string, { value: unknown; at: string }>();
  /** Sites whose "running" scan this view has had the background confirm. */
  const checkedRunning = new Set<string>();

  return createStore<ChecklistState>()((set, get) => {
    const overlay = (assessment: Assessment): Assessment => {
      // Failed writes first: a pending edit is newer than any failed one.
      const layers = [get().unsaved, pending];
      if (layers.every((layer) => Object.keys(layer).length === 0)) return assessment;
      return {
        ...assessment,
        items: assessment.items.map((item) => {
          let shown = item;
          for (const layer of layers) {
            const values = layer[item.indicator];
            if (!values) continue;
            shown = {
              ...shown,
              ...(values.verdict !== undefined ? { verdict: values.verdict } : {}),
              ...(values.note !== undefined ? { note: values.note } : {}),
            };
          }
          return shown;
        }),
      };
    };

    /** Notes the items whose stored field is a later edit than this view's own, and differs. */
    const noticeOverrides = (verdicts: readonly VerdictRecord[]) => {
      const notices: Partial<Record<ItemId, string>> = {};
      for (const record of verdicts) {
        for (const field of ['verdict', 'note'] as const) {
          const own = mine.get(`${record.indicator}\n${field}`);
          if (!own) continue;
          const storedAt = field === 'verdict' ? record.verdictAt : record.noteAt;
          if (storedAt > own.at && record[field] !== own.value) {
            notices[record.indicator] = OVERRIDDEN_MESSAGE[field];
            mine.delete(`${record.indicator}\n${field}`);
          }
        }
      }
      if (Object.keys(notices).length > 0)
        set((current) => ({ overridden: { ...current.overridden, ...notices } }));
    };

    const readStored = async () => {
      const site = get().site;
      if (!site) return;
      const db = await deps.openDb();
      const [stored, record, auditorName, organisation, checklists] = await Promise.all([
        loadSite(db, site),
        loadCrawl(db, site),
        getSetting(db, 'auditorName'),
        organisationOfSite(db, site),
        listChecklists(db),
      ]);
      if (get().site !== site) return;
      noticeOverrides(stored.verdicts);
      set((current) => ({
        assessment: overlay(buildAssessment(site, stored)),
        crawl: { ...current.crawl, record },
        auditorName,
        organisation,
        checklists: [CATALOGUE_CHECKLIST, ...checklists].map(({ id, name, version }) => ({
          id,
          name,
          version,
        })),
      }));
      // A record left "running" by a background that stopped: asking wakes the background,
      // which marks it interrupted (and the change notice brings the view the new record).
      if (record?.status === 'running' && !checkedRunning.has(site)) {
        checkedRunning.add(site);
        void deps.siteScan.check(site).catch(() => checkedRunning.delete(site));
      }
    };

    /** One read at a time; changes announced meanwhile lead to one more read after it. */
    const refresh = coalescedReader(readStored);

    const setLayer = (
      layer: Partial<Record<ItemId, FieldValues>>,
      indicator: ItemId,
      field: Field,
      value: Verdict | null | string | undefined,
    ) => {
      const values: FieldValues = { ...layer[indicator] };
      if (value === undefined) delete values[field];
      else (values as Record<Field, unknown>)[field] = value;
      const next = { ...layer };
      if (Object.keys(values).length === 0) delete next[indicator];
      else next[indicator] = values;
      return next;
    };

    const applyChange = async (indicator: ItemId, change: FieldChange) => {
      const site = get().site;
      if (!site) return;
      const at = deps.now();
      mine.set(`${indicator}\n${change.field}`, { value: change.value, at });
      pending = setLayer(pending, indicator, change.field, change.value);
      // Shown at once, whatever happens to the write.
      set((current) => {
        const overridden = { ...current.overridden };
        delete overridden[indicator];
        return {
          overridden,
          unsaved: setLayer(current.unsaved, indicator, change.field, undefined),
          assessment: current.assessment && overlay(current.assessment),
        };
      });
      try {
        await deps.edits.send({ site, indicator, change, at });
        // Stored: the overlay is no longer needed, unless a newer edit of the field waits.
        if (pending[indicator]?.[change.field] === change.value)
          pending = setLayer(pending, indicator, change.field, undefined);
        await refresh();
        if (Object.keys(get().unsaved).length === 0 && get().error?.startsWith('Not saved'))
          set({ error: undefined });
      } catch (error) {
        if (pending[indicator]?.[change.field] !== change.value) return;
        pending = setLayer(pending, indicator, change.field, undefined);
        set((current) => ({
          unsaved: setLayer(current.unsaved, indicator, change.field, change.value),
          error: `Not saved: ${errorMessage(error)}. Your change is kept here; press “Save again”.`,
        }));
      }
    };

    const itemOf = (indicator: ItemId) =>
      get().assessment?.items.find((item) => item.indicator === indicator);

    /** Starts or resumes the site scan in the background, once the site's access is given. */
    const inBackground = async (
      url: string,
      verb: 'start' | 'resume',
      run: () => Promise<CrawlRecord>,
    ) => {
      // Asked first, inside the auditor's click: browsers grant access only in a user gesture.
      if (!(await hasSiteAccess(new URL(url).origin))) return;
      set({ error: undefined });
      try {
        const record = await run();
        set((current) => ({ crawl: { ...current.crawl, record } }));
      } catch (error) {
        set({ error: `The site scan could not ${verb}: ${errorMessage(error)}` });
      }
    };

    /**
     * Asks for access to a site before its scan, inside the auditor's click. A refusal (or a
     * browser that cannot ask) changes nothing stored: it is said, and the auditor may ask again.
     */
    const hasSiteAccess = async (origin: string): Promise<boolean> => {
      let given: boolean;
      try {
        given = await deps.requestSiteAccess(origin);
      } catch (error) {
        set({ error: `Could not ask for access to ${origin}: ${errorMessage(error)}` });
        return false;
      }
      if (!given)
        set({
          error: `Scanning the whole site needs access to ${origin}; it was not given. Nothing was changed: press “Scan this site” again and allow it to scan the site.`,
        });
      return given;
    };

    return {
      phase: 'idle',
      target: undefined,
      site: undefined,
      assessment: undefined,
      error: undefined,
      unsaved: {},
      overridden: {},
      crawl: { record: undefined, maxPages: SETTING_DEFAULTS.crawlMaxPages },
      filter: 'all',
      auditorName: SETTING_DEFAULTS.auditorName,
      organisation: '',
      checklists: [],

      async chooseChecklist(checklistId) {
        const site = get().site;
        if (!site) return;
        try {
          await setSiteChecklist(await deps.openDb(), site, checklistId, deps.now());
          await refresh();
        } catch (error) {
          set({ error: `The checklist was not chosen: ${errorMessage(error)}` });
        }
      },

      async open(target) {
        let site: string;
        try {
          site = siteKeyOf(target.url);
        } catch (error) {
          set({ target, phase: 'ready', error: errorMessage(error) });
          return;
        }
        const sameSite = site === get().site;
        if (!sameSite) {
          unsubscribe?.();
          pending = {};
          mine.clear();
          unsubscribe = deps.subscribe((change) => {
            if (concernsSite(change, site)) void refresh().catch(() => undefined);
          });
        }
        set({
          target,
          site,
          phase: sameSite ? get().phase : 'loading',
          error: undefined,
          ...(sameSite ? {} : { unsaved: {}, overridden: {}, assessment: undefined }),
        });
        try {
          const maxPages = await getSetting(await deps.openDb(), 'crawlMaxPages');
          set((current) => ({ crawl: { ...current.crawl, maxPages } }));
          await refresh();
          if (get().phase === 'loading') set({ phase: 'ready' });
        } catch (error) {
          set({ phase: 'ready', error: `Could not read the saved audit: ${errorMessage(error)}` });
        }
      },

      refresh,

      async scan() {
        const { target, site } = get();
        if (!target || !site) return;
        set({ phase: 'scanning', error: undefined });
        try {
          await deps.scanTab(target.tabId);
          await refresh();
        } catch (error) {
          set({ error: `The scan failed: ${errorMessage(error)}` });
        } finally {
          set({ phase: 'ready' });
        }
      },

      async scanSite() {
        const { target, site, crawl } = get();
        if (!target || !site || crawl.record?.status === 'running') return;
        await inBackground(target.url, 'start', () =>
          deps.siteScan.start(target.url, crawl.maxPages),
        );
      },

      async resumeSiteScan() {
        const { site, crawl } = get();
        if (!site || !crawl.record || crawl.record.status === 'running') return;
        await inBackground(crawl.record.startUrl, 'resume', () => deps.siteScan.resume(site));
      },

      async cancelCrawl() {
        const site = get().site;
        if (!site) return;
        try {
          await deps.siteScan.cancel(site);
        } catch (error) {
          set({ error: `The site scan could not be stopped: ${errorMessage(error)}` });
        }
      },

      async showEvidence(selector, url) {
        const { target } = get();
        if (!target) return;
        try {
          if (!(await deps.highlight(target.tabId, selector, url))) {
            set({
              error: 'That element is no longer on the page (it may have changed since the scan).',
            });
          }
        } catch (error) {
          set({ error: errorMessage(error) });
        }
      },

      async setMaxPages(pages) {
        if (!Number.isInteger(pages) || pages < 1 || pages > 200) return;
        set((current) => ({ crawl: { ...current.crawl, maxPages: pages } }));
        try {
          await saveSetting(await deps.openDb(), 'crawlMaxPages', pages, deps.now());
        } catch (error) {
          set({ error: `The page limit was not saved: ${errorMessage(error)}` });
        }
      },

      setVerdict: (indicator, verdict) =>
        applyChange(indicator, {
          field: 'verdict',
          value: verdict,
          scannerSeen: itemOf(indicator)?.scanner ?? 'not-scanned',
          by: get().auditorName,
          how: 'judged',
        }),
      setNote: (indicator, note) => applyChange(indicator, { field: 'note', value: note }),

      async keepVerdict(indicator) {
        const item = itemOf(indicator);
        if (!item) return;
        await applyChange(indicator, {
          field: 'verdict',
          value: item.verdict,
          scannerSeen: item.scanner,
          by: get().auditorName,
          how: 'judged',
        });
      },

      async confirmScannerResults() {
        const { assessment, filter, auditorName } = get();
        if (!assessment) return;
        const items = confirmable(reviewQueue(assessment.items, filter));
        await Promise.all(
          items.map((item) =>
            applyChange(item.indicator, {
              field: 'verdict',
              value: scannerVerdict(item.scanner),
              scannerSeen: item.scanner,
              by: auditorName,
              how: 'confirmed',
            }),
          ),
        );
      },

      setFilter(filter) {
        set({ filter });
      },

      dismissOverridden(indicator) {
        set((current) => {
          const overridden = { ...current.overridden };
          delete overridden[indicator];
          return { overridden };
        });
      },

      async retryUnsaved() {
        const entries = Object.entries(get().unsaved) as [ItemId, FieldValues][];
        for (const [indicator, values] of entries) {
          if (values.verdict !== undefined) await get().setVerdict(indicator, values.verdict);
          if (values.note !== undefined) await get().setNote(indicator, values.note);
        }
      },

      flushEdits: () => deps.edits.flush(),

      dispose() {
        unsubscribe?.();
        unsubscribe = undefined;
      },

      async exportAssessment(format) {
        const site = get().site;
        if (!site) return undefined;
        try {
          await deps.edits.flush();
          const state = await loadSite(await deps.openDb(), site);
          const assessment = buildAssessment(site, state);
          const now = deps.now();
          if (format === 'report-html' || format === 'report-markdown')
            return siteReport(assessment, now, format === 'report-html' ? 'html' : 'markdown');
          return format === 'json'
            ? assessmentsToJson(
                [assessment],
                state.checklist ? [state.checklist] : [],
                now,
                get().auditorName,
              )
            : assessmentToCsv(assessment, now);
        } catch (error) {
          set({ error: `The export failed: ${errorMessage(error)}` });
          return undefined;
        }
      },
    };
  });
}

export type ChecklistStore = ReturnType<typeof createChecklistStore>;
