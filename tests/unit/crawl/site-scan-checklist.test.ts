/** "Scan this site" looks for the own indicators of the checklist the site is assessed with. */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createChecklist } from '../../../lib/checklists/checklist.ts';
import { saveChecklist, setSiteChecklist } from '../../../lib/db/checklists.ts';
import { loadSite, openAuditDb } from '../../../lib/db/repository.ts';
import { buildAssessment } from '../../../lib/export/assessment.ts';
import { eventually, memorySiteScanRunner } from '../support/views.ts';

const at = '2026-11-06T09:00:00.000Z';
const site = {
  'https://www.example-ccg.example.org/': '<main><a href="/get-involved/">Get involved</a></main>',
  'https://www.example-ccg.example.org/get-involved/':
    '<main><h1>Get involved</h1><p>Join our citizens’ panel of local people.</p></main>',
};

describe('a site scan with the site’s checklist', () => {
  it('finds the checklist’s own indicator on the pages it reads', async () => {
    const db = await openAuditDb('site-scan-checklist');
    const checklist = {
      ...createChecklist('Panels', at),
      items: ['foi' as const, 'custom-panel' as const],
      custom: [
        {
          id: 'custom-panel' as const,
          title: 'Citizens’ panel',
          group: 'engagement' as const,
          polarity: 'good' as const,
          counts: '',
          doesNotCount: '',
          detector: {
            phrases: ["citizens' panel"],
            keywords: [],
            links: [],
            found: ['phrases' as const],
          },
        },
      ],
    };
    await saveChecklist(db, checklist);
    await setSiteChecklist(db, 'example-ccg.example.org', checklist.id, at);
    const runner = memorySiteScanRunner(Promise.resolve(db), site, () => at);
    await runner.start('https://www.example-ccg.example.org/', 5);
    await eventually(() => !runner.isRunning('example-ccg.example.org'), 'the scan to end');
    const assessment = buildAssessment(
      'example-ccg.example.org',
      await loadSite(db, 'example-ccg.example.org'),
    );
    expect(assessment.items.map((item) => [item.indicator, item.scanner])).toEqual([
      ['foi', 'not-found'],
      ['custom-panel', 'found'],
    ]);
    expect(assessment.items[1]?.evidence[0]?.url).toBe(
      'https://www.example-ccg.example.org/get-involved/',
    );
    db.close();
  });
});
