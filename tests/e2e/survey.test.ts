/**
 * The survey dashboard in real Chromium with 10,000 sites seeded in its database (issue 11):
 * import a campaign (a bad file first), open the next site, review it, see the progress, sort,
 * filter, open a site, delete one, compare two; axe-core finds nothing; the README screenshot.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededSite, seedSurvey, surveyRecords } from '../support/survey-seed.ts';
import { axeViolations } from './support/axe.ts';
import {
  type ExtensionSession,
  launchWithExtension,
  openExtensionPage,
  readStore,
  screenshotPath,
  tabIdOf,
} from './support/extension.ts';

const SEEDED = 10_000;
/** Waits for the dashboard to show the stored truth: with 10,000 sites a busy machine needs seconds. */
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 10_000 });
let session: ExtensionSession;
let dashboard: Page;
let demoSite: string;

const rows = (page = dashboard) =>
  page
    .locator('table.sites-table tbody tr[data-site]')
    .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-site')!));
const row = (site: string) => dashboard.locator(`table.sites-table tbody tr[data-site="${site}"]`);
const shownCount = () => dashboard.locator('.shown-count').textContent();
const filterBy = (text: string) =>
  dashboard.getByRole('searchbox', { name: 'Filter by organisation or site' }).fill(text);

/** The tab that opens showing an address that passes `test` (a new tab starts blank). */
async function tabShowing(test: (url: string) => boolean): Promise<Page> {
  let found: Page | undefined;
  await poll(() => {
    found = session.context.pages().find((page) => test(page.url()));
    return found !== undefined;
  }).toBe(true);
  return found!;
}

async function importCampaign(name: string, csv: string) {
  await dashboard.locator('.campaigns input[type=file][accept*=csv]').setInputFiles({
    name,
    mimeType: 'text/csv',
    buffer: Buffer.from(csv),
  });
}

beforeAll(async () => {
  session = await launchWithExtension();
  demoSite = `127.0.0.1:${new URL(session.site.url).port}`;
  dashboard = await session.context.newPage();
  await dashboard.goto(`chrome-extension://${session.extensionId}/options.html`);
  await dashboard.locator('.sites-section').waitFor();
  await seedSurvey(dashboard, surveyRecords(SEEDED));
  await dashboard.reload();
  await dashboard.locator('table.sites-table tbody tr[data-site]').first().waitFor();
  // Seeding 10,000 sites takes seconds on a busy machine.
}, 180_000);
afterAll(async () => {
  await session?.close();
});

describe('the survey dashboard with 10,000 sites', () => {
  it('shows them at once, drawing only the rows in view', async () => {
    expect(await shownCount()).toBe(`${SEEDED} of ${SEEDED} sites`);
    const drawn = (await rows()).length;
    expect(drawn).toBeGreaterThan(5);
    expect(drawn).toBeLessThan(60);
    // Last change first, in local time with its zone.
    expect(
      await row(seededSite(SEEDED - 1))
        .locator('td.time')
        .textContent(),
    ).toMatch(/^\d{1,2} \w{3} 2026, \d\d:\d\d [A-Z]{2,5}([+-]\d+)?$/);
    const shownAfter = await dashboard.evaluate(
      () => performance.getEntriesByName('sites-shown')[0]!.startTime,
    );
    expect(shownAfter).toBeGreaterThan(0);
    // Every column fits: the table does not scroll sideways (it did when a column was added).
    expect(
      await dashboard.locator('.sites-scroll').evaluate((el) => el.scrollWidth - el.clientWidth),
    ).toBe(0);
    // Scrolling to the end draws the last rows.
    await dashboard.locator('.sites-scroll').evaluate((el) => {
      el.scrollTop = el.scrollHeight;
    });
    await poll(rows).toContain(seededSite(0));
  });

  it('refuses a bad campaign file, naming the line and column, and imports nothing', async () => {
    await importCampaign(
      'bad.csv',
      'name,code,url\nDemo CCG,D1,http://127.0.0.1/\nX,X1,not a site\n',
    );
    await poll(() => dashboard.locator('.survey-error').textContent()).toMatch(
      /bad\.csv was not imported: Line 3, column "url": "not a site" is not a website address.*Nothing was imported\./,
    );
    expect(await dashboard.locator('.campaign-list > li').count()).toBe(1);
    expect((await readStore(session, 'campaigns')).map((c) => c.id)).toEqual(['example-practices']);
  });

  it('imports a campaign and shows each organisation where it stands', async () => {
    await importCampaign(
      'eastmoor.csv',
      [
        'name,code,url,region',
        `Demo CCG (fictional),DEMO1,${session.site.url},East`,
        `Example Practice 21 (fictional),P21,https://${seededSite(21)}/,East`,
        'Southbrook ICB (fictional),SB1,https://southbrook-icb.example.nhs.uk/,East',
        'Closed CCG (fictional),OLD1,,East',
      ].join('\n'),
    );
    const campaign = dashboard.locator('.campaign-list > li', { hasText: 'eastmoor' });
    await poll(() => campaign.locator('.campaign-progress').textContent()).toMatch(
      /1 done, 0 in progress, 2 not started, of 3 with a website \(1 without one\)/,
    );
    await dashboard.locator('.campaign-filter').selectOption({ label: 'eastmoor' });
    await poll(rows).toHaveLength(3);
    expect(await row(demoSite).locator('td.organisation').textContent()).toBe(
      'Demo CCG (fictional)',
    );
    expect(await row(demoSite).locator('td.reviewed').textContent()).toBe('not started');
    expect(await row(seededSite(21)).locator('td.reviewed').textContent()).toBe('done');
  });

  it('opens the next site not done in a tab beside its checklist; the review shows as progress', async () => {
    const campaign = dashboard.locator('.campaign-list > li', { hasText: 'eastmoor' });
    await campaign.getByRole('button', { name: 'Open next' }).click();
    const site = await tabShowing((url) => url.startsWith(session.site.url));
    await site.waitForLoadState();
    // Chromium opened the side panel beside the tab (a page target playwright does not list).
    const cdp = await session.context.newCDPSession(dashboard);
    await poll(async () =>
      (await cdp.send('Target.getTargets')).targetInfos.some(
        (target) => target.type === 'page' && target.url.endsWith('/sidepanel.html'),
      ),
    ).toBe(true);
    await cdp.detach();
    // The review in a view of the same checklist that the test can drive.
    const panel = await openExtensionPage(session, 'sidepanel', await tabIdOf(session, site));
    await panel.getByRole('button', { name: 'Scan this page' }).click();
    await panel.locator('.summary', { hasText: '1 page scanned' }).waitFor();
    await panel.getByRole('button', { name: /Confirm the scanner/ }).click();
    await panel.locator('li[data-indicator="foi"]').getByText('Yes', { exact: true }).click();
    await poll(() => row(demoSite).locator('td.reviewed').textContent()).toMatch(
      /^in progress \(\d+ of 21\)$/,
    );
    await poll(() => campaign.locator('.campaign-progress').textContent()).toMatch(
      /1 done, 1 in progress, 1 not started/,
    );
    expect(Number(await row(demoSite).locator('td:nth-child(4)').textContent())).toBe(1);
    // The verdict given in the panel is stored, and the table's score counts it.
    await poll(async () =>
      (await readStore(session, 'summaries')).find((s) => s.site === demoSite),
    ).toMatchObject({ verdicts: { foi: 'yes' } });
    await poll(() => row(demoSite).locator('button.score').getAttribute('title')).toMatch(
      /confirmed \(.*Freedom of Information/,
    );
    await panel.close();
    await site.close();
  });

  it('exports the campaign on its own', async () => {
    const campaign = dashboard.locator('.campaign-list > li', { hasText: 'eastmoor' });
    const [download] = await Promise.all([
      dashboard.waitForEvent('download'),
      campaign.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    const csv = Papa.parse<Record<string, string>>(readFileSync((await download.path())!, 'utf8'), {
      header: true,
      skipEmptyLines: true,
    });
    expect(csv.data.map((r) => [r.name, r.status])).toEqual([
      ['Demo CCG (fictional)', 'in-progress'],
      ['Example Practice 21 (fictional)', 'done'],
      ['Southbrook ICB (fictional)', 'not-started'],
      ['Closed CCG (fictional)', 'no website'],
    ]);
    const { site, foi, 'region (list)': region } = csv.data[0]!;
    expect(JSON.stringify({ site, foi, region })).toBe(
      JSON.stringify({ site: demoSite, foi: 'yes', region: 'East' }),
    );
    // And its survey report: the campaign's sites only, in the 2013 post's words.
    const [report] = await Promise.all([
      dashboard.waitForEvent('download'),
      campaign.getByRole('button', { name: 'Survey report (HTML)' }).click(),
    ]);
    const html = readFileSync((await report.path())!, 'utf8');
    expect(html).toContain('eastmoor: survey of 2 sites');
    expect(html).toContain(
      'The campaign lists 4 organisations; 2 have no assessment yet and are not counted: Southbrook ICB (fictional), Closed CCG (fictional).',
    );
    expect(html).toMatch(/(Both give|1 of 2 gives|Neither gives) Freedom of Information details/);
    expect(html).not.toContain(seededSite(22));
  });

  it('sorts by any column, both ways', async () => {
    await dashboard.locator('.campaign-filter').selectOption({ label: 'All sites' });
    const scoreHeader = dashboard.locator('th[data-column="score"]');
    await scoreHeader.getByRole('button').click();
    expect(await scoreHeader.getAttribute('aria-sort')).toBe('descending');
    const scores = () =>
      dashboard
        .locator('table.sites-table tbody tr[data-site] button.score')
        .evaluateAll((buttons) => buttons.map((b) => Number(b.textContent)));
    const top = await scores();
    expect(top).toEqual([...top].sort((a, b) => b - a));
    expect(top[0]).toBeGreaterThanOrEqual(top[top.length - 1]!);
    await scoreHeader.getByRole('button').click();
    expect(await scoreHeader.getAttribute('aria-sort')).toBe('ascending');
    const bottom = await scores();
    expect(bottom).toEqual([...bottom].sort((a, b) => a - b));
    expect(bottom[0]).toBeLessThan(top[0]!);
    await dashboard.locator('th[data-column="site"]').getByRole('button').click();
    expect((await rows()).slice(0, 2)).toEqual([demoSite, seededSite(0)]);
  });

  it('filters by name, campaign and progress', async () => {
    await filterBy('practice-0999');
    await poll(shownCount).toBe(`10 of ${SEEDED + 2} sites`);
    expect(await rows()).toEqual(Array.from({ length: 10 }, (_, i) => seededSite(9990 + i)));
    await filterBy('');
    await dashboard.locator('.status-filter').selectOption({ label: 'done' });
    // Every 22nd seeded site has all 21 verdicts.
    await poll(shownCount).toBe(`${Math.ceil((SEEDED - 21) / 22)} of ${SEEDED + 2} sites`);
    await dashboard.locator('.status-filter').selectOption({ label: 'Any' });
  });

  it('opens a site: its page and its checklist, each in a tab', async () => {
    await filterBy(demoSite);
    await row(demoSite).getByRole('button', { name: demoSite, exact: true }).click();
    const view = await tabShowing((url) => url.includes('/popup.html?tabId='));
    await view.locator('.checklist .group').first().waitFor();
    expect(await view.locator('h1').textContent()).toBe(demoSite);
    // The site's organisation is named wherever the site is.
    expect(await view.locator('.organisation-name').textContent()).toBe('Demo CCG (fictional)');
    await poll(() => view.locator('li[data-indicator="foi"] input[value="yes"]').isChecked()).toBe(
      true,
    );
    await view.close();
    await dashboard.bringToFront();
  });

  it('deletes a site after a confirmation that offers a backup first', async () => {
    const victim = seededSite(4242);
    await filterBy(victim);
    await row(victim)
      .getByRole('button', { name: `Delete ${victim}` })
      .click();
    const dialog = dashboard.getByRole('alertdialog');
    const [backup] = await Promise.all([
      dashboard.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Back up everything first' }).click(),
    ]);
    expect(backup.suggestedFilename()).toMatch(/^nhs-site-audit-backup-/);
    // The notice reads everything again (10,000 summaries): allow a busy machine some seconds.
    await poll(() => dashboard.locator('.storage-notice').textContent()).toMatch(
      /Last backup: \d{1,2} \w{3} 2026/,
    );
    await dialog.getByRole('button', { name: `Delete ${victim}` }).click();
    // Its campaign keeps the organisation: not started again, with nothing stored to delete.
    await poll(() => row(victim).locator('td.reviewed').textContent()).toBe('not started');
    expect(await row(victim).locator('td:nth-child(4)').textContent()).toBe('0');
    expect(
      await row(victim)
        .getByRole('button', { name: `Delete ${victim}` })
        .count(),
    ).toBe(0);
    expect(await shownCount()).toBe(`1 of ${SEEDED + 2} sites`);
    const stored = await readStore(session, 'summaries');
    expect(stored).toHaveLength(SEEDED);
    expect(stored.some((s) => s.site === victim)).toBe(false);
    expect((await readStore(session, 'verdicts')).some((v) => v.site === victim)).toBe(false);
  });

  it('compares two sites side by side, and one over time', async () => {
    await filterBy(demoSite);
    await row(demoSite).getByRole('button', { name: 'Compare' }).click();
    const compare = dashboard.locator('.compare-section');
    await compare.getByRole('button', { name: 'Keep this assessment as it stands' }).click();
    await poll(() => compare.locator('table.compare-table caption').textContent()).toMatch(
      /: kept .* and now: 0 indicators differ/,
    );
    await filterBy(seededSite(21));
    await row(seededSite(21)).getByRole('button', { name: 'Compare' }).click();
    const caption = compare.locator('table.compare-table caption').first();
    await poll(() => caption.textContent()).toMatch(
      new RegExp(
        `${demoSite} and ${seededSite(21).replaceAll('.', '\\.')}: \\d+ indicators differ`,
      ),
    );
    expect(await compare.locator('tr[data-indicator="foi"] td').first().textContent()).toMatch(
      /^Yes \(scanner: /,
    );
  });

  it('has no axe-core violations, light or dark', async () => {
    await filterBy('');
    for (const colorScheme of ['light', 'dark'] as const) {
      await dashboard.emulateMedia({ colorScheme });
      expect(await axeViolations(dashboard), colorScheme).toEqual([]);
    }
    await dashboard.emulateMedia({ colorScheme: 'light' });
  });

  it('takes the README screenshots of the survey', async () => {
    await dashboard.bringToFront();
    await dashboard.setViewportSize({ width: 1240, height: 900 });
    await dashboard.locator('.campaign-filter').selectOption({ label: 'All sites' });
    await dashboard.locator('.campaigns').scrollIntoViewIfNeeded();
    await dashboard.screenshot({ path: screenshotPath('survey.png') });
    await dashboard.locator('.summary-section').scrollIntoViewIfNeeded();
    await dashboard.screenshot({ path: screenshotPath('survey-summary.png') });
  });
});
