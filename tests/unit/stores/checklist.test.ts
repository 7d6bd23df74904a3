import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  type AuditDatabase,
  loadSite,
  openAuditDb,
  savePageScan,
} from '../../../lib/db/repository.ts';
import { type ChecklistDeps, createChecklistStore } from '../../../lib/stores/checklist.ts';
import { pageResult } from '../support/fixtures.ts';

let counter = 0;
const clock = () => {
  let tick = 0;
  return () => new Date(Date.UTC(2026, 0, 1, 10, 0, tick++)).toISOString();
};

const noCrawl = {
  requestSiteAccess: async () => true,
  crawl: async () => [],
  highlight: async () => true,
};

function setup(db: Promise<AuditDatabase>, overrides: Partial<ChecklistDeps> = {}) {
  const now = clock();
  return createChecklistStore({
    openDb: () => db,
    scanTab: async () =>
      savePageScan(
        await db,
        pageResult('https://www.example.org/contact', { phone: 'found' }),
        now(),
      ),
    now,
    ...noCrawl,
    ...overrides,
  });
}

describe('the checklist store', () => {
  it('opens a site, scans, and shows the merged result', async () => {
    const db = openAuditDb(`store-${++counter}`);
    const store = setup(db);
    await store.getState().open({ tabId: 7, url: 'https://www.example.org/contact' });
    expect(store.getState().site).toBe('example.org');
    expect(store.getState().assessment?.items.find((i) => i.indicator === 'phone')?.scanner).toBe(
      'not-scanned',
    );
    await store.getState().scan();
    expect(store.getState().phase).toBe('ready');
    expect(store.getState().assessment?.items.find((i) => i.indicator === 'phone')?.scanner).toBe(
      'found',
    );
  });

  it('saves verdicts and notes as they are made', async () => {
    const db = openAuditDb(`store-${++counter}`);
    const store = setup(db);
    await store.getState().open({ tabId: 7, url: 'https://example.org/' });
    await store.getState().setVerdict('foi', 'yes');
    await store.getState().setNote('foi', 'Publication scheme linked from footer');
    const { verdicts } = await loadSite(await db, 'example.org');
    expect(verdicts[0]).toMatchObject({
      indicator: 'foi',
      verdict: 'yes',
      note: 'Publication scheme linked from footer',
    });
    expect(store.getState().unsaved).toEqual({});
  });

  it('keeps a change that failed to save on screen, and saves it on retry', async () => {
    const db = await openAuditDb(`store-${++counter}`);
    let broken = true;
    const store = createChecklistStore({
      openDb: async () => {
        if (broken) throw new Error('QuotaExceededError');
        return db;
      },
      scanTab: async () => {
        throw new Error('unused');
      },
      now: clock(),
      ...noCrawl,
    });
    store.setState({ site: 'example.org', phase: 'ready' });
    await store.getState().open({ tabId: 1, url: 'https://example.org/' });
    expect(store.getState().error).toMatch(/Could not read/);
    await store.getState().setNote('phone', 'Typed while the disk was full');
    expect(store.getState().error).toMatch(/Not saved: QuotaExceededError/);
    expect(store.getState().unsaved.phone).toEqual({ note: 'Typed while the disk was full' });
    broken = false;
    await store.getState().retryUnsaved();
    expect(store.getState().unsaved).toEqual({});
    expect(store.getState().error).toBeUndefined();
    expect((await loadSite(db, 'example.org')).verdicts[0]?.note).toBe(
      'Typed while the disk was full',
    );
  });

  it('says why a page cannot be audited', async () => {
    const store = setup(openAuditDb(`store-${++counter}`));
    await store.getState().open({ tabId: 1, url: 'chrome://extensions/' });
    expect(store.getState().error).toMatch(/Only web pages/);
  });

  it('scans the whole site: asks for access, stores each page as it comes, shows progress', async () => {
    const db = openAuditDb(`store-${++counter}`);
    const asked: string[] = [];
    const progress: number[] = [];
    const store = setup(db, {
      requestSiteAccess: async (origin) => {
        asked.push(origin);
        return true;
      },
      crawl: async (startUrl, options, { onPage, onProgress }) => {
        expect(options.maxPages).toBe(3);
        const pages = ['a', 'b'].map((p) =>
          pageResult(`${new URL(startUrl).origin}/${p}`, { blog: 'found' }),
        );
        for (const [i, page] of pages.entries()) {
          onProgress({ done: i, total: 2, failures: [] });
          await onPage(page);
        }
        return pages;
      },
    });
    store.subscribe((state) => progress.push(state.crawl.progress?.done ?? -1));
    await store.getState().open({ tabId: 1, url: 'https://www.example.org/start' });
    store.getState().setMaxPages(3);
    await store.getState().scanSite();
    expect(asked).toEqual(['https://www.example.org']);
    expect(store.getState().crawl.running).toBe(false);
    expect(store.getState().assessment?.pages.map((p) => p.url)).toEqual([
      'https://www.example.org/a',
      'https://www.example.org/b',
    ]);
    expect(progress).toContain(1);
  });

  it('does not scan the site when access is refused, and says so', async () => {
    let crawled = false;
    const store = setup(openAuditDb(`store-${++counter}`), {
      requestSiteAccess: async () => false,
      crawl: async () => {
        crawled = true;
        return [];
      },
    });
    await store.getState().open({ tabId: 1, url: 'https://example.org/' });
    await store.getState().scanSite();
    expect(crawled).toBe(false);
    expect(store.getState().error).toMatch(/needs access to https:\/\/example.org/);
  });
});
