/**
 * `npm run accuracy`: the scanner on the real development set (../shared/real-pages, or
 * $REAL_PAGES_DIR) and on the fixture pages, side by side with a keyword baseline, per
 * indicator and overall, with the definitions of tests/accuracy/metrics.ts.
 *
 * Options:
 *   --split            also the two halves of the real set (by a hash of the host): A to tune
 *                      on, B held out
 *   --mismatches[=A|B|all]  list the real pages where the scanner differs from the label (A by
 *                      default: look at the tuning half only)
 *   --only=<id>        the mismatches of one indicator only
 *   --fixtures         list the fixture pages' differences from their expectations (always
 *                      listed when there are any)
 */
import { INDICATOR_IDS, type IndicatorId } from '../../lib/indicators/index.ts';
import type { ScanStatus } from '../../lib/indicators/types.ts';
import { keywordStatus, pageText } from './keyword-baseline.ts';
import { measure, scanCorpus } from './measure.ts';
import {
  type Figures,
  halfOfHost,
  type Label,
  labelOfStatus,
  type Scorecard,
  scorecard,
} from './metrics.ts';
import { loadRealPages, type RealPage } from './real-pages.ts';

interface Judged {
  labels: Record<IndicatorId, Label>;
  scanner: Record<IndicatorId, ScanStatus>;
  keyword: Record<IndicatorId, ScanStatus>;
}

const args = process.argv.slice(2);
const withSplit = args.includes('--split');
const mismatchArg = args.find((arg) => arg.startsWith('--mismatches'));
const mismatchHalf = mismatchArg?.split('=')[1] ?? 'A';
/** --only=<indicator>: the mismatches of one indicator. */
const onlyIndicator = args.find((arg) => arg.startsWith('--only='))?.split('=')[1];

function statusesOf(findings: { indicator: string; status: ScanStatus }[]) {
  const statuses = {} as Record<IndicatorId, ScanStatus>;
  for (const id of INDICATOR_IDS) statuses[id] = 'not-found';
  for (const finding of findings) statuses[finding.indicator as IndicatorId] = finding.status;
  return statuses;
}

function keywordStatuses(text: string) {
  const statuses = {} as Record<IndicatorId, ScanStatus>;
  for (const id of INDICATOR_IDS) statuses[id] = keywordStatus(text, id);
  return statuses;
}

function score(pages: Judged[], by: 'scanner' | 'keyword'): Scorecard<IndicatorId> {
  return scorecard(INDICATOR_IDS, (id) =>
    pages.map((page) => ({ label: page.labels[id], status: page[by][id] })),
  );
}

const real = loadRealPages();
const realJudged: (Judged & { page: RealPage })[] =
  'pages' in real
    ? real.pages.map((page) => ({
        page,
        labels: page.labels,
        scanner: statusesOf(page.result.findings),
        keyword: keywordStatuses(pageText(page.doc)),
      }))
    : [];
const fixtures = scanCorpus();
const fixtureJudged: Judged[] = fixtures.map((page) => {
  const labels = {} as Record<IndicatorId, Label>;
  for (const id of INDICATOR_IDS) labels[id] = labelOfStatus(page.expectation.expected[id]);
  return { labels, scanner: statusesOf(page.result.findings), keyword: keywordStatuses(page.text) };
});

const number = (value: number | undefined, width = 5) =>
  (value === undefined ? '-' : value.toFixed(2)).padEnd(width);
const percent = (value: number | undefined) =>
  (value === undefined ? '-' : `${(100 * value).toFixed(1)}%`).padEnd(6);

interface Column {
  title: string;
  card: Scorecard<IndicatorId>;
  /** The keyword baseline shows F1, agreement and false alarms only. */
  short: boolean;
}
const SCANNER_HEAD = 'n1  P    R    F1   agree FA';
const KEYWORD_HEAD = 'F1   agree FA';
const widthOf = (column: Column) => (column.short ? 21 : 36);

function cell(figures: Figures, column: Column, f1 = figures.f1): string {
  const labelOne = figures.counts.truePositives + figures.counts.falseNegatives;
  const text = column.short
    ? `${number(f1)}${number(figures.agreement, 6)}${percent(figures.falseAlarmRate)}`
    : `${String(labelOne).padEnd(4)}${number(figures.precision)}${number(figures.recall)}${number(f1)}${number(figures.agreement, 6)}${percent(figures.falseAlarmRate)}`;
  return text.padEnd(widthOf(column));
}

function printTable(title: string, columns: Column[]): void {
  console.log(`\n${title}`);
  console.log(`${''.padEnd(27)}${columns.map((c) => c.title.padEnd(widthOf(c))).join('')}`);
  console.log(
    `${'indicator'.padEnd(27)}${columns.map((c) => (c.short ? KEYWORD_HEAD : SCANNER_HEAD).padEnd(widthOf(c))).join('')}`,
  );
  for (const id of INDICATOR_IDS)
    console.log(`${id.padEnd(27)}${columns.map((c) => cell(c.card.byIndicator[id], c)).join('')}`);
  console.log(
    `${'OVERALL (F1 = macro-F1)'.padEnd(27)}${columns.map((c) => cell(c.card.overall, c, c.card.macroF1)).join('')}`,
  );
  console.log(
    `${'macro-F1 over'.padEnd(27)}${columns.map((c) => `${c.card.macroF1Indicators} indicators`.padEnd(widthOf(c))).join('')}`,
  );
}

console.log('Scanner accuracy: real pages, fixture pages and a keyword baseline (one regular');
console.log('expression per indicator, found if it matches the page text).');
console.log('n1 = pages labelled 1; P, R = precision and recall of found against label 1;');
console.log('agree = mean 1-|v-label| where label or result is not 0 (found 1, needs-review 0.5);');
console.log('FA = false alarms: anything but not-found on label 0, over the label-0 pairs;');
console.log(
  'OVERALL: P, R, agree and FA over all pairs; F1 = mean F1 of indicators with label-1 pages.',
);
if ('missing' in real) {
  console.log(`\nREAL PAGES NOT MEASURED: the development set is not there (${real.missing}).`);
  console.log('Put shared/ beside the repository or set REAL_PAGES_DIR. Fixtures only below.');
} else {
  console.log(`\nReal pages: ${realJudged.length} pages from ${real.dir}`);
}
console.log(`Fixture pages: ${fixtureJudged.length} pages (expected statuses read as labels)`);

const columns: Column[] = [];
if (realJudged.length > 0)
  columns.push(
    {
      title: `real: scanner (${realJudged.length})`,
      card: score(realJudged, 'scanner'),
      short: false,
    },
    { title: 'real: keyword', card: score(realJudged, 'keyword'), short: true },
  );
columns.push(
  {
    title: `fixtures: scanner (${fixtureJudged.length})`,
    card: score(fixtureJudged, 'scanner'),
    short: false,
  },
  { title: 'fixtures: keyword', card: score(fixtureJudged, 'keyword'), short: true },
);
printTable('Per indicator and overall', columns);

if (realJudged.length > 0) {
  const scannerF1 = columns[0]!.card.macroF1 ?? 0;
  const keywordF1 = columns[1]!.card.macroF1 ?? 0;
  console.log(
    `\nReal set: scanner macro-F1 ${scannerF1.toFixed(2)} vs keyword ${keywordF1.toFixed(2)} (${scannerF1 - keywordF1 >= 0 ? '+' : ''}${(scannerF1 - keywordF1).toFixed(2)})`,
  );
}

const half = (name: 'A' | 'B') => realJudged.filter((j) => halfOfHost(j.page.host) === name);
if (withSplit && realJudged.length > 0) {
  const a = half('A');
  const b = half('B');
  printTable('The real set split by a hash of the host: A is tuned on, B is held out', [
    { title: `A: scanner (${a.length})`, card: score(a, 'scanner'), short: false },
    { title: 'A: keyword', card: score(a, 'keyword'), short: true },
    { title: `B: scanner (${b.length})`, card: score(b, 'scanner'), short: false },
    { title: 'B: keyword', card: score(b, 'keyword'), short: true },
  ]);
}

if (mismatchArg && realJudged.length > 0) {
  const shown = mismatchHalf === 'all' ? realJudged : half(mismatchHalf === 'B' ? 'B' : 'A');
  console.log(`\nReal pages where the scanner differs from the label (half ${mismatchHalf}):`);
  for (const judged of shown) {
    const { page } = judged;
    const lines: string[] = [];
    for (const id of INDICATOR_IDS) {
      const label = judged.labels[id];
      const status = judged.scanner[id];
      if (labelOfStatus(status) === label) continue;
      if (onlyIndicator && id !== onlyIndicator) continue;
      const finding = page.result.findings.find((f) => f.indicator === id);
      const evidence = (finding?.evidence ?? [])
        .slice(0, 2)
        .map((item) => `      - ${item.snippet.slice(0, 160)}`)
        .join('\n');
      lines.push(`  ${id}: label ${label}, scanner ${status}${evidence ? `\n${evidence}` : ''}`);
    }
    if (lines.length === 0) continue;
    console.log(`\n${page.file} (${page.kind}, ${page.org})`);
    console.log(lines.join('\n'));
    console.log(`  notes: ${page.notes}`);
  }
}

const { mismatches } = measure(fixtures);
if (mismatches.length > 0 || args.includes('--fixtures')) {
  console.log(`\n${mismatches.length} fixture differences from the expectations:`);
  for (const m of mismatches) {
    console.log(
      `  ${m.path}  ${m.indicator}: expected ${m.expected}, got ${m.actual}${m.note ? `  (${m.note})` : ''}`,
    );
  }
}
