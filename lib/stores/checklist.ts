/**
 * The checklist of one site as a view shows it: the merged scanner results, the auditor's
 * verdicts and notes, and what is being done. Every change is saved as it is made; a change
 * that fails to save stays on screen, listed as unsaved, until a retry saves it.
 */
import { createStore } from 'zustand/vanilla';
import {
  type CrawlDeps,
  type CrawlOptions,
  type CrawlProgress,
  DEFAULT_PAUSE_MS,
} from '../crawl/site-crawl.ts';
import {
  type AuditDatabase,
  getSetting,
  loadSite,
  savePageScan,
  saveSetting,
  saveVerdictChange,
  type VerdictChange,
} from '../db/repository.ts';
import { type PageScanRecord, SETTING_DEFAULTS, type Verdict } from '../db/schema.ts';
import { errorMessage } from '../errors.ts';
import { type Assessment, buildAssessment } from '../export/assessment.ts';
import type { IndicatorId } from '../indicators/index.ts';
import type { PageResult } from '../scan/scan-page.ts';
import { siteKeyOf } from '../site.ts';

export interface ChecklistDeps {
  openDb: () => Promise<AuditDatabase>;
  /** Scans the tab's page and stores the result (the background does both). */
  scanTab: (tabId: number) => Promise<PageScanRecord>;
  now: () => string;
  /** Scrolls to and outlines an evidence element in the tab; false if the page no longer has it. */
  highlight: (tabId: number, selector: string) => Promise<boolean>;
  /** Asks for access to the site's pages (a whole-site scan fetches them); false if refused. */
  requestSiteAccess: (origin: string) => Promise<boolean>;
  /** Fetches and scans the pages linked from `startUrl` (lib/crawl). */
  crawl: (
    startUrl: string,
    options: CrawlOptions,
    callbacks: Pick<CrawlDeps, 'onPage' | 'onProgress'>,
  ) => Promise<PageResult[]>;
}

export interface CrawlState {
  running: boolean;
  progress: CrawlProgress | undefined;
  /** How many linked pages a whole-site scan reads. */
  maxPages: number;
}

export interface Target {
  tabId: number;
  url: string;
}

export type Phase = 'idle' | 'loading' | 'ready' | 'scanning';

export interface ChecklistState {
  phase: Phase;
  target: Target | undefined;
  site: string | undefined;
  assessment: Assessment | undefined;
  /** A problem to show: a failed load, scan or save. */
  error: string | undefined;
  crawl: CrawlState;
  /** Changes not yet saved (a failed write), by indicator and field. */
  unsaved: Partial<Record<IndicatorId, { verdict?: Verdict | null; note?: string }>>;
  open: (target: Target) => Promise<void>;
  scan: () => Promise<void>;
  setVerdict: (indicator: IndicatorId, verdict: Verdict | null) => Promise<void>;
  setNote: (indicator: IndicatorId, note: string) => Promise<void>;
  retryUnsaved: () => Promise<void>;
  scanSite: () => Promise<void>;
  showEvidence: (selector: string) => Promise<void>;
  cancelCrawl: () => void;
  setMaxPages: (pages: number) => Promise<void>;
}

export function createChecklistStore(deps: ChecklistDeps) {
  let crawlAbort: AbortController | undefined;

  return createStore<ChecklistState>()((set, get) => {
    const refresh = async (site: string) => {
      const stored = await loadSite(await deps.openDb(), site);
      set({ assessment: applyUnsaved(buildAssessment(site, stored), get().unsaved) });
    };

    const applyChange = async (indicator: IndicatorId, change: VerdictChange) => {
      const site = get().site;
      if (!site) return;
      // Show the change at once, whatever happens to the write.
      set((current) => ({
        unsaved: {
          ...current.unsaved,
          [indicator]: { ...current.unsaved[indicator], [change.field]: change.value },
        },
        assessment:
          current.assessment &&
          applyUnsaved(current.assessment, { [indicator]: { [change.field]: change.value } }),
      }));
      try {
        await saveVerdictChange(await deps.openDb(), site, indicator, change, deps.now());
        set((current) => {
          const pending = { ...current.unsaved[indicator] };
          if (pending[change.field] === change.value) delete pending[change.field];
          const unsaved = { ...current.unsaved };
          if (Object.keys(pending).length === 0) delete unsaved[indicator];
          else unsaved[indicator] = pending;
          return { unsaved, error: Object.keys(unsaved).length === 0 ? undefined : current.error };
        });
      } catch (error) {
        set({
          error: `Not saved: ${errorMessage(error)}. Your change is kept here; press “Save again”.`,
        });
      }
    };

    return {
      phase: 'idle',
      target: undefined,
      site: undefined,
      assessment: undefined,
      error: undefined,
      unsaved: {},
      crawl: { running: false, progress: undefined, maxPages: SETTING_DEFAULTS.crawlMaxPages },

      async open(target) {
        let site: string;
        try {
          site = siteKeyOf(target.url);
        } catch (error) {
          set({ target, phase: 'ready', error: errorMessage(error) });
          return;
        }
        set({ target, site, phase: 'loading', error: undefined });
        try {
          const maxPages = await getSetting(await deps.openDb(), 'crawlMaxPages');
          set((current) => ({ crawl: { ...current.crawl, maxPages } }));
          await refresh(site);
          set({ phase: 'ready' });
        } catch (error) {
          set({ phase: 'ready', error: `Could not read the saved audit: ${errorMessage(error)}` });
        }
      },

      async scan() {
        const { target, site } = get();
        if (!target || !site) return;
        set({ phase: 'scanning', error: undefined });
        try {
          await deps.scanTab(target.tabId);
          await refresh(site);
        } catch (error) {
          set({ error: `The scan failed: ${errorMessage(error)}` });
        } finally {
          set({ phase: 'ready' });
        }
      },

      async scanSite() {
        const { target, site, crawl } = get();
        if (!target || !site || crawl.running) return;
        const origin = new URL(target.url).origin;
        // Asked first, inside the auditor's click: browsers grant access only in a user gesture.
        if (!(await deps.requestSiteAccess(origin))) {
          set({ error: `Scanning the whole site needs access to ${origin}; it was not given.` });
          return;
        }
        crawlAbort = new AbortController();
        set({ error: undefined, crawl: { ...crawl, running: true, progress: undefined } });
        try {
          const db = await deps.openDb();
          await deps.crawl(
            target.url,
            { maxPages: crawl.maxPages, pauseMs: DEFAULT_PAUSE_MS, signal: crawlAbort.signal },
            {
              onPage: async (result) => {
                await savePageScan(db, result, deps.now());
                await refresh(site);
              },
              onProgress: (progress) =>
                set((current) => ({ crawl: { ...current.crawl, progress } })),
            },
          );
        } catch (error) {
          if (!crawlAbort.signal.aborted)
            set({ error: `The site scan stopped: ${errorMessage(error)}` });
        } finally {
          crawlAbort = undefined;
          set((current) => ({ crawl: { ...current.crawl, running: false } }));
        }
      },

      async showEvidence(selector) {
        const { target } = get();
        if (!target) return;
        try {
          if (!(await deps.highlight(target.tabId, selector))) {
            set({
              error: 'That element is no longer on the page (it may have changed since the scan).',
            });
          }
        } catch (error) {
          set({ error: errorMessage(error) });
        }
      },

      cancelCrawl() {
        crawlAbort?.abort();
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
        applyChange(indicator, { field: 'verdict', value: verdict }),
      setNote: (indicator, note) => applyChange(indicator, { field: 'note', value: note }),

      async retryUnsaved() {
        const entries = Object.entries(get().unsaved) as [
          IndicatorId,
          { verdict?: Verdict | null; note?: string },
        ][];
        for (const [indicator, pending] of entries) {
          if (pending.verdict !== undefined)
            await applyChange(indicator, { field: 'verdict', value: pending.verdict });
          if (pending.note !== undefined)
            await applyChange(indicator, { field: 'note', value: pending.note });
        }
      },
    };
  });
}

/** The assessment with changes that are not saved yet laid over it. */
function applyUnsaved(assessment: Assessment, unsaved: ChecklistState['unsaved']): Assessment {
  if (Object.keys(unsaved).length === 0) return assessment;
  return {
    ...assessment,
    items: assessment.items.map((item) => {
      const pending = unsaved[item.indicator];
      if (!pending) return item;
      return {
        ...item,
        verdict: pending.verdict !== undefined ? pending.verdict : item.verdict,
        note: pending.note !== undefined ? pending.note : item.note,
      };
    }),
  };
}

export type ChecklistStore = ReturnType<typeof createChecklistStore>;
