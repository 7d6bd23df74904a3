/**
 * Notices that the stored data changed, sent after each committed write to every other context
 * of the extension (popup, side panel, dashboard, background) so that each view re-reads the
 * stored truth instead of keeping a copy that goes stale. They travel on a BroadcastChannel:
 * every extension context shares the extension's origin, and no reply is wanted.
 */

/** What changed: one site's scans and verdicts, its site scan, or anything (a restore). */
export type StoredChange =
  | { kind: 'site'; site: string }
  | { kind: 'crawl'; site: string }
  | { kind: 'all' };

const CHANNEL_NAME = 'nhs-site-audit/stored-changes';

function isStoredChange(data: unknown): data is StoredChange {
  const change = data as Partial<StoredChange> | null;
  if (!change || typeof change !== 'object') return false;
  if (change.kind === 'all') return true;
  return (change.kind === 'site' || change.kind === 'crawl') && typeof change.site === 'string';
}

/** Tells the other contexts that a write committed (never the sender's own channel). */
export function announceChange(change: StoredChange): void {
  if (typeof BroadcastChannel === 'undefined') return;
  // Opened and closed at once: a channel left open would keep a Node process (tests, the
  // command line) alive. A message posted before close is still delivered.
  const channel = new BroadcastChannel(CHANNEL_NAME);
  channel.postMessage(change);
  channel.close();
}

/** Calls `listener` for each change announced by another context; returns the unsubscribe. */
export function subscribeToChanges(listener: (change: StoredChange) => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const channel = new BroadcastChannel(CHANNEL_NAME);
  channel.onmessage = (event: MessageEvent) => {
    if (isStoredChange(event.data)) listener(event.data);
  };
  return () => channel.close();
}

/** Whether a change concerns the given site. */
export function concernsSite(change: StoredChange, site: string): boolean {
  return change.kind === 'all' || change.site === site;
}

/**
 * A reader that runs one read at a time: what is asked for during a read (`read` again, or a
 * change announced) is gathered and read together, once, when it ends. So a burst of changes (a
 * site scan's pages, a restore) costs at most one read running and one waiting, and no read is
 * skipped: the last one always starts after the last change.
 */
export function coalescedReader(
  read: (changes: readonly StoredChange[]) => Promise<void>,
): (change?: StoredChange) => Promise<void> {
  let running: Promise<void> | undefined;
  let again = false;
  let gathered: StoredChange[] = [];
  return (change) => {
    if (change) gathered.push(change);
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      try {
        do {
          again = false;
          const changes = gathered;
          gathered = [];
          await read(changes);
        } while (again);
      } finally {
        running = undefined;
      }
    })();
    return running;
  };
}

/** The sites a batch of changes concerns, or 'all' when one of them concerns everything. */
export function changedSites(changes: readonly StoredChange[]): Set<string> | 'all' {
  const sites = new Set<string>();
  for (const change of changes) {
    if (change.kind === 'all') return 'all';
    sites.add(change.site);
  }
  return sites;
}
