/** `npm run accuracy`: precision and recall per indicator and overall, tuned and holdout pages apart. */
import { INDICATOR_IDS } from '../../lib/indicators/index.ts';
import { type Measurement, measure, precision, recall, scanCorpus } from './measure.ts';

const pages = scanCorpus();
const sets = [
  ['tune', pages.filter((page) => page.set === 'tune')],
  ['holdout', pages.filter((page) => page.set === 'holdout')],
  ['all', pages],
] as const;
const results = sets.map(([name, subset]) => [name, subset.length, measure([...subset])] as const);
const fmt = (n: number) => n.toFixed(2);

console.log(
  `Scanner accuracy on ${pages.length} fixture pages (positive = found or needs-review; a wrong status is an error)\n`,
);
console.log(
  ['indicator'.padEnd(27), ...results.map(([name, n]) => `${name} (${n})`.padEnd(24))].join(''),
);
console.log(['', ...results.map(() => 'P     R     agree'.padEnd(24))].join(''.padEnd(27)));
const row = (label: string, pick: (m: Measurement) => Measurement['overall']) =>
  console.log(
    [
      label.padEnd(27),
      ...results.map(([, , m]) => {
        const s = pick(m);
        return `${fmt(precision(s))}  ${fmt(recall(s))}  ${fmt(s.agree / Math.max(1, s.total))}`.padEnd(
          24,
        );
      }),
    ].join(''),
  );
for (const id of INDICATOR_IDS) row(id, (m) => m.byIndicator[id]);
row('OVERALL', (m) => m.overall);

const all = measure(pages);
if (all.mismatches.length > 0) {
  console.log(`\n${all.mismatches.length} differences from the expectations:`);
  for (const m of all.mismatches) {
    console.log(
      `  ${m.path}  ${m.indicator}: expected ${m.expected}, got ${m.actual}${m.note ? `  (${m.note})` : ''}`,
    );
  }
}
