/**
 * The summary of a survey per indicator: how many sites have it found by the scanner and how
 * many confirmed by the auditor, and the sentence the 2013 post used
 * ("All 42 give FOI details; 30 of 42 have a survey").
 */
import type { ItemId } from '../assessment.ts';
import type { IndicatorMarks } from '../db/schema.ts';
import { INDICATORS } from '../indicators/index.ts';

/** What a total is of: a catalogue indicator, or a checklist's own. */
export interface TotalledItem {
  id: ItemId;
  title: string;
  polarity: 'good' | 'problem';
}

export interface IndicatorTotal {
  indicator: ItemId;
  title: string;
  polarity: 'good' | 'problem';
  /** Sites where the scanner found it. */
  found: number;
  /** Sites where the auditor confirmed it (verdict Yes). */
  confirmed: number;
}

/** Per item (the catalogue's unless given: a checklist's, its own indicators among them). */
export function indicatorTotals(
  sites: readonly IndicatorMarks[],
  items: readonly TotalledItem[] = INDICATORS,
): IndicatorTotal[] {
  return items.map((indicator) => {
    let found = 0;
    let confirmed = 0;
    for (const site of sites) {
      if (site.scanner[indicator.id] === 'found') found++;
      if (site.verdicts[indicator.id] === 'yes') confirmed++;
    }
    return {
      indicator: indicator.id,
      title: indicator.title,
      polarity: indicator.polarity,
      found,
      confirmed,
    };
  });
}

/** "All 42 sites: Freedom of Information", "30 of 42: Survey or consultation", by confirmed. */
export function totalsInWords(totals: readonly IndicatorTotal[], sites: number): string[] {
  if (sites === 0) return [];
  const count = (n: number) =>
    n === sites
      ? sites === 1
        ? 'The 1 site'
        : `All ${sites}`
      : n === 0
        ? 'None'
        : `${n} of ${sites}`;
  return [...totals]
    .sort((a, b) => b.confirmed - a.confirmed)
    .map((total) =>
      total.polarity === 'problem'
        ? `${count(total.confirmed)} ${total.confirmed === 1 && sites !== 1 ? 'has' : 'have'} the problem “${total.title}” (confirmed; the scanner found it on ${total.found}).`
        : `${count(total.confirmed)} ${total.confirmed === 1 && sites !== 1 ? 'has' : 'have'} “${total.title}” (confirmed; the scanner found it on ${total.found}).`,
    );
}
