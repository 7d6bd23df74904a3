/**
 * `nhs-site-audit crawl` end to end: the built bin against the demo site and a misbehaving site
 * on 127.0.0.1, with small timeouts and pauses so that the whole file runs in seconds.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SiteResult } from '../../lib/cli/site-result.ts';
import { type StaticServer, serveDirectory } from '../../lib/demo/server.ts';
import { parseSiteResult } from '../../lib/export/site-result-file.ts';
import { INDICATOR_IDS } from '../../lib/indicators/index.ts';
import { type MisbehavingSite, serveMisbehavingSite } from '../support/misbehaving-site.ts';
import { BIN, runBin, scratchFolder, writeCampaign } from './run-bin.ts';

const FAST = ['--pause-ms', '5', '--timeout-ms', '500', '--max-page-mb', '1'];
const readResult = (out: string, key: string): SiteResult =>
  JSON.parse(readFileSync(join(out, 'sites', `${key}.json`), 'utf8'));
const pathsOf = (urls: string[]) => urls.map((url) => new URL(url).pathname);

let demo: StaticServer;
let bad: MisbehavingSite;
let closedPort: string;
beforeAll(async () => {
  const gone = await serveDirectory(resolve('assets/demo-site'));
  closedPort = new URL(gone.url).port;
  await gone.close();
  demo = await serveDirectory(resolve('assets/demo-site'));
  bad = await serveMisbehavingSite();
});
afterAll(async () => {
  await demo.close();
  await bad.close();
});

describe('crawl --campaign over the demo site and a misbehaving site', () => {
  let out: string;
  let run: Awaited<ReturnType<typeof runBin>>;
  beforeAll(async () => {
    const folder = scratchFolder();
    out = join(folder, 'out');
    const campaign = writeCampaign(folder, [
      ['name', 'code', 'url', 'region'],
      ['Northfold CCG (demo)', 'DEMO1', `${demo.url}index.html`, 'North'],
      ['Westmoor Community Health', 'BAD1', bad.url, 'West'],
      ['No website', 'NOURL', '', 'East'],
      ['Gone', 'GONE', `http://127.0.0.1:${closedPort}/`, 'South'],
    ]);
    // A small heap: a crawl that kept a 20 MB page, or every page of a maze, would die here.
    run = await runBin(
      ['crawl', '--campaign', campaign, '--out', out, '--max-pages', '40', ...FAST],
      ['--max-old-space-size=96'],
    );
  });

  it('ends every site with a result or a clear error, fast, with only the failures on stderr', () => {
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('NOURL: no website address in the campaign');
    expect(run.stderr).toMatch(/GONE: cannot connect \(ECONNREFUSED\)/);
    expect(run.stderr).toContain('2 of 4 sites crawled, 2 failed');
    expect(run.stderr).not.toContain('Warning');
    expect(run.ms).toBeLessThan(20_000);
    expect(readdirSync(join(out, 'sites')).sort()).toEqual([
      'BAD1.json',
      'DEMO1.json',
      'GONE.json',
      'NOURL.json',
    ]);
    // Each is a result the dashboard imports: the format's checks pass (lib/export/site-result-file.ts).
    for (const name of readdirSync(join(out, 'sites')))
      expect(
        parseSiteResult(readFileSync(join(out, 'sites', name), 'utf8'), name).organisation.code,
      ).toBe(name.replace('.json', ''));
  });

  it('reads every page of the demo site and finds what the extension finds', () => {
    const result = readResult(out, 'DEMO1');
    expect(result.status).toBe('done');
    expect(result.format).toBe('nhs-site-audit/site-result');
    expect(result.organisation).toEqual({
      name: 'Northfold CCG (demo)',
      code: 'DEMO1',
      url: `${demo.url}index.html`,
      extra: { region: 'North' },
    });
    expect(result.campaign).toBe('campaign');
    expect(result.checklist.indicators).toEqual(INDICATOR_IDS);
    // The documented format: every field it requires, and nothing it does not describe.
    const schema = JSON.parse(readFileSync('docs/site-result.schema.json', 'utf8'));
    expect(Object.keys(result)).toEqual(expect.arrayContaining(schema.required));
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(Object.keys(result)));
    expect(Object.keys(schema.properties.pages.items.properties)).toEqual(
      expect.arrayContaining(Object.keys(result.pages[0]!)),
    );
    expect(readResult(out, 'GONE')).toMatchObject({ status: 'failed', pages: [], findings: [] });
    expect(result.pages).toHaveLength(10);
    expect(new Set(result.pages.map((page) => page.url)).size).toBe(10);
    const status = Object.fromEntries(result.findings.map((f) => [f.indicator, f.status]));
    for (const id of INDICATOR_IDS)
      expect(status[id], id).toBe(id === 'contact-form-only' ? 'not-found' : 'found');
  });

  it('survives every misbehaviour of the bad site, politely', () => {
    const result = readResult(out, 'BAD1');
    expect(result.status).toBe('done');
    const failures = Object.fromEntries(
      result.failures.map((failure) => [new URL(failure.url).pathname, failure.error]),
    );
    expect(failures['/missing/']).toBe('HTTP 404 Not Found');
    expect(failures['/broken/']).toBe('HTTP 500 Internal Server Error');
    expect(failures['/slow/']).toBe('no answer within 0.5 s');
    expect(failures['/loop-a/']).toMatch(/^redirect loop at .*\/loop-a\/$/);
    expect(failures['/away/']).toBe('redirected to another site (https://www.example.org/pals/)');
    expect(failures['/huge/']).toBe('larger than 1.0 MB');
    expect(failures['/binary/']).toBe('binary content, not an HTML page');
    expect(failures['/annual-report']).toBe('not an HTML page (application/pdf)');
    // robots.txt forbids /private/: never asked for, though two pages link there.
    expect(bad.requests.filter((path) => path.startsWith('/private/'))).toEqual([]);
    // At most 40 pages in all, read or failed, each once; the maze fills the rest.
    const pages = pathsOf(result.pages.map((page) => page.url));
    expect(pages.length + result.failures.length).toBe(40);
    expect(new Set(pages).size).toBe(pages.length);
    expect(pages.slice(0, 2)).toEqual(['/', '/board/']);
    expect(pages.filter((path) => path.startsWith('/maze/')).length).toBeGreaterThan(20);
    const status = Object.fromEntries(result.findings.map((f) => [f.indicator, f.status]));
    expect(status.phone).toBe('found');
    expect(status['board-members']).not.toBe('not-found');
    // One request at a time, in the tool's name.
    expect(bad.maxConcurrent()).toBe(1);
    expect([...bad.userAgents]).toEqual([expect.stringMatching(/^nhs-site-audit\/\d+\.\d+\.\d+ /)]);
  });

  it('writes a summary CSV: one row per organisation, campaign columns kept', () => {
    const csv = Papa.parse<Record<string, string>>(readFileSync(join(out, 'summary.csv'), 'utf8'), {
      header: true,
      skipEmptyLines: true,
    });
    expect(csv.meta.fields?.slice(0, 10)).toEqual([
      'name',
      'code',
      'url',
      'region',
      'site',
      'status',
      'pages',
      'failed_pages',
      'error',
      'finished_at',
    ]);
    expect(csv.meta.fields?.slice(10)).toEqual(INDICATOR_IDS);
    const byCode = Object.fromEntries(csv.data.map((row) => [row.code, row]));
    expect(Object.keys(byCode).sort()).toEqual(['BAD1', 'DEMO1', 'GONE', 'NOURL']);
    expect(byCode.DEMO1).toMatchObject({
      status: 'done',
      pages: '10',
      region: 'North',
      phone: 'found',
    });
    expect(byCode.GONE).toMatchObject({ status: 'failed', pages: '0', phone: 'not-scanned' });
  });
});

describe('a killed crawl', () => {
  it('resumes where it stood, reads no page twice, and then has nothing left to do', async () => {
    const site = await serveMisbehavingSite();
    const out = join(scratchFolder(), 'out');
    const args = ['crawl', `${site.url}maze/0`, '--out', out, '--max-pages', '30', ...FAST];
    const checkpoint = join(out, 'sites', `127.0.0.1_${new URL(site.url).port}.partial.json`);
    // Slow enough to be caught in the middle.
    const child = spawn(process.execPath, [BIN, ...args, '--pause-ms', '60'], { stdio: 'ignore' });
    const before = await new Promise<{ pages: { url: string }[] }>((done, fail) => {
      const timer = setInterval(() => {
        if (!existsSync(checkpoint)) return;
        const saved = JSON.parse(readFileSync(checkpoint, 'utf8'));
        if (saved.pages.length < 8) return;
        clearInterval(timer);
        child.kill('SIGKILL');
        done(saved);
      }, 20);
      setTimeout(() => fail(new Error('no checkpoint in time')), 20_000);
    });
    await new Promise((done) => child.once('exit', done));
    const requestsBefore = site.requests.length;
    const resumed = await runBin([...args, '--resume']);
    expect(resumed.code).toBe(0);
    const result = readResult(out, `127.0.0.1_${new URL(site.url).port}`);
    const pages = result.pages.map((page) => page.url);
    expect(pages).toHaveLength(30);
    expect(new Set(pages).size).toBe(30);
    expect(pages.slice(0, before.pages.length)).toEqual(before.pages.map((page) => page.url));
    // Pages read before the kill are not asked for again (the one in flight may be).
    const askedAgain = site.requests
      .slice(requestsBefore)
      .filter((path) => pathsOf(before.pages.map((page) => page.url)).includes(path));
    expect(askedAgain).toEqual([]);
    expect(existsSync(checkpoint)).toBe(false);

    const requestsDone = site.requests.length;
    const again = await runBin([...args, '--resume']);
    expect(again.code).toBe(0);
    expect(again.stderr).toContain('(1 already done)');
    expect(site.requests.length).toBe(requestsDone);
    await site.close();
  });
});

describe('crawl --checklist FILE', () => {
  it('scans every page with the shared checklist and records it in the result', async () => {
    const out = join(scratchFolder(), 'out');
    const run = await runBin([
      'crawl',
      `${demo.url}index.html`,
      '--checklist',
      'tests/fixtures/checklists/citizens-panel.json',
      '--out',
      out,
      '--max-pages',
      '12',
      ...FAST,
    ]);
    expect(run.code).toBe(0);
    const [file] = readdirSync(join(out, 'sites'));
    const result: SiteResult = JSON.parse(readFileSync(join(out, 'sites', file!), 'utf8'));
    expect(result.checklist).toEqual({
      id: 'engagement-2026-20261102100000',
      name: 'Engagement 2026',
      version: 2,
      indicators: [
        'involvement-opportunities',
        'survey',
        'newsletter',
        'custom-citizens-panel',
        'foi',
        'contact-form-only',
      ],
    });
    expect(result.findings.map((finding) => finding.indicator)).toEqual(
      result.checklist.indicators,
    );
    expect(
      result.findings.find((finding) => finding.indicator === 'custom-citizens-panel')?.status,
    ).toBe('found');
    const summary = Papa.parse<string[]>(
      readFileSync(join(out, 'summary.csv'), 'utf8').trim(),
    ).data;
    expect(summary[0]).toContain('custom-citizens-panel');
  });
});
