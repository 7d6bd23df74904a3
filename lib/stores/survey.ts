/**
 * The survey dashboard (issue 11): campaigns over lists of organisations, the table of sites
 * with their progress and score, the summary per indicator, comparisons, and the storage notice.
 * Everything shown is read from the database (the sites' summaries, the campaigns), and read
 * again whenever any view announces a change.
 */
import { createStore } from 'zustand/vanilla';
import type { ChecklistItem, ItemId } from '../assessment.ts';
import {
  type CampaignProgress,
  campaignFromCsv,
  campaignProgress,
  campaignToCsv,
  nextToOpen,
} from '../campaigns/campaign.ts';
import {
  type CampaignChanges,
  type ChosenFile,
  type CrawlImportReport,
  MAX_IMPORT_BYTES,
  matchCampaigns,
  planCrawlImport,
  readResultFiles,
  resultFilesOf,
} from '../campaigns/crawl-import.ts';
import { SHIPPED_CAMPAIGNS } from '../campaigns/shipped.ts';
import {
  CATALOGUE_CHECKLIST,
  CATALOGUE_CHECKLIST_ID,
  checklistItems,
} from '../checklists/checklist.ts';
import {
  deleteCampaign,
  deleteSite,
  keepSnapshot,
  listCampaigns,
  listSnapshots,
  saveCampaign,
} from '../db/campaigns.ts';
import { listChecklists, setCampaignChecklist, setSiteChecklist } from '../db/checklists.ts';
import { saveImportedScans } from '../db/crawl-import.ts';
import { type AuditDatabase, getSetting } from '../db/repository.ts';
import type { CampaignRecord, SnapshotRecord, SummaryRecord } from '../db/schema.ts';
import { listSummaries } from '../db/summaries.ts';
import { errorMessage } from '../errors.ts';
import { allAssessments } from '../export/all-assessments.ts';
import type { ExportFile } from '../export/formats.ts';
import { type ReportFormat, surveyReport } from '../export/report.ts';
import { type ReviewStatus, reviewProgress, scoreOf } from '../score/score.ts';

export interface SurveyDeps {
  openDb: () => Promise<AuditDatabase>;
  now: () => string;
  /** Opens a site's page in a tab with its checklist: beside it (side panel) or in a tab. */
  openSite: (url: string, where: 'side-panel' | 'tab') => Promise<void>;
  /** How much is stored and whether the browser keeps it under storage pressure. */
  storageEstimate: () => Promise<{ usage: number | undefined; persisted: boolean }>;
  /** A fresh id for a campaign. */
  newId: () => string;
  /** Has the background write the edits it holds, so that a report reads every verdict. */
  flushEdits: () => Promise<void>;
}

/** One line of the table of sites. */
export interface SiteRow {
  site: string;
  /** The organisations the site belongs to, by the campaigns' lists ('' when none). */
  organisation: string;
  /** The campaigns it is in. */
  campaigns: string[];
  campaignIds: string[];
  /** Where to open it: its last page scanned, else the organisation's listed address. */
  url: string;
  pages: number;
  reviewed: number;
  total: number;
  status: ReviewStatus;
  score: number;
  problems: number;
  lastChangeAt: string;
  /** The checklist the site is assessed with. */
  checklistId: string;
}

export const SORT_KEYS = [
  'organisation',
  'site',
  'campaign',
  'pages',
  'reviewed',
  'score',
  'problems',
  'lastChangeAt',
] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export interface SortOrder {
  key: SortKey;
  descending: boolean;
}
export interface RowFilter {
  text: string;
  /** A campaign's id, or '' for every site. */
  campaign: string;
  status: ReviewStatus | '';
  /** A checklist's id, or '' for any. */
  checklist: string;
}

export interface StorageState {
  usage: number | undefined;
  persisted: boolean | undefined;
  lastBackupAt: string;
}

export interface SurveyState {
  loading: boolean;
  error: string | undefined;
  notice: string | undefined;
  campaigns: CampaignRecord[];
  progress: Record<string, CampaignProgress>;
  summaries: Map<string, SummaryRecord>;
  rows: SiteRow[];
  sort: SortOrder;
  filter: RowFilter;
  storage: StorageState;
  /** The two sites compared (the first also compared over time). */
  compare: string[];
  snapshots: SnapshotRecord[];
  /** An import of crawl results under way: files read so far, then storing. */
  importing: { stage: 'reading' | 'storing'; done: number; total: number } | undefined;
  /** What the last import of crawl results did. */
  crawlImport: CrawlImportReport | undefined;
  /** The checklists a site can be assessed with: the catalogue first. */
  checklists: {
    id: string;
    name: string;
    items: readonly ItemId[];
    /** The items as the auditor reads them (titles, polarity), own indicators included. */
    described: readonly ChecklistItem[];
  }[];
  /** Chooses the checklist a site is assessed with. */
  chooseChecklist: (site: string, checklistId: string) => Promise<void>;
  /** Chooses the checklist every site of a campaign is assessed with. */
  chooseCampaignChecklist: (campaignId: string, checklistId: string) => Promise<void>;
  load: () => Promise<void>;
  /** Reads again only the given sites' summaries (a scan or a verdict changed them). */
  refreshSites: (sites: readonly string[]) => Promise<void>;
  importCampaign: (fileName: string, csv: string) => Promise<void>;
  addShippedCampaign: (id: string) => Promise<void>;
  /**
   * Imports the command line's crawl results (issue 12) as scanner results of campaigns: every
   * file checked before anything is written, all or nothing.
   */
  importCrawlResults: (files: readonly ChosenFile[]) => Promise<void>;
  dismissCrawlImport: () => void;
  removeCampaign: (id: string) => Promise<void>;
  openNext: (campaignId: string) => Promise<void>;
  openSite: (row: SiteRow) => Promise<void>;
  removeSite: (site: string) => Promise<void>;
  exportCampaign: (id: string) => ExportFile | undefined;
  /** The survey report of a campaign's sites (Markdown or printable HTML). */
  exportCampaignReport: (id: string, format: ReportFormat) => Promise<ExportFile | undefined>;
  setSort: (key: SortKey) => void;
  setFilter: (filter: Partial<RowFilter>) => void;
  toggleCompare: (site: string) => Promise<void>;
  keepAssessment: (site: string) => Promise<void>;
  dismissNotice: () => void;
}

/** A lookup of the checklists' items by id. */
function itemsIn(checklists: SurveyState['checklists']) {
  const byId = new Map(checklists.map((checklist) => [checklist.id, checklist.items]));
  return (id: string) => byId.get(id);
}

const collator = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true });

/** The table's rows: every site with a summary (scanned or reviewed), and every campaign's site. */
export function buildRows(
  summaries: ReadonlyMap<string, SummaryRecord>,
  campaigns: readonly CampaignRecord[],
  /** The items of a checklist, by id: a site's review is of its checklist's items. */
  itemsOf: (checklistId: string) => readonly ItemId[] | undefined = () => undefined,
): SiteRow[] {
  const rows = new Map<string, SiteRow>();
  const row = (site: string, url: string): SiteRow => {
    const existing = rows.get(site);
    if (existing) return existing;
    const summary = summaries.get(site);
    const progress = reviewProgress(
      summary,
      summary?.pages ?? 0,
      itemsOf(summary?.checklistId ?? CATALOGUE_CHECKLIST_ID),
    );
    const score = summary ? scoreOf(summary) : undefined;
    const created: SiteRow = {
      site,
      organisation: '',
      campaigns: [],
      campaignIds: [],
      url,
      pages: summary?.pages ?? 0,
      ...progress,
      score: score?.score ?? 0,
      problems: score?.problems.length ?? 0,
      lastChangeAt: summary?.lastChangeAt ?? '',
      checklistId: summary?.checklistId ?? CATALOGUE_CHECKLIST_ID,
    };
    rows.set(site, created);
    return created;
  };
  for (const summary of summaries.values())
    row(summary.site, summary.lastUrl || `https://${summary.site}/`);
  for (const campaign of campaigns) {
    for (const organisation of campaign.organisations) {
      if (!organisation.site) continue;
      const found = row(organisation.site, organisation.url);
      if (organisation.name && !found.organisation.split(' / ').includes(organisation.name))
        found.organisation = found.organisation
          ? `${found.organisation} / ${organisation.name}`
          : organisation.name;
      if (!found.campaignIds.includes(campaign.id)) {
        found.campaignIds.push(campaign.id);
        found.campaigns.push(campaign.name);
      }
    }
  }
  return [...rows.values()];
}

/** The rows the filter lets through, in the table's order. */
export function filteredRows(rows: readonly SiteRow[], filter: RowFilter): SiteRow[] {
  const text = filter.text.trim().toLowerCase();
  return rows.filter(
    (row) =>
      (!filter.campaign || row.campaignIds.includes(filter.campaign)) &&
      (!filter.status || row.status === filter.status) &&
      (!filter.checklist || row.checklistId === filter.checklist) &&
      (!text || row.site.includes(text) || row.organisation.toLowerCase().includes(text)),
  );
}

/** The rows the filter lets through, in the chosen order. */
export function visibleRows(
  rows: readonly SiteRow[],
  filter: RowFilter,
  sort: SortOrder,
): SiteRow[] {
  const shown = filteredRows(rows, filter);
  const compare = comparator(sort.key);
  const direction = sort.descending ? -1 : 1;
  // Ties in the site's name, always ascending: the order is the same every time.
  return shown.sort((a, b) => compare(a, b) * direction || collator.compare(a.site, b.site));
}

function comparator(key: SortKey): (a: SiteRow, b: SiteRow) => number {
  switch (key) {
    case 'organisation':
      // Sites without an organisation last.
      return (a, b) =>
        (a.organisation ? 0 : 1) - (b.organisation ? 0 : 1) ||
        collator.compare(a.organisation, b.organisation);
    case 'site':
      return (a, b) => collator.compare(a.site, b.site);
    case 'campaign':
      return (a, b) => collator.compare(a.campaigns.join(), b.campaigns.join());
    case 'lastChangeAt':
      return (a, b) =>
        a.lastChangeAt < b.lastChangeAt ? -1 : a.lastChangeAt > b.lastChangeAt ? 1 : 0;
    case 'reviewed':
      return (a, b) => a.reviewed / (a.total || 1) - b.reviewed / (b.total || 1);
    default:
      return (a, b) => a[key] - b[key];
  }
}

export function createSurveyStore(deps: SurveyDeps) {
  const store = createStore<SurveyState>()((set, get) => {
    /** Runs a write, then reads everything again; a failure is said in plain words. */
    const write = async (what: string, action: (db: AuditDatabase) => Promise<void>) => {
      set({ error: undefined });
      try {
        await action(await deps.openDb());
        await get().load();
      } catch (error) {
        set({ error: `${what}: ${errorMessage(error)}` });
      }
    };
    return {
      loading: false,
      error: undefined,
      notice: undefined,
      campaigns: [],
      progress: {},
      summaries: new Map(),
      rows: [],
      sort: { key: 'lastChangeAt', descending: true },
      filter: { text: '', campaign: '', status: '', checklist: '' },
      storage: { usage: undefined, persisted: undefined, lastBackupAt: '' },
      compare: [],
      snapshots: [],
      importing: undefined,
      crawlImport: undefined,
      checklists: [
        {
          id: CATALOGUE_CHECKLIST.id,
          name: CATALOGUE_CHECKLIST.name,
          items: CATALOGUE_CHECKLIST.items,
          described: checklistItems(CATALOGUE_CHECKLIST),
        },
      ],

      async chooseChecklist(site, checklistId) {
        try {
          await setSiteChecklist(await deps.openDb(), site, checklistId, deps.now());
          await get().refreshSites([site]);
        } catch (error) {
          set({ error: `The checklist was not chosen: ${errorMessage(error)}` });
        }
      },

      async chooseCampaignChecklist(campaignId, checklistId) {
        let sites = 0;
        const listed = get().campaigns.find((campaign) => campaign.id === campaignId)?.sites.length;
        // Thousands of sites take seconds: say what is under way.
        set({ notice: `Choosing the checklist of ${listed ?? 'the'} sites of the campaign…` });
        await write('The checklist was not chosen', async (db) => {
          sites = await setCampaignChecklist(db, campaignId, checklistId, deps.now());
        });
        const name = get().checklists.find((checklist) => checklist.id === checklistId)?.name;
        set({
          notice: get().error
            ? undefined
            : `The ${sites} ${sites === 1 ? 'site' : 'sites'} of the campaign are assessed with ${name ?? 'that checklist'}.`,
        });
      },

      async load() {
        set({ loading: true });
        try {
          const db = await deps.openDb();
          const [summaryList, campaigns, lastBackupAt, stored] = await Promise.all([
            listSummaries(db),
            listCampaigns(db),
            getSetting(db, 'lastBackupAt'),
            listChecklists(db),
          ]);
          const checklists = [CATALOGUE_CHECKLIST, ...stored].map((checklist) => ({
            id: checklist.id,
            name: checklist.name,
            items: checklist.items,
            described: checklistItems(checklist),
          }));
          campaigns.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
          const summaries = new Map(summaryList.map((summary) => [summary.site, summary]));
          const progress = Object.fromEntries(
            campaigns.map((campaign) => [
              campaign.id,
              campaignProgress(campaign, summaries, itemsIn(checklists)),
            ]),
          );
          const first = get().compare[0];
          const snapshots = first ? await listSnapshots(db, first) : [];
          const rows = buildRows(summaries, campaigns, itemsIn(checklists));
          // A filter on a campaign or checklist deleted elsewhere shows every site again.
          const filter = { ...get().filter };
          if (filter.campaign && !campaigns.some((c) => c.id === filter.campaign))
            filter.campaign = '';
          if (filter.checklist && !checklists.some((c) => c.id === filter.checklist))
            filter.checklist = '';
          set({
            checklists,
            campaigns,
            progress,
            summaries,
            rows,
            snapshots,
            compare: get().compare.filter((site) => rows.some((row) => row.site === site)),
            filter,
            storage: { ...get().storage, lastBackupAt },
          });
          const estimate = await deps.storageEstimate().catch(() => undefined);
          if (estimate)
            set({
              storage: { ...get().storage, usage: estimate.usage, persisted: estimate.persisted },
            });
        } catch (error) {
          set({ error: `Could not read the saved audits: ${errorMessage(error)}` });
        } finally {
          set({ loading: false });
        }
      },

      async refreshSites(sites) {
        try {
          const db = await deps.openDb();
          const fresh = await Promise.all(sites.map((site) => db.get('summaries', site)));
          const summaries = new Map(get().summaries);
          sites.forEach((site, index) => {
            const summary = fresh[index];
            if (summary) summaries.set(site, summary);
            else summaries.delete(site);
          });
          const { campaigns, compare, checklists } = get();
          const progress = Object.fromEntries(
            campaigns.map((campaign) => [
              campaign.id,
              campaignProgress(campaign, summaries, itemsIn(checklists)),
            ]),
          );
          const first = compare[0];
          const snapshots =
            first && sites.includes(first) ? await listSnapshots(db, first) : get().snapshots;
          set({
            summaries,
            progress,
            snapshots,
            rows: buildRows(summaries, campaigns, itemsIn(checklists)),
          });
        } catch (error) {
          set({ error: `Could not read the saved audits: ${errorMessage(error)}` });
        }
      },

      async importCampaign(fileName, csv) {
        let campaign: CampaignRecord;
        try {
          campaign = campaignFromCsv(csv, {
            id: deps.newId(),
            name: fileName.replace(/\.[^.]*$/, ''),
            source: `Imported from ${fileName}`,
            at: deps.now(),
          });
        } catch (error) {
          set({ error: `The campaign ${fileName} was not imported: ${errorMessage(error)}` });
          return;
        }
        await write('The campaign was not saved', (db) => saveCampaign(db, campaign));
        if (!get().error)
          set({
            notice: `Imported ${campaign.name}: ${campaign.organisations.length} organisations.`,
          });
      },

      async importCrawlResults(files) {
        set({ error: undefined, crawlImport: undefined });
        const { results: chosen, cutShort } = resultFilesOf(files);
        const nothing = 'No crawl results were imported';
        if (chosen.length === 0) {
          set({
            error: `${nothing}: ${cutShort.length ? 'the folder holds only crawls cut short (.partial.json: finish them with nhs-site-audit crawl --resume)' : 'no .json result files were chosen (a crawl writes them to the sites folder of its output)'}.`,
          });
          return;
        }
        const bytes = chosen.reduce((sum, file) => sum + file.size, 0);
        if (bytes > MAX_IMPORT_BYTES) {
          set({
            error: `${nothing}: the ${chosen.length} files make ${Math.round(bytes / 1024 / 1024)} MB, more than the ${MAX_IMPORT_BYTES / 1024 / 1024} MB one import reads; import the crawl a folder (shard) at a time.`,
          });
          return;
        }
        const total = chosen.length;
        set({ importing: { stage: 'reading', done: 0, total } });
        try {
          const { parsed, problems } = await readResultFiles(chosen, (done) =>
            set({ importing: { stage: 'reading', done, total } }),
          );
          if (problems.length > 0) {
            const listed = problems.slice(0, 5).join(' ');
            set({
              error: `Nothing was imported: ${problems.length} of ${total} files cannot be read as crawl results. ${listed}${problems.length > 5 ? ` (and ${problems.length - 5} more files)` : ''}`,
            });
            return;
          }
          set({ importing: { stage: 'storing', done: total, total } });
          const plan = planCrawlImport(parsed);
          const now = deps.now();
          let changes: CampaignChanges | undefined;
          const outcome = await saveImportedScans(await deps.openDb(), plan.scans, (stored) => {
            changes = matchCampaigns(stored, parsed, { now, newId: deps.newId });
            return changes.records;
          });
          set({
            crawlImport: {
              files: parsed.length,
              sites: outcome.stored.length,
              pages: outcome.stored.reduce((sum, site) => sum + site.pages, 0),
              failedPages: plan.failedPages,
              failedSites: plan.failedSites,
              kept: outcome.kept,
              superseded: plan.superseded,
              remerged: plan.remerged,
              cutShort,
              matched: changes?.matched ?? 0,
              created: changes?.created ?? [],
              added: changes?.added ?? {},
              moved: changes?.moved ?? [],
            },
          });
          await get().load();
        } catch (error) {
          set({
            error: `The crawl results were not imported (nothing was written): ${errorMessage(error)}`,
          });
        } finally {
          set({ importing: undefined });
        }
      },

      dismissCrawlImport() {
        set({ crawlImport: undefined });
      },

      async addShippedCampaign(id) {
        const shipped = SHIPPED_CAMPAIGNS.find((campaign) => campaign.id === id);
        if (!shipped) return;
        // One copy of each shipped list: adding it again refreshes the list, not the audits.
        const existing = get().campaigns.find((campaign) => campaign.id === shipped.id);
        const at = deps.now();
        const campaign = campaignFromCsv(shipped.csv, { ...shipped, at });
        if (existing) campaign.createdAt = existing.createdAt;
        await write('The campaign was not saved', (db) => saveCampaign(db, campaign));
        if (!get().error)
          set({
            notice: `Added ${campaign.name}: ${campaign.organisations.length} organisations.`,
          });
      },

      async removeCampaign(id) {
        await write('The campaign was not deleted', (db) => deleteCampaign(db, id));
      },

      async openNext(campaignId) {
        const progress = get().progress[campaignId];
        const next = progress && nextToOpen(progress);
        if (!next) {
          set({ notice: 'Every organisation of this campaign with a website is done.' });
          return;
        }
        const row = get().rows.find((r) => r.site === next.organisation.site);
        set({ error: undefined });
        try {
          await deps.openSite(row?.url || next.organisation.url, 'side-panel');
        } catch (error) {
          set({ error: `Could not open ${next.organisation.name}: ${errorMessage(error)}` });
        }
      },

      async openSite(row) {
        set({ error: undefined });
        try {
          await deps.openSite(row.url, 'tab');
        } catch (error) {
          set({ error: `Could not open ${row.site}: ${errorMessage(error)}` });
        }
      },

      async removeSite(site) {
        await write(`${site} was not deleted`, (db) => deleteSite(db, site));
        if (!get().error) set({ notice: `Deleted everything stored about ${site}.` });
      },

      exportCampaign(id) {
        const campaign = get().campaigns.find((c) => c.id === id);
        return campaign && campaignToCsv(campaign, get().summaries, deps.now());
      },

      async exportCampaignReport(id, format) {
        const campaign = get().campaigns.find((c) => c.id === id);
        if (!campaign) return undefined;
        set({ error: undefined });
        try {
          await deps.flushEdits();
          const { assessments } = await allAssessments(
            await deps.openDb(),
            undefined,
            new Set(campaign.sites),
          );
          if (assessments.length === 0) {
            set({
              error: `No site of ${campaign.name} is scanned or reviewed yet: nothing to report.`,
            });
            return undefined;
          }
          const assessed = new Set(assessments.map((assessment) => assessment.site));
          return surveyReport(assessments, deps.now(), format, {
            name: campaign.name,
            listed: campaign.organisations.length,
            notAssessed: campaign.organisations
              .filter((organisation) => !organisation.site || !assessed.has(organisation.site))
              .map((organisation) => organisation.name),
          });
        } catch (error) {
          set({ error: `The report was not made: ${errorMessage(error)}` });
          return undefined;
        }
      },

      setSort(key) {
        const sort = get().sort;
        set({
          sort:
            sort.key === key
              ? { key, descending: !sort.descending }
              : // Numbers and times start with the largest, names from A.
                { key, descending: !['organisation', 'site', 'campaign'].includes(key) },
        });
      },

      setFilter(filter) {
        set({ filter: { ...get().filter, ...filter } });
      },

      async toggleCompare(site) {
        const compare = get().compare;
        const next = compare.includes(site)
          ? compare.filter((s) => s !== site)
          : [...compare, site].slice(-2);
        set({ compare: next });
        const first = next[0];
        try {
          set({ snapshots: first ? await listSnapshots(await deps.openDb(), first) : [] });
        } catch (error) {
          set({ error: `Could not read the kept assessments: ${errorMessage(error)}` });
        }
      },

      async keepAssessment(site) {
        const summary = get().summaries.get(site);
        if (!summary) return;
        await write('The assessment was not kept', async (db) => {
          await keepSnapshot(db, summary, deps.now(), await getSetting(db, 'auditorName'));
        });
      },

      dismissNotice() {
        set({ notice: undefined });
      },
    };
  });
  return store;
}

export type SurveyStore = ReturnType<typeof createSurveyStore>;
