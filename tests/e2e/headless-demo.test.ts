/**
 * `npm start` on a machine without a display: the headless tour of the demo site
 * (lib/demo/headless-tour.ts) runs through and leaves what it says it leaves. Without this test
 * a changed page broke it unseen (it waited for a table the dashboard no longer had).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { findChromium } from '../../lib/demo/browser.ts';
import { headlessTour } from '../../lib/demo/headless-tour.ts';
import { serveDirectory } from '../../lib/demo/server.ts';
import { E2E_EXTENSION_DIR } from './support/extension.ts';

const parent = mkdtempSync(join(tmpdir(), 'nhs-site-audit-tour-'));
afterAll(() => rmSync(parent, { recursive: true, force: true }));

it('assesses the demo site headless and leaves the screenshots, exports and reports', async () => {
  const site = await serveDirectory(resolve('assets/demo-site'));
  try {
    const browser = findChromium();
    if (!browser)
      throw new Error('No Chromium here: install it (Debian: apt-get install chromium).');
    const folder = await headlessTour(browser, E2E_EXTENSION_DIR, site.url, parent);
    const files = readdirSync(folder).sort();
    expect(files.filter((file) => file.endsWith('.png'))).toEqual([
      'checklist-dark.png',
      'checklist.png',
      'dashboard.png',
    ]);
    const named = (ending: string) => files.find((file) => file.endsWith(ending));
    expect(named('.csv')).toMatch(/^audit-127\.0\.0\.1_\d+-\d{4}-\d\d-\d\d\.csv$/);
    const json = JSON.parse(readFileSync(join(folder, named('.json')!), 'utf8'));
    expect(json.format).toBe('nhs-site-audit/assessment');
    expect(json.assessments[0].pages.length).toBe(10);
    const report = readFileSync(join(folder, named('.html')!), 'utf8');
    expect(report).toMatch(/^<!doctype html>/i);
    expect(report).toContain('Freedom of Information');
    expect(readFileSync(join(folder, named('.md')!), 'utf8')).toContain('127.0.0.1');
  } finally {
    await site.close();
  }
}, 180_000);
