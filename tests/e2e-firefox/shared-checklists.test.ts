/**
 * Shared checklists (issue 9) in Firefox ESR with the production build, as
 * tests/e2e/shared-checklists.test.ts does in Chromium: an auditor builds a checklist with an own
 * indicator on the dashboard, chooses it for the demo site, scans with it and exports it; a second
 * auditor imports the exported file in a fresh profile, chooses it, scans and sees the own
 * indicator's finding; the first merges the second's export and saves the survey report.
 *
 * Not checked here: accessibility and the README screenshots (the Chromium test does both).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  badgeOf,
  button,
  type FirefoxSession,
  launchFirefox,
  textOf,
  until,
} from './support/firefox.ts';

let ann: FirefoxSession;
let bob: FirefoxSession;
let annDashboard: Page;
/** Where Ann's browser saved the exported checklist. */
let checklistPath: string;
/** Where Bob's browser saved his export of the site. */
let bobExportPath: string;
const CUSTOM = 'custom-citizens-panel';
const item = (id: string) => `li.indicator[data-indicator="${id}"]`;

beforeAll(async () => {
  ann = await launchFirefox();
});
afterAll(async () => {
  await ann?.close();
  await bob?.close();
});

/** Both auditors read the same site (Ann's server): the same site key, the same port. */
const demoPage = () => `${ann.site.url}get-involved.html`;

/** Waits for a download in `session`'s folder named as `name` matches, and gives it whole. */
async function downloaded(
  session: FirefoxSession,
  name: RegExp,
  whole: (text: string) => boolean,
): Promise<{ file: string; path: string; text: string }> {
  const file = await until(
    () => readdirSync(session.downloads).find((candidate) => name.test(candidate)),
    `a download named ${name}`,
  );
  const path = join(session.downloads, file);
  const text = await until(() => {
    const content = readFileSync(path, 'utf8');
    return whole(content) ? content : undefined;
  }, `the whole of ${file}`);
  return { file, path, text };
}
const isJson = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

/** Whether the page shows `text` (a message of the dashboard or the checklist). */
const shows = (page: Page, text: string) =>
  page.evaluate((wanted) => document.body.textContent?.includes(wanted) ?? false, text);

/** Types into a field and leaves it, as the auditor does (the fields save on change). */
async function fill(page: Page, selector: string, text: string) {
  const field = await until(() => page.$(selector), selector);
  await field.click();
  await field.type(text);
  await page.keyboard.press('Tab');
}

async function openDashboard(session: FirefoxSession, name: string): Promise<Page> {
  const dashboard = await session.openExtensionPage(
    await session.browser.newPage(),
    'options.html',
    'section.checklists',
  );
  await dashboard.bringToFront();
  await fill(dashboard, '.auditor-name', name);
  return dashboard;
}

/**
 * Opens the demo page, presses the toolbar button there, opens its checklist, chooses the shared
 * checklist and scans the page.
 */
async function scanWithChecklist(session: FirefoxSession): Promise<Page> {
  const demo = await session.browser.newPage();
  await demo.goto(demoPage());
  await demo.bringToFront();
  await session.pressToolbarButton();
  const popup = await session.openExtensionPage(
    await session.browser.newPage(),
    `popup.html?tabId=${await session.tabIdOf(demoPage())}`,
    '.checklist .group',
  );
  // In front: a background tab's clicks wait seconds each (its intersection checks are throttled).
  await popup.bringToFront();
  const shared = await until(
    () =>
      popup.$$eval('select.site-checklist option', (options) =>
        options
          .find((option) => option.textContent === 'Engagement 2026 (version 2)')
          ?.getAttribute('value'),
      ),
    'the shared checklist offered',
  );
  await until(() => popup.$('select.site-checklist:not([disabled])'), 'the choice enabled');
  await popup.select('select.site-checklist', shared);
  await until(() => popup.$(item(CUSTOM)), 'the own indicator in the checklist');
  await (await button(popup, 'Scan this page')).click();
  await until(async () => (await textOf(popup, '.summary')).includes('1 page scanned'), 'the scan');
  return popup;
}

/** A button of the checklist table's row of `checklist`, by its text. */
async function rowButton(page: Page, checklist: string, text: string) {
  const handle = await page.evaluateHandle(
    (name, wanted) => {
      const row = [...document.querySelectorAll('table.checklist-list tr')].find((candidate) =>
        candidate.textContent?.includes(name),
      );
      return (
        [...(row?.querySelectorAll('button') ?? [])].find(
          (candidate) => candidate.textContent?.trim() === wanted,
        ) ?? null
      );
    },
    checklist,
    text,
  );
  const found = handle.asElement() as ElementHandle<HTMLButtonElement> | null;
  if (!found) throw new Error(`No button "${text}" in the row of ${checklist}`);
  return found;
}

describe('a shared checklist with an own indicator, in Firefox', () => {
  it('is built on the dashboard and saved as a new version', async () => {
    annDashboard = await openDashboard(ann, 'Ann Auditor');
    await fill(annDashboard, '.new-checklist-name', 'Engagement 2026');
    await (await button(annDashboard, 'New checklist')).click();
    await until(() => annDashboard.$('form.checklist-draft'), 'the draft');
    await fill(annDashboard, '.new-custom-title', "Citizens' panel");
    await (await button(annDashboard, 'Add your own indicator')).click();
    const custom = `fieldset[data-custom="${CUSTOM}"]`;
    await fill(
      annDashboard,
      `${custom} .custom-counts`,
      'a standing panel of local people the body consults',
    );
    await fill(
      annDashboard,
      `${custom} .custom-phrases-terms`,
      "citizens' panel\npatient reference group",
    );
    await fill(annDashboard, `${custom} .custom-keywords-terms`, 'panel');
    await (await button(annDashboard, 'Save as a new version')).click();
    await until(
      () => shows(annDashboard, 'Saved “Engagement 2026” as version 2.'),
      'the saved notice',
    );
  });

  it('scans the demo site with it: the own indicator is found, with its evidence', async () => {
    const popup = await scanWithChecklist(ann);
    await until(async () => (await badgeOf(popup, CUSTOM)) === 'found', 'the own finding');
    expect(await textOf(popup, item(CUSTOM))).toMatch(/Reference Group|citizens/i);
    // Only the checklist's items: 21 of the catalogue and the own one.
    expect(await popup.$$('li[data-indicator]')).toHaveLength(22);
    // Ann says there is no panel worth the name; she confirms FOI.
    await (await popup.$(`${item(CUSTOM)} input[value="no"]`))!.click();
    await (await popup.$(`${item('foi')} input[value="yes"]`))!.click();
    await until(
      () =>
        popup.$eval(
          `${item('foi')} input[value="yes"]`,
          (radio) => (radio as HTMLInputElement).checked,
        ),
      'the verdict shown',
    );
    await popup.close();
  });

  it('is exported as a small JSON file', async () => {
    await annDashboard.bringToFront();
    await (await rowButton(annDashboard, 'Engagement 2026', 'Export JSON')).click();
    const saved = await downloaded(ann, /^checklist-.*\.json$/, isJson);
    expect(saved.file).toBe('checklist-Engagement_2026-v2.json');
    checklistPath = saved.path;
    const file = JSON.parse(saved.text);
    expect(file).toMatchObject({ format: 'nhs-site-audit/checklist', version: 1 });
    expect(file.checklist.custom[0].detector.phrases).toEqual([
      "citizens' panel",
      'patient reference group',
    ]);
  });
});

describe('a second auditor in a fresh profile, in Firefox', () => {
  beforeAll(async () => {
    bob = await launchFirefox();
  });

  it('imports the checklist and assesses the site with it', async () => {
    const dashboard = await openDashboard(bob, 'Bob Checker');
    // The file Ann's browser saved, chosen in Bob's file dialog.
    const input = await dashboard.$('input.import-checklist-file');
    await input!.uploadFile(checklistPath);
    await until(
      () => shows(dashboard, 'Imported “Engagement 2026” (version 2).'),
      'the import notice',
    );
    const popup = await scanWithChecklist(bob);
    await until(async () => (await badgeOf(popup, CUSTOM)) === 'found', 'the own finding');
    await (await popup.$(`${item(CUSTOM)} input[value="yes"]`))!.click();
    await fill(popup, `${item(CUSTOM)} textarea`, 'Northfold Voices, about 1,100 members');
    await (await popup.$(`${item('foi')} input[value="yes"]`))!.click();
    await (await popup.$(`${item('survey')} input[value="yes"]`))!.click();
    await (await button(popup, 'Export JSON')).click();
    const saved = await downloaded(bob, /\.json$/, isJson);
    bobExportPath = saved.path;
    const file = JSON.parse(saved.text);
    expect(file).toMatchObject({ version: 2, exportedBy: 'Bob Checker' });
    expect(file.checklists[0].name).toBe('Engagement 2026');
  });
});

describe('the first auditor merging the second’s export, in Firefox', () => {
  it('sees the conflict side by side and the agreement, and takes the other verdict', async () => {
    await annDashboard.bringToFront();
    await (await annDashboard.$('input.merge-file'))!.uploadFile(bobExportPath);
    const conflict = `li.merge-conflict[data-item="${CUSTOM}"]`;
    await until(() => annDashboard.$(conflict), 'the conflict');
    expect(await annDashboard.$$('li.merge-conflict')).toHaveLength(1);
    const sides = await textOf(annDashboard, conflict);
    expect(sides).toContain('Ann Auditor');
    expect(sides).toContain('Bob Checker');
    expect(sides).toContain('Northfold Voices, about 1,100 members');
    // FOI agreed, the panel did not: 1 of 2 pairs, and the survey only Bob judged.
    expect(await textOf(annDashboard, 'p.agreement')).toContain('50% of 2');
    expect(
      await textOf(annDashboard, `table.agreement-per-item tr[data-item="${CUSTOM}"]`),
    ).toContain('0% of 1');
    await (await annDashboard.$(`${conflict} input.choose-theirs`))!.click();
    await (await button(annDashboard, 'Apply the merge')).click();
    await until(
      () =>
        shows(
          annDashboard,
          'Merged: 1 of 1 conflict resolved for Bob Checker, 1 verdict only Bob Checker gave added.',
        ),
      'the merge report',
    );
  });

  it('exports the survey report with the own indicator and who assessed it', async () => {
    await (await button(annDashboard, 'Survey report (HTML)')).click();
    const { file, text: html } = await downloaded(ann, /\.html$/, (text) =>
      text.includes('</html>'),
    );
    expect(file).toMatch(/^survey-report-\d{4}-\d\d-\d\d\.html$/);
    expect(html).toContain('The site has “Citizens&#39; panel”.');
    expect(html).toContain('The site gives Freedom of Information details.');
    expect(html).toContain('Bob Checker');
    expect(html).toContain('Ann Auditor');
    expect(html).not.toMatch(/<script/i);
  });
});
