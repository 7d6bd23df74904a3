/** The registry and the catalogue (../shared/indicators.md, copied into the fixtures) agree. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GROUPS, INDICATOR_IDS, INDICATORS } from '../../../lib/indicators/index.ts';

const CATALOGUE = 'tests/fixtures/catalogue/indicators.md';
const GROUP_IDS: Record<string, string> = {
  'Board and meetings': 'board',
  Engagement: 'engagement',
  'Contact and signposting': 'contact',
  'Site quality': 'quality',
};

function readCatalogue(text: string) {
  const rows: { id: string; group: string; problem: boolean }[] = [];
  let group = '';
  for (const line of text.split('\n')) {
    const heading = /^## (.+)$/.exec(line);
    if (heading) group = GROUP_IDS[heading[1]!.trim()] ?? '';
    const row = /^\| `([a-z-]+)` \| (.*?) \|/.exec(line);
    if (row && group) rows.push({ id: row[1]!, group, problem: row[2]!.startsWith('PROBLEM') });
  }
  return rows;
}

describe('the indicator registry', () => {
  const catalogue = readCatalogue(readFileSync(CATALOGUE, 'utf8'));

  it('has the catalogue’s 21 ids in the catalogue’s order', () => {
    expect(catalogue).toHaveLength(21);
    expect([...INDICATOR_IDS]).toEqual(catalogue.map((row) => row.id));
  });

  it('puts each indicator in the catalogue’s group, groups in order', () => {
    for (const row of catalogue) {
      expect(INDICATORS.find((indicator) => indicator.id === row.id)?.group, row.id).toBe(
        row.group,
      );
    }
    expect(GROUPS.map((group) => group.id)).toEqual([
      ...new Set(catalogue.map((row) => row.group)),
    ]);
  });

  it('marks exactly the catalogue’s problem indicators as problems', () => {
    const problems = INDICATORS.filter((indicator) => indicator.polarity === 'problem').map(
      (i) => i.id,
    );
    expect(problems).toEqual(catalogue.filter((row) => row.problem).map((row) => row.id));
  });

  it('has one file per indicator, named by its id, every file registered', () => {
    const files = readdirSync('lib/indicators')
      .filter((file) => file.endsWith('.ts') && file !== 'index.ts' && file !== 'types.ts')
      .map((file) => file.replace(/\.ts$/, ''))
      .sort();
    expect(files).toEqual([...INDICATOR_IDS].sort());
  });

  it('has a test file of small cases for every indicator', () => {
    // Each rule is tested on its own (found / needs-review / not-found), not only through the
    // fixture corpus: a new indicator without its cases fails here.
    const missing = INDICATOR_IDS.filter(
      (id) => !existsSync(`tests/unit/indicators/${id}.test.ts`),
    );
    expect(missing).toEqual([]);
  });

  it('documents what counts and what does not for every indicator', () => {
    for (const indicator of INDICATORS) {
      expect(indicator.title.length, indicator.id).toBeGreaterThan(3);
      expect(indicator.counts.length, indicator.id).toBeGreaterThan(10);
      expect(indicator.doesNotCount.length, indicator.id).toBeGreaterThan(5);
    }
  });

  it('uses the catalogue as shared with the team, when it is beside the repository', () => {
    const shared = '../shared/indicators.md';
    // CI runs with shared/ beside the clone; a developer's machine may not have it.
    if (existsSync(shared))
      expect(readFileSync(shared, 'utf8')).toBe(readFileSync(CATALOGUE, 'utf8'));
  });
});
