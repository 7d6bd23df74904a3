/** Opening the database and every read and write of it. */
import { type IDBPDatabase, openDB } from 'idb';
import type { ItemId, ScannerResult, Verdict, VerdictHow } from '../assessment.ts';
import {
  CATALOGUE_CHECKLIST_ID,
  CATALOGUE_VERSION,
  type Checklist,
} from '../checklists/checklist.ts';
import { INDICATOR_RENAMES, type IndicatorRenames } from '../indicator-renames.ts';
import type { PageResult } from '../scan/scan-page.ts';
import { siteKeyOf } from '../site.ts';
import { announceChange } from './changes.ts';
import { checklistById } from './checklists.ts';
import { upgradeToVersion4 } from './migrate-v4.ts';
import { upgradeToVersion5 } from './migrate-v5.ts';
import {
  type AuditDB,
  type CrawlRecord,
  DB_NAME,
  DB_VERSION,
  type PageScanRecord,
  SETTING_DEFAULTS,
  type SettingKey,
  type Settings,
  type SiteRecord,
  type VerdictRecord,
} from './schema.ts';
import { refreshSummary } from './summaries.ts';

export type AuditDatabase = IDBPDatabase<AuditDB>;

/** Opens (and creates or upgrades) the database. Upgrades stack: each version adds to the last. */
export function openAuditDb(
  name = DB_NAME,
  onGone?: () => void,
  onBlocked?: () => void,
  /** Catalogue ids renamed since (lib/indicator-renames.ts); tests pass their own. */
  renames: IndicatorRenames = INDICATOR_RENAMES,
): Promise<AuditDatabase> {
  return openDB<AuditDB>(name, DB_VERSION, {
    // A newer version of the extension wants to upgrade: let it, and reopen on next use.
    blocking(_current, _blocked, event) {
      (event.target as IDBDatabase).close();
      onGone?.();
    },
    terminated: () => onGone?.(),
    // Another view still has the old version open: say so rather than wait without a word.
    blocked: () => onBlocked?.(),
    async upgrade(db, oldVersion, _newVersion, tx) {
      if (oldVersion < 1) {
        db.createObjectStore('sites', { keyPath: 'site' }).createIndex(
          'by-last-scanned',
          'lastScannedAt',
        );
        db.createObjectStore('pages', { keyPath: ['site', 'url'] }).createIndex('by-site', 'site');
        db.createObjectStore('verdicts', { keyPath: ['site', 'indicator'] }).createIndex(
          'by-site',
          'site',
        );
      }
      if (oldVersion < 2) {
        db.createObjectStore('settings', { keyPath: 'key' });
        db.createObjectStore('checklists', { keyPath: 'id' });
        db.createObjectStore('campaigns', { keyPath: 'id' });
        // Scans stored by the first slice predate the contact-form check.
        let cursor = await tx.objectStore('pages').openCursor();
        while (cursor) {
          if (!Array.isArray(cursor.value.emailFields))
            await cursor.update({ ...cursor.value, emailFields: [] });
          cursor = await cursor.continue();
        }
      }
      if (oldVersion < 3) {
        db.createObjectStore('crawls', { keyPath: 'site' });
        // Verdicts set before version 3: what the scanner said then is not known.
        let cursor = await tx.objectStore('verdicts').openCursor();
        while (cursor) {
          if (cursor.value.scannerSeen === undefined)
            await cursor.update({
              ...cursor.value,
              scannerSeen: null,
              verdictBy: '',
              verdictHow: 'judged',
              addedEvidence: [],
            });
          cursor = await cursor.continue();
        }
      }
      if (oldVersion < 4) await upgradeToVersion4(db, tx);
      if (oldVersion < 5) await upgradeToVersion5(db, tx, renames);
    },
  });
}

/**
 * A shared connection that is opened on first use and opened again after the browser closed
 * it (storage cleared, an upgrade elsewhere) or after a failed open.
 */
export function dbConnector(
  name = DB_NAME,
  /** Called when an upgrade waits for another view that still has the old version open. */
  onBlocked?: () => void,
): () => Promise<AuditDatabase> {
  let current: Promise<AuditDatabase> | undefined;
  const forget = () => {
    current = undefined;
  };
  return () => {
    current ??= openAuditDb(name, forget, onBlocked).catch((error: unknown) => {
      forget();
      throw error;
    });
    return current;
  };
}

/** Stores a page's scan (replacing an earlier scan of the same page) and notes the site. */
export async function savePageScan(
  db: AuditDatabase,
  result: PageResult,
  scannedAt: string,
): Promise<PageScanRecord> {
  const site = siteKeyOf(result.url);
  const record: PageScanRecord = { site, scannedAt, ...result };
  const tx = db.transaction(['sites', 'pages', 'verdicts', 'summaries'], 'readwrite');
  const sites = tx.objectStore('sites');
  const existing = await sites.get(site);
  const siteRecord: SiteRecord = {
    site,
    firstSeenAt: existing?.firstSeenAt ?? scannedAt,
    lastScannedAt: scannedAt,
    lastUrl: result.url,
    checklistId: existing?.checklistId ?? CATALOGUE_CHECKLIST_ID,
  };
  await Promise.all([sites.put(siteRecord), tx.objectStore('pages').put(record)]);
  await Promise.all([refreshSummary(tx, site), tx.done]);
  announceChange({ kind: 'site', site });
  return record;
}

export interface SiteState {
  site: SiteRecord | undefined;
  pages: PageScanRecord[];
  verdicts: VerdictRecord[];
  /** The checklist the site is assessed with (the catalogue unless one was chosen). */
  checklist?: Checklist | undefined;
}

/** Everything stored about one site, with its checklist. */
export async function loadSite(db: AuditDatabase, site: string): Promise<SiteState> {
  const tx = db.transaction(['sites', 'pages', 'verdicts'], 'readonly');
  const [siteRecord, pages, verdicts] = await Promise.all([
    tx.objectStore('sites').get(site),
    tx.objectStore('pages').index('by-site').getAll(site),
    tx.objectStore('verdicts').index('by-site').getAll(site),
    tx.done,
  ]);
  pages.sort((a, b) => a.scannedAt.localeCompare(b.scannedAt));
  const checklist = await checklistById(db, siteRecord?.checklistId ?? CATALOGUE_CHECKLIST_ID);
  return { site: siteRecord, pages, verdicts, checklist };
}

/**
 * One edit of one field. A verdict edit records the scanner's result the auditor saw; setting
 * the same verdict again ("keep my verdict") is how the auditor clears a re-scan's flag.
 */
export type VerdictChange =
  | {
      field: 'verdict';
      value: Verdict | null;
      scannerSeen: ScannerResult;
      by: string;
      how: VerdictHow;
    }
  | { field: 'note'; value: string }
  | { field: 'added-evidence'; url: string; snippet: string; by: string };

/**
 * Saves one field of one indicator's verdict record in a transaction. An edit older than the
 * stored one (by its timestamp) loses: the later edit wins, whichever view made it.
 */
export async function saveVerdictChange(
  db: AuditDatabase,
  site: string,
  indicator: ItemId,
  change: VerdictChange,
  at: string,
): Promise<VerdictRecord> {
  const tx = db.transaction(['verdicts', 'pages', 'sites', 'summaries', 'checklists'], 'readwrite');
  const store = tx.objectStore('verdicts');
  // The checklist and version the verdict is given under, so a later change of it shows.
  const checklistId =
    (await tx.objectStore('sites').get(site))?.checklistId ?? CATALOGUE_CHECKLIST_ID;
  const checklistVersion =
    checklistId === CATALOGUE_CHECKLIST_ID
      ? CATALOGUE_VERSION
      : ((await tx.objectStore('checklists').get(checklistId))?.version ?? CATALOGUE_VERSION);
  const record: VerdictRecord = (await store.get([site, indicator])) ?? {
    site,
    indicator,
    verdict: null,
    verdictAt: '',
    note: '',
    noteAt: '',
    scannerSeen: null,
    verdictBy: '',
    verdictHow: 'judged',
    addedEvidence: [],
    checklistId,
    checklistVersion,
  };
  if (change.field === 'added-evidence') {
    const added = record.addedEvidence ?? [];
    if (!added.some((item) => item.url === change.url && item.snippet === change.snippet))
      record.addedEvidence = [
        ...added,
        { url: change.url, snippet: change.snippet, addedAt: at, addedBy: change.by },
      ];
  } else if (change.field === 'verdict' && at >= record.verdictAt) {
    record.verdict = change.value;
    record.verdictAt = at;
    record.scannerSeen = change.scannerSeen;
    record.verdictBy = change.by;
    record.verdictHow = change.how;
    record.checklistId = checklistId;
    record.checklistVersion = checklistVersion;
  } else if (change.field === 'note' && at >= record.noteAt) {
    record.note = change.value;
    record.noteAt = at;
  }
  await store.put(record);
  await Promise.all([refreshSummary(tx, site), tx.done]);
  announceChange({ kind: 'site', site });
  return record;
}

/** All sites, most recently scanned first. */
export async function listSites(db: AuditDatabase): Promise<SiteRecord[]> {
  const sites = await db.getAllFromIndex('sites', 'by-last-scanned');
  return sites.reverse();
}

/** A setting's stored value, or its default. */
export async function getSetting<K extends SettingKey>(
  db: AuditDatabase,
  key: K,
): Promise<Settings[K]> {
  const record = await db.get('settings', key);
  return (record?.value as Settings[K] | undefined) ?? SETTING_DEFAULTS[key];
}

export async function saveSetting<K extends SettingKey>(
  db: AuditDatabase,
  key: K,
  value: Settings[K],
  at: string,
): Promise<void> {
  await db.put('settings', { key, value, updatedAt: at });
  announceChange({ kind: 'all' });
}

/** A site's last whole-site scan, if any. */
export function loadCrawl(db: AuditDatabase, site: string): Promise<CrawlRecord | undefined> {
  return db.get('crawls', site);
}

/** Stores where a site scan stands (replacing the site's earlier one). */
export async function saveCrawl(db: AuditDatabase, record: CrawlRecord): Promise<void> {
  await db.put('crawls', record);
  announceChange({ kind: 'crawl', site: record.site });
}

/**
 * Marks site scans stored as running, but not running (`stillRunning`), as interrupted: the
 * browser or the extension stopped them. Returns those marked.
 */
export async function markCrawlsInterrupted(
  db: AuditDatabase,
  at: string,
  stillRunning: (site: string) => boolean = () => false,
): Promise<CrawlRecord[]> {
  const tx = db.transaction('crawls', 'readwrite');
  const marked: CrawlRecord[] = [];
  let cursor = await tx.store.openCursor();
  while (cursor) {
    if (cursor.value.status === 'running' && !stillRunning(cursor.value.site)) {
      const record: CrawlRecord = {
        ...cursor.value,
        status: 'interrupted',
        current: undefined,
        updatedAt: at,
      };
      await cursor.update(record);
      marked.push(record);
    }
    cursor = await cursor.continue();
  }
  await tx.done;
  for (const record of marked) announceChange({ kind: 'crawl', site: record.site });
  return marked;
}

/**
 * Asks the browser to keep the extension's data under storage pressure (the manifest also
 * asks for unlimitedStorage). Returns whether storage is persistent.
 */
export async function requestPersistentStorage(
  storage: StorageManager | undefined = globalThis.navigator?.storage,
): Promise<boolean> {
  if (!storage?.persist) return false;
  return (await storage.persisted()) || storage.persist();
}
