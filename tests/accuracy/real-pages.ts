/**
 * The development set of real pages (../shared/real-pages, beside the repository): real NHS
 * bodies' page texts labelled by careful readers. The texts stay in shared/ and are read from
 * there; nothing of them is copied into the project.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parsePageFile } from '../../lib/cli/pages.ts';
import { INDICATOR_IDS, type IndicatorId } from '../../lib/indicators/index.ts';
import { type PageResult, scanDocument } from '../../lib/scan/scan-page.ts';
import type { Label } from './metrics.ts';

/** The set's folder: $REAL_PAGES_DIR, else ../shared/real-pages beside the repository. */
export function realPagesDir(repoRoot = process.cwd()): string {
  return process.env.REAL_PAGES_DIR || resolve(repoRoot, '..', 'shared', 'real-pages');
}

interface LabelsFile {
  indicators: string[];
  pages: {
    file: string;
    url: string;
    host: string;
    org: string;
    kind: string;
    labels: Record<string, Label>;
    notes: string;
  }[];
}

export interface RealPage {
  file: string;
  url: string;
  host: string;
  org: string;
  kind: string;
  labels: Record<IndicatorId, Label>;
  notes: string;
  doc: Document;
  result: PageResult;
}

export type RealSet = { pages: RealPage[]; dir: string } | { missing: string; dir: string };

/** Reads, parses (jsdom, URL from the canonical link, as the command line does) and scans the set. */
export function loadRealPages(dir = realPagesDir()): RealSet {
  const labelsPath = join(dir, 'labels.json');
  if (!existsSync(labelsPath)) return { missing: `no ${labelsPath}`, dir };
  const labels = JSON.parse(readFileSync(labelsPath, 'utf8')) as LabelsFile;
  const pages = labels.pages.map((entry): RealPage => {
    const path = join(dir, entry.file);
    const { doc, url } = parsePageFile(readFileSync(path, 'utf8'), path);
    const pageLabels = {} as Record<IndicatorId, Label>;
    for (const id of INDICATOR_IDS) pageLabels[id] = entry.labels[id] ?? 0;
    return { ...entry, labels: pageLabels, doc, result: scanDocument(doc, url) };
  });
  return { pages, dir };
}
