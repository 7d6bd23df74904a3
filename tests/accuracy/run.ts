/** `npm run accuracy`: precision and recall per indicator and overall, per fixture set and in all. */
import { INDICATOR_IDS } from '../../lib/indicators/index.ts';
import { type CorpusPage, measure, precision, recall, type Score, scanCorpus } from './measure.ts';

const pages = scanCorpus();
const setNames = [...new Set(pages.map((page) => page.set))];
const columns: [string, CorpusPage[]][] = [
  ...setNames.map((name): [string, CorpusPage[]] => [
    name,
    pages.filter((page) => page.set === name),
  ]),
  ['all', pages],
];
const measured = columns.map(([name, subset]) => ({
  name,
  count: subset.length,
  result: measure(subset),
}));
const cell = (s: Score) =>
  `${precision(s).toFixed(2)}  ${recall(s).toFixed(2)}  ${(s.agree / Math.max(1, s.total)).toFixed(2)}`.padEnd(
    24,
  );

console.log(`Scanner accuracy on ${pages.length} fixture pages`);
console.log(
  'P = precision, R = recall (a positive is found or needs-review; a wrong status counts against both),',
);
console.log(
  'agree = share of exact expected statuses. tune: tuned on; holdout*: written blind, see tests/fixtures/README.md\n',
);
console.log(
  `${'indicator'.padEnd(27)}${measured.map(({ name, count }) => `${name} (${count} pages)`.padEnd(24)).join('')}`,
);
console.log(`${''.padEnd(27)}${measured.map(() => 'P     R     agree'.padEnd(24)).join('')}`);
for (const id of INDICATOR_IDS)
  console.log(
    `${id.padEnd(27)}${measured.map(({ result }) => cell(result.byIndicator[id])).join('')}`,
  );
console.log(
  `${'OVERALL'.padEnd(27)}${measured.map(({ result }) => cell(result.overall)).join('')}`,
);

const { mismatches } = measure(pages);
if (mismatches.length > 0) {
  console.log(`\n${mismatches.length} differences from the expectations:`);
  for (const m of mismatches) {
    console.log(
      `  ${m.path}  ${m.indicator}: expected ${m.expected}, got ${m.actual}${m.note ? `  (${m.note})` : ''}`,
    );
  }
}
