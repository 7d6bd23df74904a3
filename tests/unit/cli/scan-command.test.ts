import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runScanCommand } from '../../../lib/cli/scan-command.ts';
import { type StaticServer, serveDirectory } from '../../../lib/demo/server.ts';
import { INDICATOR_IDS } from '../../../lib/indicators/index.ts';

async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runScanCommand(args, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    fetch,
  });
  return { code, stdout, stderr };
}

let server: StaticServer;
beforeAll(async () => {
  server = await serveDirectory(resolve('assets/demo-site'));
});
afterAll(async () => {
  await server.close();
});

describe('npm run scan', () => {
  it('scans a folder of saved pages into pages and merged sites (JSON)', async () => {
    const { code, stdout, stderr } = await run(['assets/demo-site']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const output = JSON.parse(stdout);
    expect(output.pages).toHaveLength(10);
    // Each saved page's URL is its canonical link.
    expect(output.pages.map((p: { url: string }) => p.url)).toContain(
      'https://www.northfoldccg.example.org/contact-us.html',
    );
    const page = output.pages[0];
    expect(Object.keys(page)).toEqual(expect.arrayContaining(['url', 'title', 'findings']));
    expect(Object.keys(page.findings[0])).toEqual(['indicator', 'status', 'evidence']);
    expect(
      Object.keys(
        page.findings.find((f: { evidence: unknown[] }) => f.evidence.length > 0).evidence[0],
      ),
    ).toEqual(expect.arrayContaining(['url', 'snippet', 'selector']));
    expect(output.sites).toHaveLength(1);
    expect(output.sites[0].site).toBe('northfoldccg.example.org');
    const siteStatus = Object.fromEntries(
      output.sites[0].findings.map((f: { indicator: string; status: string }) => [
        f.indicator,
        f.status,
      ]),
    );
    for (const id of INDICATOR_IDS)
      expect(siteStatus[id], id).toBe(id === 'contact-form-only' ? 'not-found' : 'found');
  });

  it('writes one CSV row per page and one column per indicator', async () => {
    const { code, stdout } = await run([
      '--format',
      'csv',
      'assets/demo-site/foi.html',
      'assets/demo-site/blog.html',
    ]);
    expect(code).toBe(0);
    const csv = Papa.parse<string[]>(stdout.trim());
    expect(csv.data[0]).toEqual(['url', 'title', ...INDICATOR_IDS]);
    expect(csv.data).toHaveLength(3);
    expect(csv.data[1]?.[INDICATOR_IDS.indexOf('foi') + 2]).toBe('found');
  });

  it('fetches http(s) URLs', async () => {
    const { code, stdout } = await run([`${server.url}governing-body.html`]);
    expect(code).toBe(0);
    const page = JSON.parse(stdout).pages[0];
    expect(page.url).toBe(`${server.url}governing-body.html`);
    expect(
      page.findings.find((f: { indicator: string }) => f.indicator === 'board-members').status,
    ).toBe('found');
  });

  it('reports what it cannot read, exits non-zero, and still scans the rest', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'scan-cli-'));
    writeFileSync(join(dir, 'notes.txt'), 'plain text, not a page');
    const { code, stdout, stderr } = await run([
      'assets/demo-site/foi.html',
      join(dir, 'missing.html'),
      join(dir, 'notes.txt'),
      `${server.url}no-such-page.html`,
      'ftp://example.org/page.html',
    ]);
    expect(code).toBe(1);
    expect(stderr).toContain('missing.html: no such file or folder');
    expect(stderr).toContain('notes.txt: not an HTML page');
    expect(stderr).toContain('no-such-page.html: HTTP 404');
    expect(stderr).toContain(
      'ftp://example.org/page.html: only http(s) URLs, files and folders can be scanned',
    );
    expect(JSON.parse(stdout).pages).toHaveLength(1);
  });

  it('explains its usage', async () => {
    expect((await run(['--format', 'xml', 'a.html'])).code).toBe(2);
    expect((await run([])).stderr).toContain('Usage: nhs-site-audit scan');
    expect((await run(['--help'])).code).toBe(0);
  });
});

describe('npm run scan -- --checklist FILE', () => {
  const checklist = 'tests/fixtures/checklists/citizens-panel.json';

  it('scans with the checklist: its items only, in its order, its own indicator included', async () => {
    const { code, stdout, stderr } = await run(['--checklist', checklist, 'assets/demo-site']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const output = JSON.parse(stdout);
    expect(output.checklist).toEqual({
      id: 'engagement-2026-20261102100000',
      name: 'Engagement 2026',
      version: 2,
    });
    const site = output.sites[0];
    expect(site.findings.map((f: { indicator: string }) => f.indicator)).toEqual([
      'involvement-opportunities',
      'survey',
      'newsletter',
      'custom-citizens-panel',
      'foi',
      'contact-form-only',
    ]);
    expect(
      site.findings.find((f: { indicator: string }) => f.indicator === 'custom-citizens-panel')
        .status,
    ).toBe('found');
  });

  it('writes the checklist’s items as the CSV columns', async () => {
    const { stdout } = await run([
      '--format',
      'csv',
      `--checklist=${checklist}`,
      'assets/demo-site',
    ]);
    const header = Papa.parse<string[]>(stdout.trim()).data[0];
    expect(header).toEqual([
      'url',
      'title',
      'involvement-opportunities',
      'survey',
      'newsletter',
      'custom-citizens-panel',
      'foi',
      'contact-form-only',
    ]);
  });

  it('refuses a bad checklist file as bad usage, saying where it is wrong', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'checklist-'));
    const bad = join(dir, 'bad.json');
    writeFileSync(
      bad,
      readFileSync(checklist, 'utf8').replace('"keywords": ["panel"]', '"keywords": [42]'),
    );
    const { code, stderr, stdout } = await run(['--checklist', bad, 'assets/demo-site']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/custom indicator 1, detector, keyword 1: should be text/);
  });
});
