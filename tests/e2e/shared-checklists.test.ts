/**
 * Issue 9 in real Chromium: an auditor builds a checklist with an own indicator, scans the demo
 * site with it and exports it; a second auditor imports it in a fresh profile and assesses with
 * it; the first merges the second's export (conflicts side by side, agreement) and exports the
 * survey report.
 */
import { readFileSync } from 'node:fs';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe.ts';
import {
  type ExtensionSession,
  launchWithExtension,
  openPopup,
  screenshotPath,
  tabIdOf,
} from './support/extension.ts';

let ann: ExtensionSession;
let bob: ExtensionSession;
let annDashboard: Page;
let checklistFile: string;
let bobExport: string;
const CUSTOM = 'custom-citizens-panel';

beforeAll(async () => {
  ann = await launchWithExtension();
});
afterAll(async () => {
  await ann?.close();
  await bob?.close();
});

const text = async (download: Download) => readFileSync((await download.path())!, 'utf8');
/** Both auditors read the same site (Ann's server): the same site key, the same port. */
const demoPage = () => `${ann.site.url}get-involved.html`;

async function openDashboard(session: ExtensionSession, name: string): Promise<Page> {
  const dashboard = await session.context.newPage();
  await dashboard.goto(`chrome-extension://${session.extensionId}/options.html`);
  await dashboard.locator('section.checklists').waitFor();
  await dashboard.locator('.auditor-name').fill(name);
  await dashboard.locator('.auditor-name').press('Tab');
  return dashboard;
}

/** Opens the demo page and its checklist, chooses the shared checklist and scans the page. */
async function scanWithChecklist(session: ExtensionSession): Promise<Page> {
  const demo = await session.context.newPage();
  await demo.goto(demoPage());
  const popup = await openPopup(session, await tabIdOf(session, demo));
  await popup
    .locator('select.site-checklist')
    .selectOption({ label: 'Engagement 2026 (version 2)' });
  await popup.locator(`li[data-indicator="${CUSTOM}"]`).waitFor();
  await popup.getByRole('button', { name: 'Scan this page' }).click();
  await popup.locator('.summary', { hasText: '1 page scanned' }).waitFor();
  return popup;
}

describe('a shared checklist with an own indicator', () => {
  it('is built on the dashboard and saved as a new version', async () => {
    annDashboard = await openDashboard(ann, 'Ann Auditor');
    await annDashboard.locator('.new-checklist-name').fill('Engagement 2026');
    await annDashboard.getByRole('button', { name: 'New checklist' }).click();
    await annDashboard.locator('form.checklist-draft').waitFor();
    await annDashboard.locator('.new-custom-title').fill("Citizens' panel");
    await annDashboard.getByRole('button', { name: 'Add your own indicator' }).click();
    const custom = annDashboard.locator(`fieldset[data-custom="${CUSTOM}"]`);
    await custom
      .locator('.custom-counts')
      .fill('a standing panel of local people the body consults');
    await custom.locator('.custom-phrases-terms').fill("citizens' panel\npatient reference group");
    await custom.locator('.custom-keywords-terms').fill('panel');
    await custom.locator('.custom-keywords-terms').press('Tab');
    // The editor, with an own indicator open, is accessible in both palettes.
    for (const colorScheme of ['light', 'dark'] as const) {
      await annDashboard.emulateMedia({ colorScheme });
      expect(await axeViolations(annDashboard), colorScheme).toEqual([]);
    }
    await annDashboard.emulateMedia({ colorScheme: 'light' });
    await annDashboard.bringToFront();
    await annDashboard
      .locator('section.checklists')
      .screenshot({ path: screenshotPath('checklist-editor.png') });
    await annDashboard.getByRole('button', { name: 'Save as a new version' }).click();
    await annDashboard.getByText('Saved “Engagement 2026” as version 2.').waitFor();
  });

  it('scans the demo site with it: the own indicator is found, with its evidence', async () => {
    const popup = await scanWithChecklist(ann);
    const item = popup.locator(`li[data-indicator="${CUSTOM}"]`);
    await expect.poll(() => item.locator('.badge').getAttribute('data-status')).toBe('found');
    expect(await item.textContent()).toMatch(/Reference Group|citizens/i);
    // Only the checklist's items: 21 of the catalogue and the own one.
    expect(await popup.locator('li[data-indicator]').count()).toBe(22);
    // Ann says there is no panel worth the name; she confirms FOI.
    await item.getByText('No', { exact: true }).click();
    await popup.locator('li[data-indicator="foi"]').getByText('Yes', { exact: true }).click();
    await popup.close();
  });

  it('is exported as a small JSON file', async () => {
    const row = annDashboard.locator('table.checklist-list tr', { hasText: 'Engagement 2026' });
    const [download] = await Promise.all([
      annDashboard.waitForEvent('download'),
      row.getByRole('button', { name: 'Export JSON' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('checklist-Engagement_2026-v2.json');
    checklistFile = await text(download);
    const file = JSON.parse(checklistFile);
    expect(file).toMatchObject({ format: 'nhs-site-audit/checklist', version: 1 });
    expect(file.checklist.custom[0].detector.phrases).toEqual([
      "citizens' panel",
      'patient reference group',
    ]);
  });
});

describe('a second auditor in a fresh profile', () => {
  it('imports the checklist and assesses the site with it', async () => {
    bob = await launchWithExtension();
    const dashboard = await openDashboard(bob, 'Bob Checker');
    await dashboard.locator('input.import-checklist-file').setInputFiles({
      name: 'checklist-Engagement_2026-v2.json',
      mimeType: 'application/json',
      buffer: Buffer.from(checklistFile),
    });
    await dashboard.getByText('Imported “Engagement 2026” (version 2).').waitFor();
    const popup = await scanWithChecklist(bob);
    const item = popup.locator(`li[data-indicator="${CUSTOM}"]`);
    await expect.poll(() => item.locator('.badge').getAttribute('data-status')).toBe('found');
    await item.getByText('Yes', { exact: true }).click();
    await item.locator('textarea').fill('Northfold Voices, about 1,100 members');
    await popup.locator('li[data-indicator="foi"]').getByText('Yes', { exact: true }).click();
    await popup.locator('li[data-indicator="survey"]').getByText('Yes', { exact: true }).click();
    const [download] = await Promise.all([
      popup.waitForEvent('download'),
      popup.getByRole('button', { name: 'Export JSON' }).click(),
    ]);
    bobExport = await text(download);
    const file = JSON.parse(bobExport);
    expect(file).toMatchObject({ version: 2, exportedBy: 'Bob Checker' });
    expect(file.checklists[0].name).toBe('Engagement 2026');
  });
});

describe('the first auditor merging the second’s export', () => {
  it('sees the conflict side by side and the agreement, and takes the other verdict', async () => {
    await annDashboard.locator('input.merge-file').setInputFiles({
      name: 'bob.json',
      mimeType: 'application/json',
      buffer: Buffer.from(bobExport),
    });
    const conflict = annDashboard.locator(`li.merge-conflict[data-item="${CUSTOM}"]`);
    await conflict.waitFor();
    expect(await annDashboard.locator('li.merge-conflict').count()).toBe(1);
    const sides = await conflict.textContent();
    expect(sides).toContain('Ann Auditor');
    expect(sides).toContain('Bob Checker');
    expect(sides).toContain('Northfold Voices, about 1,100 members');
    // FOI agreed, the panel did not: 1 of 2 pairs, and the survey only Bob judged.
    expect(await annDashboard.locator('p.agreement').textContent()).toContain('50% of 2');
    expect(
      await annDashboard
        .locator(`table.agreement-per-item tr[data-item="${CUSTOM}"]`)
        .textContent(),
    ).toContain('0% of 1');
    expect(await axeViolations(annDashboard)).toEqual([]);
    await annDashboard.locator('section.merge').screenshot({ path: screenshotPath('merge.png') });
    await conflict.locator('input.choose-theirs').check();
    await annDashboard.getByRole('button', { name: 'Apply the merge' }).click();
    await annDashboard
      .getByText(
        'Merged: 1 of 1 conflict resolved for Bob Checker, 1 verdict only Bob Checker gave added.',
      )
      .waitFor();
  });

  it('exports the survey report with the own indicator and who assessed it', async () => {
    const [download] = await Promise.all([
      annDashboard.waitForEvent('download'),
      annDashboard.getByRole('button', { name: 'Survey report (HTML)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^survey-report-\d{4}-\d\d-\d\d\.html$/);
    const html = await text(download);
    expect(html).toContain('The site has “Citizens&#39; panel”.');
    expect(html).toContain('The site gives Freedom of Information details.');
    expect(html).toContain('Bob Checker');
    expect(html).toContain('Ann Auditor');
    expect(html).not.toMatch(/<script/i);
  });
});
