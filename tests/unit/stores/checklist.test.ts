import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { subscribeToChanges } from '../../../lib/db/changes.ts';
import {
  type AuditDatabase,
  loadCrawl,
  loadSite,
  openAuditDb,
  savePageScan,
  saveSetting,
} from '../../../lib/db/repository.ts';
import { addedEvidenceEdit } from '../../../lib/edits/added-evidence.ts';
import { createEditWriter } from '../../../lib/edits/edit-writer.ts';
import {
  type ChecklistDeps,
  type ChecklistStore,
  createChecklistStore,
} from '../../../lib/stores/checklist.ts';
import { pageResult } from '../support/fixtures.ts';
import {
  eventually,
  type MemorySite,
  memoryEditSender,
  memorySiteScanRunner,
} from '../support/views.ts';

let counter = 0;
const clock = () => {
  let tick = 0;
  return () => new Date(Date.UTC(2026, 0, 1, 10, 0, tick++)).toISOString();
};
const stores: ChecklistStore[] = [];
afterEach(() => {
  for (const store of stores.splice(0)) store.getState().dispose();
});

const START = 'https://www.example.org/start';
const SITE: MemorySite = {
  [START]: '<a href="/board/">Our board</a><a href="/contact/">Contact us</a>',
  'https://www.example.org/board/': '<h1>Board</h1><p>Read our blog: <a href="/blog/">blog</a></p>',
  'https://www.example.org/contact/': '<h1>Contact</h1><p>Call us on 0161 496 0123.</p>',
  'https://www.example.org/blog/': '<h1>Blog</h1><p>Posts</p>',
};

interface Setup {
  db: Promise<AuditDatabase>;
  now?: () => string;
  noteDelayMs?: number;
  overrides?: Partial<ChecklistDeps>;
}

/** A view's store with the real edit writer and site-scan runner behind it, in memory. */
function setup({ db, now = clock(), noteDelayMs = 5, overrides = {} }: Setup) {
  let writes = 0;
  const writer = createEditWriter({
    openDb: () => {
      writes++;
      return db;
    },
    noteDelayMs,
  });
  const edits = memoryEditSender(writer);
  const runner = memorySiteScanRunner(db, SITE, now);
  const store = createChecklistStore({
    openDb: () => db,
    scanTab: async () =>
      savePageScan(
        await db,
        pageResult('https://www.example.org/contact', { phone: 'found' }),
        now(),
      ),
    now,
    highlight: async () => true,
    requestSiteAccess: async () => true,
    siteScan: {
      start: runner.start,
      resume: runner.resume,
      cancel: async (site) => runner.cancel(site),
      check: async (site) => {
        if (!runner.isRunning(site)) await runner.markInterrupted();
        return runner.isRunning(site);
      },
    },
    edits,
    subscribe: subscribeToChanges,
    ...overrides,
  });
  stores.push(store);
  return { store, edits, runner, writes: () => writes };
}

const itemOf = (store: ChecklistStore, id: string) =>
  store.getState().assessment?.items.find((item) => item.indicator === id);

describe('the checklist store', () => {
  it('opens a site, scans, and shows the merged result', async () => {
    const { store } = setup({ db: openAuditDb(`store-${++counter}`) });
    await store.getState().open({ tabId: 7, url: 'https://www.example.org/contact' });
    expect(store.getState().site).toBe('example.org');
    expect(itemOf(store, 'phone')?.scanner).toBe('not-scanned');
    await store.getState().scan();
    expect(store.getState().phase).toBe('ready');
    expect(itemOf(store, 'phone')?.scanner).toBe('found');
  });

  it('saves verdicts at once and a note when typing pauses, in one write, every key kept', async () => {
    const db = openAuditDb(`store-${++counter}`);
    const { store, writes } = setup({ db, noteDelayMs: 30 });
    await store.getState().open({ tabId: 7, url: 'https://example.org/' });
    await store.getState().setVerdict('foi', 'yes');
    const before = writes();
    const note = 'Publication scheme linked from the footer';
    const typed: Promise<void>[] = [];
    for (let i = 1; i <= note.length; i++)
      typed.push(store.getState().setNote('foi', note.slice(0, i)));
    // Shown as typed, not flagged as unsaved while the write waits.
    expect(itemOf(store, 'foi')?.note).toBe(note);
    expect(store.getState().unsaved).toEqual({});
    await Promise.all(typed);
    expect(writes() - before).toBe(1);
    const { verdicts } = await loadSite(await db, 'example.org');
    expect(verdicts[0]).toMatchObject({ indicator: 'foi', verdict: 'yes', note });
    expect(itemOf(store, 'foi')?.note).toBe(note);
  });

  it('writes a note at once when the view flushes or closes, not after the pause', async () => {
    const db = openAuditDb(`store-${++counter}`);
    const { store, edits } = setup({ db, noteDelayMs: 60_000 });
    await store.getState().open({ tabId: 7, url: 'https://example.org/' });
    void store.getState().setNote('pals', 'PALS number in the footer');
    await store.getState().flushEdits();
    expect((await loadSite(await db, 'example.org')).verdicts[0]?.note).toBe(
      'PALS number in the footer',
    );
    void store.getState().setNote('pals', 'PALS number in the footer, and an email');
    edits.disconnect();
    await eventually(
      () => itemOf(store, 'pals')?.note === 'PALS number in the footer, and an email',
      'the note',
    );
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect((await loadSite(await db, 'example.org')).verdicts[0]?.note).toBe(
      'PALS number in the footer, and an email',
    );
  });

  it('keeps a change that failed to save on screen, and saves it on retry', async () => {
    const db = await openAuditDb(`store-${++counter}`);
    let broken = true;
    const writer = createEditWriter({
      openDb: async () => {
        if (broken) throw new Error('QuotaExceededError');
        return db;
      },
      noteDelayMs: 1,
    });
    const { store } = setup({
      db: Promise.resolve(db),
      overrides: { edits: memoryEditSender(writer) },
    });
    await store.getState().open({ tabId: 1, url: 'https://example.org/' });
    await store.getState().setNote('phone', 'Typed while the disk was full');
    expect(store.getState().error).toMatch(/Not saved: QuotaExceededError/);
    expect(store.getState().unsaved.phone).toEqual({ note: 'Typed while the disk was full' });
    expect(itemOf(store, 'phone')?.note).toBe('Typed while the disk was full');
    broken = false;
    await store.getState().retryUnsaved();
    expect(store.getState().unsaved).toEqual({});
    expect(store.getState().error).toBeUndefined();
    expect((await loadSite(db, 'example.org')).verdicts[0]?.note).toBe(
      'Typed while the disk was full',
    );
  });

  it('says why a page cannot be audited', async () => {
    const { store } = setup({ db: openAuditDb(`store-${++counter}`) });
    await store.getState().open({ tabId: 1, url: 'chrome://extensions/' });
    expect(store.getState().error).toMatch(/Only web pages/);
  });
});

describe('two views of one site', () => {
  it('each shows the other’s change; the later edit wins and the view that lost says so', async () => {
    const db = openAuditDb(`store-${++counter}`);
    const now = clock();
    const popup = setup({ db, now }).store;
    const panel = setup({ db, now }).store;
    await popup.getState().open({ tabId: 1, url: 'https://example.org/' });
    await panel.getState().open({ tabId: 1, url: 'https://example.org/about' });

    await popup.getState().setVerdict('survey', 'partial');
    await popup.getState().setNote('survey', 'Survey closed in May');
    await eventually(() => itemOf(panel, 'survey')?.verdict === 'partial', 'the popup’s verdict');
    await eventually(() => itemOf(panel, 'survey')?.note === 'Survey closed in May', 'its note');

    // The side panel edits the same note later: it wins, and the popup shows it and says so.
    await panel.getState().setNote('survey', 'Survey open until June');
    await eventually(() => itemOf(popup, 'survey')?.note === 'Survey open until June', 'the win');
    expect(popup.getState().overridden.survey).toMatch(/replaced by a later one/);
    expect(panel.getState().overridden.survey).toBeUndefined();
    const stored = (await loadSite(await db, 'example.org')).verdicts[0];
    expect(stored).toMatchObject({ verdict: 'partial', note: 'Survey open until June' });
  });

  it('an older edit arriving late does not overwrite a newer one', async () => {
    const db = openAuditDb(`store-${++counter}`);
    const writer = createEditWriter({ openDb: () => db, noteDelayMs: 1 });
    const late = memoryEditSender(writer);
    const early = memoryEditSender(writer);
    await late.send({
      site: 'example.org',
      indicator: 'blog',
      change: { field: 'note', value: 'newer' },
      at: '2026-01-01T10:00:02.000Z',
    });
    const record = await early.send({
      site: 'example.org',
      indicator: 'blog',
      change: { field: 'note', value: 'older' },
      at: '2026-01-01T10:00:01.000Z',
    });
    expect(record.note).toBe('newer');
  });
});

describe('evidence added from a page', () => {
  it('is stored once per passage and shown in every view of the site', async () => {
    const db = openAuditDb(`store-${++counter}`);
    const { store } = setup({ db });
    await store.getState().open({ tabId: 7, url: 'https://www.example.org/board' });
    const writer = createEditWriter({ openDb: () => db });
    const edit = addedEvidenceEdit(
      'add-evidence:public-questions',
      'Send questions to the Board Secretary five days before the meeting.',
      'https://www.example.org/board',
      'Ann Auditor',
    )!;
    await writer.put({ ...edit, id: 1, at: '2026-01-01T11:00:00.000Z' }, () => {});
    await writer.put({ ...edit, id: 2, at: '2026-01-01T11:00:05.000Z' }, () => {});
    await eventually(
      () => (itemOf(store, 'public-questions')?.addedEvidence.length ?? 0) > 0,
      'the added evidence',
    );
    expect(itemOf(store, 'public-questions')?.addedEvidence).toEqual([
      {
        url: 'https://www.example.org/board',
        snippet: 'Send questions to the Board Secretary five days before the meeting.',
        addedAt: '2026-01-01T11:00:00.000Z',
        addedBy: 'Ann Auditor',
      },
    ]);
  });
});

describe('a re-scan against the auditor’s verdicts', () => {
  it('flags a verdict a new scan contradicts until the auditor looks again', async () => {
    const db = openAuditDb(`store-${++counter}`);
    const { store } = setup({ db });
    await store.getState().open({ tabId: 7, url: 'https://www.example.org/contact' });
    await store.getState().setVerdict('phone', 'no');
    await store.getState().setVerdict('email-address', 'yes');
    expect(itemOf(store, 'phone')?.contradiction).toBe(false);
    await store.getState().scan();
    // The new scan finds a phone number: "no" is contradicted; the verdict is kept.
    expect(itemOf(store, 'phone')).toMatchObject({ verdict: 'no', contradiction: true });
    expect(itemOf(store, 'email-address')?.contradiction).toBe(false);
    await store.getState().keepVerdict('phone');
    expect(itemOf(store, 'phone')).toMatchObject({ verdict: 'no', contradiction: false });
    // A verdict given knowingly against the scanner is not flagged by the next scan of it.
    await store.getState().scan();
    expect(itemOf(store, 'phone')?.contradiction).toBe(false);
  });
});

describe('confirming the scanner’s results', () => {
  it('gives each decided, unreviewed item the scanner’s verdict, recorded as confirmed and by whom', async () => {
    const db = openAuditDb(`store-${++counter}`);
    await savePageScan(
      await db,
      pageResult('https://www.example.org/contact', {
        phone: 'found',
        foi: 'not-found',
        pals: 'needs-review',
        'email-address': 'found',
      }),
      '2026-01-01T09:00:00.000Z',
    );
    await saveSetting(await db, 'auditorName', 'Ann Auditor', '2026-01-01T09:00:00.000Z');
    const { store } = setup({ db });
    await store.getState().open({ tabId: 7, url: 'https://www.example.org/contact' });
    await store.getState().setVerdict('email-address', 'partial');
    await store.getState().confirmScannerResults();
    const verdicts = (await loadSite(await db, 'example.org')).verdicts;
    const byId = Object.fromEntries(verdicts.map((v) => [v.indicator, v]));
    expect(byId.phone).toMatchObject({
      verdict: 'yes',
      verdictHow: 'confirmed',
      verdictBy: 'Ann Auditor',
    });
    expect(byId.foi).toMatchObject({ verdict: 'no', verdictHow: 'confirmed' });
    expect(byId['email-address']).toMatchObject({ verdict: 'partial', verdictHow: 'judged' });
    expect(byId.pals).toBeUndefined();
  });
});

describe('"Scan this site" from a view', () => {
  it('runs in the background runner and shows the stored progress and result', async () => {
    const db = openAuditDb(`store-${++counter}`);
    const asked: string[] = [];
    const { store } = setup({
      db,
      overrides: {
        requestSiteAccess: async (origin) => {
          asked.push(origin);
          return true;
        },
      },
    });
    await store.getState().open({ tabId: 1, url: START });
    await store.getState().setMaxPages(5);
    await store.getState().scanSite();
    expect(asked).toEqual(['https://www.example.org']);
    await eventually(() => store.getState().crawl.record?.status === 'done', 'the scan to end');
    await eventually(() => store.getState().assessment?.pages.length === 3, 'its pages');
    expect(store.getState().crawl.record).toMatchObject({ done: 3, maxPages: 5 });
    expect(itemOf(store, 'phone')?.scanner).toBe('found');
  });

  it('does not scan the site when access is refused, and says so', async () => {
    const db = openAuditDb(`store-${++counter}`);
    const { store } = setup({ db, overrides: { requestSiteAccess: async () => false } });
    await store.getState().open({ tabId: 1, url: 'https://example.org/' });
    await store.getState().scanSite();
    expect(store.getState().error).toMatch(/needs access to https:\/\/example.org/);
    expect(await loadCrawl(await db, 'example.org')).toBeUndefined();
  });

  it('keeps the verdict and note typed before a refused request, and says how to ask again', async () => {
    const db = openAuditDb(`store-${++counter}`);
    const { store } = setup({ db, overrides: { requestSiteAccess: async () => false } });
    await store.getState().open({ tabId: 1, url: 'http://127.0.0.1:8080/' });
    await store.getState().setVerdict('foi', 'yes');
    const noted = store.getState().setNote('foi', 'Disclosure log in the footer');
    await store.getState().scanSite();
    await noted;
    expect(store.getState().error).toMatch(/it was not given\. Nothing was changed.*again/);
    expect(itemOf(store, 'foi')).toMatchObject({
      verdict: 'yes',
      note: 'Disclosure log in the footer',
    });
    const { verdicts } = await loadSite(await db, '127.0.0.1:8080');
    expect(verdicts[0]).toMatchObject({ verdict: 'yes', note: 'Disclosure log in the footer' });
    expect(await loadCrawl(await db, '127.0.0.1:8080')).toBeUndefined();
  });

  it('says so when the browser cannot ask for access, and starts nothing', async () => {
    const db = openAuditDb(`store-${++counter}`);
    const { store } = setup({
      db,
      overrides: {
        requestSiteAccess: async () => {
          throw new Error('Invalid host permission');
        },
      },
    });
    await store.getState().open({ tabId: 1, url: 'https://example.org/' });
    await store.getState().scanSite();
    expect(store.getState().error).toBe(
      'Could not ask for access to https://example.org: Invalid host permission',
    );
    expect(store.getState().crawl.record).toBeUndefined();
  });
});

describe('the site-scan runner', () => {
  it('marks a scan cut short as interrupted, and resumes it where it stood', async () => {
    const db = openAuditDb(`store-${++counter}`);
    const now = clock();
    const fetched: string[] = [];
    const first = memorySiteScanRunner(db, SITE, now, (url) => {
      fetched.push(url);
    });
    await first.start(START, 10);
    // The browser stops after the second page is stored: nothing runs, the record says running.
    await eventually(() => fetched.length >= 2, 'two pages');
    first.cancel('example.org');
    await eventually(() => !first.isRunning('example.org'), 'the stop');
    const stopped = await loadCrawl(await db, 'example.org');
    await (await db).put('crawls', { ...stopped!, status: 'running' });

    const second = memorySiteScanRunner(db, SITE, now, (url) => {
      fetched.push(url);
    });
    const marked = await second.markInterrupted();
    expect(marked.map((record) => record.status)).toEqual(['interrupted']);
    const partial = await loadCrawl(await db, 'example.org');
    expect(partial?.done).toBeLessThan(3);

    await second.resume('example.org');
    await eventually(() => !second.isRunning('example.org'), 'the resumed scan');
    const done = await loadCrawl(await db, 'example.org');
    expect(done).toMatchObject({ status: 'done', done: 3 });
    // No page read twice (the start page once, then each linked page once).
    expect(new Set(fetched).size).toBe(fetched.length);
    expect((await loadSite(await db, 'example.org')).pages).toHaveLength(3);
  });
});
