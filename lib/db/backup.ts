/**
 * Backup and restore of the whole database. A restore merges into what is there, by each
 * record's key: the later edit wins (by its own timestamps), in one transaction, so a restore
 * is all or nothing.
 */
import { type IDBPTransaction, unwrap } from 'idb';
import { allOrNothing } from './all-or-nothing.ts';
import { announceChange } from './changes.ts';
import type { AuditDatabase } from './repository.ts';
import { type AuditDB, type BackupStores, STORE_NAMES, type StoreName } from './schema.ts';
import { summariseAll } from './summaries.ts';

export type RestoreReport = Record<
  StoreName,
  { added: number; updated: number; unchanged: number }
>;

/** Everything stored, read in one transaction (a consistent snapshot). */
export async function readBackupStores(db: AuditDatabase): Promise<BackupStores> {
  const tx = db.transaction([...STORE_NAMES], 'readonly');
  const [sites, pages, verdicts, settings, checklists, campaigns, snapshots] = await Promise.all([
    tx.objectStore('sites').getAll(),
    tx.objectStore('pages').getAll(),
    tx.objectStore('verdicts').getAll(),
    tx.objectStore('settings').getAll(),
    tx.objectStore('checklists').getAll(),
    tx.objectStore('campaigns').getAll(),
    tx.objectStore('snapshots').getAll(),
  ]);
  await tx.done;
  return { sites, pages, verdicts, settings, checklists, campaigns, snapshots };
}

type Value<S extends StoreName> = AuditDB[S]['value'];

/** Each store's key of a record, as a string, and how an incoming record merges with a stored one. */
const RULES: {
  [S in StoreName]: {
    key: (r: Value<S>) => string;
    merge: (stored: Value<S>, incoming: Value<S>) => Value<S>;
  };
} = {
  sites: {
    key: (r) => r.site,
    merge: (stored, incoming) => {
      const later = incoming.lastScannedAt > stored.lastScannedAt ? incoming : stored;
      return {
        site: stored.site,
        firstSeenAt:
          incoming.firstSeenAt < stored.firstSeenAt ? incoming.firstSeenAt : stored.firstSeenAt,
        lastScannedAt: later.lastScannedAt,
        lastUrl: later.lastUrl,
        // The auditor's later choice is not dated: the stored choice stays.
        checklistId: stored.checklistId,
      };
    },
  },
  pages: {
    key: (r) => `${r.site}\n${r.url}`,
    merge: (stored, incoming) => (incoming.scannedAt > stored.scannedAt ? incoming : stored),
  },
  verdicts: {
    key: (r) => `${r.site}\n${r.indicator}`,
    // Verdict and note each keep the later of the two edits.
    merge: (stored, incoming) => ({
      ...stored,
      ...(incoming.verdictAt > stored.verdictAt
        ? {
            verdict: incoming.verdict,
            verdictAt: incoming.verdictAt,
            scannerSeen: incoming.scannerSeen ?? null,
            verdictBy: incoming.verdictBy ?? '',
            verdictHow: incoming.verdictHow ?? 'judged',
            checklistId: incoming.checklistId,
            checklistVersion: incoming.checklistVersion,
          }
        : {}),
      ...(incoming.noteAt > stored.noteAt ? { note: incoming.note, noteAt: incoming.noteAt } : {}),
      // Evidence added by hand on either side is kept (each passage once).
      addedEvidence: [
        ...(stored.addedEvidence ?? []),
        ...(incoming.addedEvidence ?? []).filter(
          (item) =>
            !(stored.addedEvidence ?? []).some(
              (kept) => kept.url === item.url && kept.snippet === item.snippet,
            ),
        ),
      ],
    }),
  },
  settings: {
    key: (r) => r.key,
    merge: (stored, incoming) => (incoming.updatedAt > stored.updatedAt ? incoming : stored),
  },
  checklists: {
    key: (r) => r.id,
    merge: (stored, incoming) => (incoming.updatedAt > stored.updatedAt ? incoming : stored),
  },
  campaigns: {
    key: (r) => r.id,
    merge: (stored, incoming) => (incoming.updatedAt > stored.updatedAt ? incoming : stored),
  },
  snapshots: {
    key: (r) => `${r.site}\n${r.takenAt}`,
    // A snapshot is never edited: the one stored stays.
    merge: (stored) => stored,
  },
};

function sameRecord(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Restores a checked backup into the database (empty or not) in one transaction. If anything
 * fails, the transaction aborts and nothing is written.
 */
export async function restoreBackupStores(
  db: AuditDatabase,
  stores: BackupStores,
): Promise<RestoreReport> {
  // Relaxed durability: one flush at the end of a big restore, not an fsync per chunk.
  const names = [...STORE_NAMES, 'summaries'] as const;
  const tx = db.transaction<(typeof names)[number][], 'readwrite'>([...names], 'readwrite', {
    durability: 'relaxed',
  });
  const report = {} as RestoreReport;
  await allOrNothing(tx, async () => {
    const merged = await Promise.all(
      STORE_NAMES.map((name) => restoreStore(tx, name, stores[name], report)),
    );
    // The summaries of the sites the backup touched, from what is now stored (every record of
    // pages and verdicts was read or written above).
    const touched = new Set(
      [...stores.sites, ...stores.pages, ...stores.verdicts].map((record) => record.site),
    );
    const [sites, pages, verdicts] = [
      merged[STORE_NAMES.indexOf('sites')] as Map<string, Value<'sites'>>,
      merged[STORE_NAMES.indexOf('pages')] as Map<string, Value<'pages'>>,
      merged[STORE_NAMES.indexOf('verdicts')] as Map<string, Value<'verdicts'>>,
    ];
    const summaries = unwrap(tx.objectStore('summaries')) as IDBObjectStore;
    for (const summary of summariseAll(sites.values(), pages.values(), verdicts.values(), touched))
      summaries.put(summary);
  });
  announceChange({ kind: 'all' });
  return report;
}

/** Merges one store's records; returns every record the store now holds, by key. */
async function restoreStore<S extends StoreName>(
  tx: IDBPTransaction<AuditDB, (StoreName | 'summaries')[], 'readwrite'>,
  name: S,
  incoming: Value<S>[],
  report: RestoreReport,
): Promise<Map<string, Value<S>>> {
  const rules = RULES[name] as unknown as {
    key: (r: Value<S>) => string;
    merge: (a: Value<S>, b: Value<S>) => Value<S>;
  };
  const store = tx.objectStore(name);
  const counts = { added: 0, updated: 0, unchanged: 0 };
  report[name] = counts;
  // An empty store takes every record as it is; otherwise read what is there once, not per record.
  const stored = new Map<string, Value<S>>();
  if ((await store.count()) > 0) {
    for (const record of (await store.getAll()) as Value<S>[])
      stored.set(rules.key(record), record);
  }
  // Raw requests, not a promise each: hundreds of thousands of promises cost seconds. A failed
  // request aborts the transaction, and the caller's `tx.done` rejects.
  const raw = unwrap(store) as IDBObjectStore;
  for (const record of incoming) {
    const key = rules.key(record);
    const existing = stored.get(key);
    const next = existing ? rules.merge(existing, record) : record;
    if (existing && sameRecord(existing, next)) {
      counts.unchanged++;
      continue;
    }
    if (existing) counts.updated++;
    else counts.added++;
    stored.set(key, next);
    raw.put(next);
  }
  return stored;
}
