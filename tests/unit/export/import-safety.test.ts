/**
 * Import safety (issue 9): every bad file is refused whole, with the path of the bad field in
 * plain words, and nothing is written. Checklist files and assessment exports share the first
 * checks (lib/export/import-file.ts); each has its own schema.
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listChecklists, saveChecklist } from '../../../lib/db/checklists.ts';
import { openAuditDb } from '../../../lib/db/repository.ts';
import { buildAssessment } from '../../../lib/export/assessment.ts';
import { assessmentsToJson, parseAssessmentFile } from '../../../lib/export/assessment-file.ts';
import { parseChecklistFile } from '../../../lib/export/checklist-file.ts';
import { ImportError, MAX_IMPORT_CHARS } from '../../../lib/export/import-file.ts';
import { pageResult } from '../support/fixtures.ts';

const goodChecklist = readFileSync('tests/fixtures/checklists/citizens-panel.json', 'utf8');
const withChecklist = (change: (file: { checklist: Record<string, unknown> }) => void) => {
  const file = JSON.parse(goodChecklist);
  change(file);
  return JSON.stringify(file);
};
const at = '2026-11-03T10:00:00.000Z';
const assessment = buildAssessment('example.org', {
  site: undefined,
  pages: [
    {
      ...pageResult('https://example.org/a', { phone: 'found', foi: 'not-found' }),
      site: 'example.org',
      scannedAt: at,
    },
  ],
  verdicts: [],
});
const goodAssessment = assessmentsToJson([assessment], [], at, 'Ann Auditor').content;

describe('a checklist file', () => {
  it('that is good is read whole', () => {
    const checklist = parseChecklistFile(goodChecklist);
    expect(checklist.name).toBe('Engagement 2026');
    expect(checklist.custom[0]?.detector.found).toEqual(['phrases', 'links']);
  });

  const bad: [string, () => string, RegExp][] = [
    [
      'truncated',
      () => goodChecklist.slice(0, 300),
      /not complete JSON \(it may be damaged or cut short\)/,
    ],
    [
      'a CSV chosen by mistake',
      () => 'name,code,url\r\nNorthfold CCG,00X,https://www.example.org/\r\n',
      /This is a CSV \(spreadsheet\) file, not a checklist: choose the \.json file/,
    ],
    [
      'of a newer format version',
      () => goodChecklist.replace('"version": 1,', '"version": 7,'),
      /newer version of the extension \(format version 7\)/,
    ],
    ['of another kind', () => goodAssessment, /not a checklist made by NHS Site Audit/],
    [
      'with a wrong type',
      () =>
        withChecklist((file) => {
          file.checklist.version = 'two';
        }),
      /checklist, version: should be a number/,
    ],
    [
      'with an unknown indicator id',
      () =>
        withChecklist((file) => {
          (file.checklist.items as string[]).push('fax-number');
        }),
      /checklist, item 7: "fax-number" is not an indicator of the catalogue nor a custom one/,
    ],
    [
      'with a huge string',
      () =>
        withChecklist((file) => {
          file.checklist.description = 'x'.repeat(50_000);
        }),
      /checklist, description: is longer than 2000 characters/,
    ],
    [
      'with a __proto__ key',
      () =>
        goodChecklist.replace(
          '"checklist": {',
          '"checklist": { "__proto__": { "polluted": true },',
        ),
      /checklist, __proto__: is not a field this file may have/,
    ],
    [
      'with 10,000 keywords',
      () =>
        withChecklist((file) => {
          const [custom] = file.checklist.custom as { detector: { keywords: string[] } }[];
          custom!.detector.keywords = Array.from({ length: 10_000 }, (_, i) => `keyword${i}`);
        }),
      /custom indicator 1, detector, keywords: has too many keywords \(at most 40\)/,
    ],
    [
      'with a pathological wildcard',
      () =>
        withChecklist((file) => {
          const [custom] = file.checklist.custom as { detector: { links: string[] } }[];
          custom!.detector.links = ['*a*a*a*a*a*a*a*a*a*b'];
        }),
      /custom indicator 1, detector, links: has a pattern with more than 3 wildcards/,
    ],
    [
      'with a custom indicator it lists but does not define',
      () =>
        withChecklist((file) => {
          file.checklist.custom = [];
        }),
      /lists a custom indicator it does not define/,
    ],
    ['too large', () => ' '.repeat(MAX_IMPORT_CHARS.checklist + 1), /too large to be a checklist/],
  ];
  it.each(bad)('%s is refused, saying where', (_name, make, message) => {
    let thrown: unknown;
    try {
      parseChecklistFile(make());
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ImportError);
    expect((thrown as Error).message).toMatch(message);
    expect((thrown as Error).message).toMatch(/[Nn]othing was imported|not imported/);
  });

  it('leaves no trace of a __proto__ key on any object', () => {
    expect(() =>
      parseChecklistFile(
        goodChecklist.replace(
          '"checklist": {',
          '"checklist": { "__proto__": { "polluted": true },',
        ),
      ),
    ).toThrow(ImportError);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it('keeps a formula-looking string as text (the CSV export defuses it)', () => {
    const checklist = parseChecklistFile(
      withChecklist((file) => {
        file.checklist.name = '=HYPERLINK("http://example.com","x")';
      }),
    );
    expect(checklist.name).toBe('=HYPERLINK("http://example.com","x")');
  });

  it('is stored all or nothing: a refused file writes nothing', async () => {
    const db = await openAuditDb('import-safety');
    await saveChecklist(db, parseChecklistFile(goodChecklist));
    const before = await listChecklists(db);
    const bad = withChecklist((file) => {
      file.checklist.name = '';
    });
    await expect(async () => saveChecklist(db, parseChecklistFile(bad))).rejects.toThrow(
      /checklist, name: is empty/,
    );
    expect(await listChecklists(db)).toEqual(before);
    db.close();
  });
});

describe('an assessment export', () => {
  it('imports what it exported, unchanged', () => {
    const file = parseAssessmentFile(goodAssessment);
    expect(file.assessments).toEqual([assessment]);
    expect(file.exportedBy).toBe('Ann Auditor');
  });

  const bad: [string, () => string, RegExp][] = [
    ['truncated', () => goodAssessment.slice(0, goodAssessment.length / 2), /cut short/],
    [
      'of the first format',
      () => goodAssessment.replace('"version": 2', '"version": 1'),
      /first format \(before shared checklists\)/,
    ],
    [
      'with a wrong verdict',
      () => goodAssessment.replace('"verdict": null', '"verdict": "maybe"'),
      /site 1, item 1, verdict: "maybe" is not one of the allowed values|site 1, item 1, verdict/,
    ],
    [
      'with a huge note',
      () => goodAssessment.replace('"note": ""', `"note": "${'y'.repeat(30_000)}"`),
      /site 1, item 1, note: is longer than 20000 characters/,
    ],
    [
      'a CSV chosen by mistake',
      () => '\uFEFFsite,group,indicator\r\nexample.org,board,board-members\r\n',
      /This is a CSV \(spreadsheet\) file, not an assessment export/,
    ],
  ];
  it.each(bad)('%s is refused, saying where', (_name, make, message) => {
    expect(() => parseAssessmentFile(make())).toThrow(message);
  });
});
