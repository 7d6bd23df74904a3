import { describe, expect, it } from 'vitest';
import {
  countPairs,
  figuresOf,
  halfOfHost,
  type Pair,
  scorecard,
} from '../../../tests/accuracy/metrics.ts';

const pair = (label: Pair['label'], status: Pair['status']): Pair => ({ label, status });

describe('the accuracy figures', () => {
  it('count precision and recall of found against label 1 only', () => {
    const figures = figuresOf(
      countPairs([
        pair(1, 'found'), // true positive
        pair(1, 'needs-review'), // a miss: needs-review is not found
        pair(0.5, 'found'), // a wrong found: a passing mention is not clear evidence
        pair(0, 'not-found'),
      ]),
    );
    expect(figures.precision).toBe(0.5);
    expect(figures.recall).toBe(0.5);
    expect(figures.f1).toBe(0.5);
  });

  it('count a false alarm for anything but not-found on label 0, over the label-0 pairs', () => {
    const figures = figuresOf(
      countPairs([
        pair(0, 'needs-review'),
        pair(0, 'found'),
        pair(0, 'not-found'),
        pair(0, 'not-found'),
        pair(1, 'found'),
      ]),
    );
    expect(figures.falseAlarmRate).toBe(0.5);
  });

  it('take agreement over the pairs where the label or the result is not 0', () => {
    const figures = figuresOf(
      countPairs([
        pair(1, 'found'), // 1
        pair(1, 'needs-review'), // 0.5
        pair(0.5, 'not-found'), // 0.5
        pair(0, 'found'), // 0
        pair(0, 'not-found'), // left out
      ]),
    );
    expect(figures.counts.agreementPairs).toBe(4);
    expect(figures.agreement).toBe(0.5);
  });

  it('leave undefined what cannot be measured, and give F1 0 when nothing labelled 1 was found', () => {
    const none = figuresOf(countPairs([pair(0, 'not-found')]));
    expect(none.precision).toBeUndefined();
    expect(none.recall).toBeUndefined();
    expect(none.f1).toBeUndefined();
    expect(none.agreement).toBeUndefined();
    expect(none.falseAlarmRate).toBe(0);
    const missed = figuresOf(countPairs([pair(1, 'not-found')]));
    expect(missed.f1).toBe(0);
    expect(missed.precision).toBeUndefined();
  });

  it('average F1 over the indicators that have label-1 pages only', () => {
    const pairs: Record<string, Pair[]> = {
      perfect: [pair(1, 'found'), pair(0, 'not-found')],
      missed: [pair(1, 'not-found')],
      noLabelOne: [pair(0.5, 'needs-review'), pair(0, 'found')],
    };
    const card = scorecard(['perfect', 'missed', 'noLabelOne'], (id) => pairs[id]!);
    expect(card.macroF1).toBe(0.5);
    expect(card.macroF1Indicators).toBe(2);
    expect(card.overall.counts.pairs).toBe(5);
    expect(card.overall.falseAlarmRate).toBe(0.5);
    expect(card.overall.precision).toBe(0.5); // one found on label 1, one on label 0
    expect(card.overall.recall).toBe(0.5);
  });
});

describe('the split of the real pages', () => {
  it('puts a host in the same half every time, with or without www.', () => {
    expect(halfOfHost('www.example-ccg.nhs.uk')).toBe(halfOfHost('example-ccg.nhs.uk'));
    const halves = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((x) =>
      halfOfHost(`${x}.example.org`),
    );
    expect(new Set(halves).size).toBe(2);
  });
});
