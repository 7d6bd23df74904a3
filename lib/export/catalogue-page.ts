/**
 * The catalogue as a page for people (assets/indicators.md), written from the indicator data so
 * that what the checklist shows and what the page says cannot drift apart (a test compares them).
 */
import { INDICATORS } from '../indicators/index.ts';
import { GROUPS } from '../indicators/types.ts';

export function cataloguePage(): string {
  const lines = [
    '# The indicators',
    '',
    'What NHS Site Audit looks for on a site, in checklist order. Written from the indicator data',
    '(`lib/indicators/`) by `npm run catalogue`; do not edit by hand.',
    '',
    'A *problem* indicator is one whose presence is bad news: for it, a verdict of "yes" means the',
    'problem is there.',
  ];
  for (const group of GROUPS) {
    lines.push('', `## ${group.title}`);
    for (const indicator of INDICATORS.filter((item) => item.group === group.id)) {
      lines.push(
        '',
        `### ${indicator.title}`,
        '',
        `- id: \`${indicator.id}\`${indicator.polarity === 'problem' ? ' (a problem indicator)' : ''}`,
        `- Counts: ${indicator.counts}`,
        `- Does not count: ${indicator.doesNotCount}`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}
