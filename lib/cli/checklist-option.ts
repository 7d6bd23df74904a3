/** `--checklist FILE` of the scan and crawl commands: a shared checklist file (issue 9). */
import { readFile } from 'node:fs/promises';
import type { ItemId } from '../assessment.ts';
import { CATALOGUE_CHECKLIST, type Checklist } from '../checklists/checklist.ts';
import { errorMessage } from '../errors.ts';
import { parseChecklistFile } from '../export/checklist-file.ts';
import type { SiteFinding } from '../scan/merge.ts';
import type { Finding } from '../scan/scan-page.ts';

/** The checklist of `--checklist FILE`, or the catalogue without one; throws saying what is wrong. */
export async function readChecklistOption(file: string | undefined): Promise<Checklist> {
  if (file === undefined) return CATALOGUE_CHECKLIST;
  let content: string;
  try {
    content = await readFile(file, 'utf8');
  } catch (error) {
    throw new Error(`cannot read ${file}: ${errorMessage(error)}`);
  }
  try {
    return parseChecklistFile(content);
  } catch (error) {
    throw new Error(`${file}: ${errorMessage(error)}`);
  }
}

/** The findings of the checklist's items only, in the checklist's order. */
export function findingsOf<F extends Finding | SiteFinding>(
  findings: readonly F[],
  items: readonly ItemId[],
): F[] {
  const byId = new Map(findings.map((finding) => [finding.indicator, finding]));
  return items.flatMap((id) => byId.get(id) ?? []);
}
