/**
 * How the scanner is scored against labelled pages, with the definitions of issue 8 and of
 * ../shared/real-pages/README.md, the same for the real pages, the fixtures and the keyword
 * baseline. Pure: judgements in, figures out.
 *
 * - precision and recall of `found` against label 1;
 * - false alarms: anything but `not-found` on a label 0, over all label-0 pairs;
 * - agreement: mean of 1 - |v - label| over the pairs where the label or the result is not 0
 *   (v: found 1, needs-review 0.5, not-found 0);
 * - macro-F1: mean F1 over the indicators that have label-1 pages.
 */
import type { ScanStatus } from '../../lib/indicators/types.ts';

/** A reader's judgement: 1 clear evidence, 0.5 a passing mention, 0 absent. */
export type Label = 0 | 0.5 | 1;

/** One page's label and the result given for one indicator. */
export interface Pair {
  label: Label;
  status: ScanStatus;
}

export interface Counts {
  pairs: number;
  /** found on a label 1. */
  truePositives: number;
  /** found on a label 0 or 0.5. */
  falsePositives: number;
  /** label 1 not found (needs-review or not-found). */
  falseNegatives: number;
  /** pairs with label 0. */
  labelZero: number;
  /** label 0 with a result other than not-found. */
  falseAlarms: number;
  /** pairs where the label or the result is not 0, and the sum of 1 - |v - label| over them. */
  agreementPairs: number;
  agreementSum: number;
}

export interface Figures {
  counts: Counts;
  /** undefined when nothing was found (no precision to speak of). */
  precision: number | undefined;
  /** undefined when no page has label 1. */
  recall: number | undefined;
  /** undefined when no page has label 1; 0 when pages have it and none was found. */
  f1: number | undefined;
  /** undefined when no pair has label 0. */
  falseAlarmRate: number | undefined;
  /** undefined when every label and result is 0. */
  agreement: number | undefined;
}

export const STATUS_VALUE: Record<ScanStatus, Label> = {
  found: 1,
  'needs-review': 0.5,
  'not-found': 0,
};

/** The label a written expectation stands for (the fixtures' expected statuses). */
export function labelOfStatus(status: ScanStatus): Label {
  return STATUS_VALUE[status];
}

export function emptyCounts(): Counts {
  return {
    pairs: 0,
    truePositives: 0,
    falsePositives: 0,
    falseNegatives: 0,
    labelZero: 0,
    falseAlarms: 0,
    agreementPairs: 0,
    agreementSum: 0,
  };
}

export function addPair(counts: Counts, { label, status }: Pair): void {
  const value = STATUS_VALUE[status];
  counts.pairs++;
  if (status === 'found' && label === 1) counts.truePositives++;
  if (status === 'found' && label !== 1) counts.falsePositives++;
  if (label === 1 && status !== 'found') counts.falseNegatives++;
  if (label === 0) {
    counts.labelZero++;
    if (status !== 'not-found') counts.falseAlarms++;
  }
  if (label !== 0 || value !== 0) {
    counts.agreementPairs++;
    counts.agreementSum += 1 - Math.abs(value - label);
  }
}

export function countPairs(pairs: Iterable<Pair>): Counts {
  const counts = emptyCounts();
  for (const pair of pairs) addPair(counts, pair);
  return counts;
}

export function figuresOf(counts: Counts): Figures {
  const found = counts.truePositives + counts.falsePositives;
  const labelOne = counts.truePositives + counts.falseNegatives;
  const precision = found === 0 ? undefined : counts.truePositives / found;
  const recall = labelOne === 0 ? undefined : counts.truePositives / labelOne;
  // 2PR / (P + R), written with counts so that no finding at all gives 0, not a division by 0.
  const f1 =
    labelOne === 0
      ? undefined
      : (2 * counts.truePositives) /
        (2 * counts.truePositives + counts.falsePositives + counts.falseNegatives);
  return {
    counts,
    precision,
    recall,
    f1,
    falseAlarmRate: counts.labelZero === 0 ? undefined : counts.falseAlarms / counts.labelZero,
    agreement:
      counts.agreementPairs === 0 ? undefined : counts.agreementSum / counts.agreementPairs,
  };
}

export interface Scorecard<Id extends string = string> {
  byIndicator: Record<Id, Figures>;
  /** Precision, recall, false alarms and agreement over all pairs of all indicators. */
  overall: Figures;
  /** Mean F1 over the indicators with label-1 pages; undefined when none has any. */
  macroF1: number | undefined;
  /** How many indicators the macro-F1 averages over. */
  macroF1Indicators: number;
}

/** Scores the pairs of each indicator, and all of them together. */
export function scorecard<Id extends string>(
  ids: readonly Id[],
  pairsOf: (id: Id) => Iterable<Pair>,
): Scorecard<Id> {
  const overallCounts = emptyCounts();
  const byIndicator = {} as Record<Id, Figures>;
  for (const id of ids) {
    const counts = emptyCounts();
    for (const pair of pairsOf(id)) {
      addPair(counts, pair);
      addPair(overallCounts, pair);
    }
    byIndicator[id] = figuresOf(counts);
  }
  const f1s = ids.map((id) => byIndicator[id].f1).filter((f1): f1 is number => f1 !== undefined);
  return {
    byIndicator,
    overall: figuresOf(overallCounts),
    macroF1: f1s.length === 0 ? undefined : f1s.reduce((sum, f1) => sum + f1, 0) / f1s.length,
    macroF1Indicators: f1s.length,
  };
}

/**
 * Which half of a split a host falls in: a fixed hash of the host (FNV-1a), so that the same
 * site is always in the same half and every page of a site is on one side.
 */
export function halfOfHost(host: string): 'A' | 'B' {
  let hash = 0x811c9dc5;
  for (const ch of host.toLowerCase().replace(/^www\./, '')) {
    hash ^= ch.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % 2 === 0 ? 'A' : 'B';
}
