/**
 * The scanner against the fixture corpus: every written expectation must be met. The corpus
 * and its expectations were written from the catalogue by someone who had not seen the scanner.
 */
import { describe, expect, it } from 'vitest';
import { INDICATOR_IDS } from '../../../lib/indicators/index.ts';
import { corpusFiles, measure, scanCorpus } from '../../accuracy/measure.ts';

const pages = scanCorpus();

describe('the fixture corpus', () => {
  it('has expectations for every page, for every indicator', () => {
    expect(pages.map((page) => page.path).sort()).toEqual(corpusFiles());
    expect(pages.length).toBeGreaterThanOrEqual(25);
    for (const page of pages)
      expect(Object.keys(page.expectation.expected).sort(), page.path).toEqual(
        [...INDICATOR_IDS].sort(),
      );
  });

  it('covers every indicator both ways', () => {
    for (const id of INDICATOR_IDS) {
      const statuses = pages.map((page) => page.expectation.expected[id]);
      expect(statuses.filter((s) => s === 'found').length, id).toBeGreaterThanOrEqual(4);
      expect(statuses.filter((s) => s === 'not-found').length, id).toBeGreaterThanOrEqual(4);
    }
  });
});

describe('the scanner on the corpus', () => {
  const { mismatches } = measure(pages);
  it.each(pages.map((page) => [page.path]))('meets every expectation on %s', (path) => {
    expect(mismatches.filter((m) => m.path === path)).toEqual([]);
  });
});
