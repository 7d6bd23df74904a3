/**
 * The command line's crawl of a night, for the e2e tests of the dashboard's "Import crawl results"
 * in Chromium (tests/e2e) and in Firefox (tests/e2e-firefox): a campaign CSV naming the demo site
 * served on 127.0.0.1 and a site that cannot be reached, and `nhs-site-audit crawl` run over it in
 * this process into a temporary folder. Also the reading of one of the extension's IndexedDB
 * stores, as a function each browser runs in an extension context.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runCrawlCommand } from '../../lib/cli/crawl-command.ts';
import { serveDirectory } from '../../lib/demo/server.ts';

export interface CrawlNight {
  /** The temporary folder: the campaign CSV and one output folder per night. */
  folder: string;
  /** The campaign CSV (`night-survey.csv`): the demo site (DEMO1) and a closed one (GONE1). */
  campaign: string;
  /** `nhs-site-audit crawl --campaign … --out folder/<night>`, in this process; its exit and stderr. */
  crawl: (night: string, ...options: string[]) => Promise<{ code: number; stderr: string }>;
  close: () => void;
}

/** Writes the campaign of the demo site at `siteUrl` (`http://127.0.0.1:port/`) and a closed site. */
export async function prepareCrawlNight(siteUrl: string): Promise<CrawlNight> {
  // A port nobody listens on any more: a site that cannot be crawled.
  const gone = await serveDirectory(resolve('assets/demo-site'));
  const gonePort = new URL(gone.url).port;
  await gone.close();
  const folder = mkdtempSync(join(tmpdir(), 'nhs-site-audit-night-'));
  const campaign = join(folder, 'night-survey.csv');
  writeFileSync(
    campaign,
    [
      'name,code,url,region',
      `Northfold CCG (demo),DEMO1,${siteUrl},North`,
      `Closed Trust (fictional),GONE1,http://127.0.0.1:${gonePort}/,South`,
      '',
    ].join('\n'),
  );
  return {
    folder,
    campaign,
    async crawl(night, ...options) {
      let stderr = '';
      const code = await runCrawlCommand(
        ['--campaign', campaign, '--out', join(folder, night), '--pause-ms', '5', ...options],
        {
          stdout: () => {},
          stderr: (text) => {
            stderr += text;
          },
          fetch,
        },
      );
      return { code, stderr };
    },
    close: () => rmSync(folder, { recursive: true, force: true }),
  };
}

/**
 * Every record of the extension's IndexedDB store `name`. Self-contained: it is serialised and run
 * in an extension context (Chromium's service worker, a Firefox extension page).
 */
export function readStoreInExtension(name: string): Promise<unknown[]> {
  return new Promise((done, fail) => {
    const open = indexedDB.open('nhs-site-audit');
    open.onerror = () => fail(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const request = db.transaction(name, 'readonly').objectStore(name).getAll();
      request.onsuccess = () => {
        db.close();
        done(request.result);
      };
      request.onerror = () => fail(request.error);
    };
  });
}
