/**
 * Evidence added by hand: the auditor selects text on a page and chooses "Add as evidence for"
 * an indicator in the page's context menu. The menu's items and the edit a choice makes.
 */
import type { VerdictChange } from '../db/repository.ts';
import { INDICATORS, type IndicatorId } from '../indicators/index.ts';
import { siteKeyOf } from '../site.ts';

export const ADD_EVIDENCE_MENU_ID = 'add-evidence';
const ITEM_PREFIX = 'add-evidence:';
/** A selection is kept to this length, as the scanner's snippets are. */
export const ADDED_SNIPPET_MAX = 300;

export interface MenuItem {
  id: string;
  parentId?: string;
  title: string;
}

/** The parent "Add as evidence for" and one item per indicator, in checklist order. */
export function addEvidenceMenu(): MenuItem[] {
  return [
    { id: ADD_EVIDENCE_MENU_ID, title: 'Add as evidence for' },
    ...INDICATORS.map((indicator) => ({
      id: `${ITEM_PREFIX}${indicator.id}`,
      parentId: ADD_EVIDENCE_MENU_ID,
      title: indicator.title,
    })),
  ];
}

/**
 * The edit a menu choice makes, or undefined when it is not ours or there is nothing to add
 * (no text selected, a page that is not a web page).
 */
export function addedEvidenceEdit(
  menuItemId: string | number,
  selectionText: string | undefined,
  pageUrl: string | undefined,
  by: string,
):
  | {
      site: string;
      indicator: IndicatorId;
      change: Extract<VerdictChange, { field: 'added-evidence' }>;
    }
  | undefined {
  const id = String(menuItemId);
  if (!id.startsWith(ITEM_PREFIX) || !pageUrl) return undefined;
  const indicator = INDICATORS.find((item) => `${ITEM_PREFIX}${item.id}` === id)?.id;
  const snippet = (selectionText ?? '').replace(/\s+/g, ' ').trim().slice(0, ADDED_SNIPPET_MAX);
  if (!indicator || !snippet) return undefined;
  let site: string;
  try {
    site = siteKeyOf(pageUrl);
  } catch {
    return undefined;
  }
  return { site, indicator, change: { field: 'added-evidence', url: pageUrl, snippet, by } };
}
