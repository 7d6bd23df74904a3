/**
 * Accuracy of the scanner on the fixture corpus (tests/fixtures/pages): expectations were
 * written from the catalogue before the scanner was tuned; holdout/ pages were never tuned on.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePageFile } from '../../lib/cli/pages.ts';
import { INDICATOR_IDS, type IndicatorId } from '../../lib/indicators/index.ts';
import type { ScanStatus } from '../../lib/indicators/types.ts';
import { type PageResult, scanDocument } from '../../lib/scan/scan-page.ts';
import { pageText } from './keyword-baseline.ts';

export const CORPUS_DIR = 'tests/fixtures/pages';

export interface Expectation {
  make: string;
  expected: Record<IndicatorId, ScanStatus>;
  emailFieldRejects?: string[];
  notes?: Partial<Record<IndicatorId, string>>;
}

export interface CorpusPage {
  path: string;
  /** The folder: tune (tuned on), holdout, holdout2 (written blind). */
  set: string;
  expectation: Expectation;
  result: PageResult;
  /** The page's text as a keyword search reads it, for the baseline. */
  text: string;
}

export function scanCorpus(dir = CORPUS_DIR): CorpusPage[] {
  // expected.json, plus expected-<set>.json for each set written later by someone else.
  const expectations: Record<string, Expectation> = {};
  for (const file of readdirSync(dir)
    .filter((name) => /^expected(-[\w-]+)?\.json$/.test(name))
    .sort()) {
    Object.assign(expectations, JSON.parse(readFileSync(join(dir, file), 'utf8')));
  }
  return Object.entries(expectations).map(([path, expectation]) => {
    const file = join(dir, path);
    const { doc, url } = parsePageFile(readFileSync(file, 'utf8'), file);
    return {
      path,
      set: path.split('/')[0]!,
      expectation,
      result: scanDocument(doc, url),
      text: pageText(doc),
    };
  });
}

/** Every .html file of the corpus, to check that none lacks expectations. */
export function corpusFiles(dir = CORPUS_DIR): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.split('\\').join('/'))
    .sort();
}

export interface Mismatch {
  path: string;
  indicator: IndicatorId | 'emailFieldRejects';
  expected: string;
  actual: string;
  note?: string;
}

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  agree: number;
  total: number;
}

export interface Measurement {
  byIndicator: Record<IndicatorId, Score>;
  overall: Score;
  mismatches: Mismatch[];
}

/**
 * A result other than not-found is a positive; it is a true positive when it is the expected
 * status. A wrong positive status counts against precision and, if one was expected, recall.
 */
export function measure(pages: CorpusPage[]): Measurement {
  const empty = (): Score => ({ tp: 0, fp: 0, fn: 0, agree: 0, total: 0 });
  const byIndicator = Object.fromEntries(INDICATOR_IDS.map((id) => [id, empty()])) as Record<
    IndicatorId,
    Score
  >;
  const overall = empty();
  const mismatches: Mismatch[] = [];
  for (const page of pages) {
    const actual = new Map(
      page.result.findings.map((finding) => [finding.indicator, finding.status]),
    );
    for (const id of INDICATOR_IDS) {
      const expected = page.expectation.expected[id];
      const got = actual.get(id) ?? 'not-found';
      for (const score of [byIndicator[id], overall]) {
        score.total++;
        if (got === expected) score.agree++;
        if (got !== 'not-found' && got === expected) score.tp++;
        if (got !== 'not-found' && got !== expected) score.fp++;
        if (expected !== 'not-found' && got !== expected) score.fn++;
      }
      if (got !== expected) {
        const note = page.expectation.notes?.[id];
        mismatches.push({
          path: page.path,
          indicator: id,
          expected,
          actual: got,
          ...(note ? { note } : {}),
        });
      }
    }
    if (page.expectation.emailFieldRejects) {
      const rejected = new Set(
        page.result.emailFields.flatMap((field) => field.rejects.map((r) => r.address)),
      );
      const expected = [...page.expectation.emailFieldRejects].sort().join(', ');
      const actual = [...rejected].sort().join(', ');
      if (expected !== actual)
        mismatches.push({ path: page.path, indicator: 'emailFieldRejects', expected, actual });
    }
  }
  return { byIndicator, overall, mismatches };
}

export const precision = (s: Score) => (s.tp + s.fp === 0 ? 1 : s.tp / (s.tp + s.fp));
export const recall = (s: Score) => (s.tp + s.fn === 0 ? 1 : s.tp / (s.tp + s.fn));
