/**
 * Checklists (issue 9): a named, versioned, ordered choice of catalogue indicators and the
 * auditor's own. Each saved change makes a new version and notes which items it changed, so
 * that an assessment made under an earlier version can say what changed since.
 */
import {
  type ChecklistItem,
  CUSTOM_ID_PREFIX,
  type CustomIndicatorId,
  type ItemId,
  isCustomId,
  type Polarity,
} from '../assessment.ts';
import { INDICATORS, type IndicatorId, indicatorById } from '../indicators/index.ts';
import type { GroupId } from '../indicators/types.ts';
import type { CustomDetector, CustomIndicatorSpec } from '../scan/custom-indicators.ts';

/** An auditor's own indicator: what a catalogue indicator has, with a detector made of data. */
export interface CustomIndicator {
  id: CustomIndicatorId;
  title: string;
  group: GroupId;
  polarity: Polarity;
  counts: string;
  doesNotCount: string;
  detector: CustomDetector;
}

/** What one saved version changed: the items added, removed, moved or redefined. */
export interface ChecklistVersionNote {
  version: number;
  savedAt: string;
  changed: ItemId[];
}

export interface Checklist {
  id: string;
  name: string;
  description: string;
  /** 1 when created; one more with each saved change. */
  version: number;
  /** The checklist's items in order: catalogue ids and its custom indicators' ids. */
  items: ItemId[];
  custom: CustomIndicator[];
  /** Every version's changes, oldest first. */
  history: ChecklistVersionNote[];
  createdAt: string;
  updatedAt: string;
}

/** The catalogue as a checklist: every site's until the auditor chooses another. */
export const CATALOGUE_CHECKLIST_ID = 'catalogue';
export const CATALOGUE_VERSION = 1;
export const CATALOGUE_CHECKLIST: Readonly<Checklist> = Object.freeze({
  id: CATALOGUE_CHECKLIST_ID,
  name: 'The catalogue (all 21 indicators)',
  description: 'Every indicator of the 2013 survey, in the catalogue’s order.',
  version: CATALOGUE_VERSION,
  items: INDICATORS.map((indicator) => indicator.id),
  custom: [],
  history: [],
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
});

const CATALOGUE_IDS = new Set<string>(INDICATORS.map((indicator) => indicator.id));
export function isCatalogueId(id: string): id is IndicatorId {
  return CATALOGUE_IDS.has(id);
}

/** The checklist's items as the auditor reads them, in its order (unknown ids left out). */
export function checklistItems(checklist: Pick<Checklist, 'items' | 'custom'>): ChecklistItem[] {
  const custom = new Map(checklist.custom.map((item) => [item.id, item]));
  const items: ChecklistItem[] = [];
  for (const id of checklist.items) {
    if (isCustomId(id)) {
      const own = custom.get(id);
      if (own)
        items.push({
          id,
          group: own.group,
          title: own.title,
          counts: own.counts,
          doesNotCount: own.doesNotCount,
          polarity: own.polarity,
          custom: true,
        });
    } else if (isCatalogueId(id)) {
      const indicator = indicatorById(id);
      items.push({
        id,
        group: indicator.group,
        title: indicator.title,
        counts: indicator.counts,
        doesNotCount: indicator.doesNotCount,
        polarity: indicator.polarity,
        custom: false,
      });
    }
  }
  return items;
}

/** What the scanner needs of the checklist's own indicators (those it lists). */
export function customSpecs(checklist: Pick<Checklist, 'items' | 'custom'>): CustomIndicatorSpec[] {
  const listed = new Set<string>(checklist.items);
  return checklist.custom
    .filter((item) => listed.has(item.id))
    .map((item) => ({ id: item.id, detector: item.detector }));
}

/** The items changed by versions after `version` (none when the checklist is at it). */
export function changedSince(checklist: Pick<Checklist, 'history'>, version: number): Set<ItemId> {
  const changed = new Set<ItemId>();
  for (const note of checklist.history)
    if (note.version > version) for (const id of note.changed) changed.add(id);
  return changed;
}

/** A new, empty checklist's id: readable, and unique enough for one auditor's few dozen. */
export function newChecklistId(name: string, at: string): string {
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);
  return `${slug || 'checklist'}-${at.replace(/\D/g, '').slice(0, 14)}`;
}

/** A custom id from a title, unique among `taken`. */
export function newCustomId(title: string, taken: Iterable<string>): CustomIndicatorId {
  const used = new Set(taken);
  const slug =
    title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 40) || 'indicator';
  let id: CustomIndicatorId = `${CUSTOM_ID_PREFIX}${slug}`;
  for (let n = 2; used.has(id); n++) id = `${CUSTOM_ID_PREFIX}${slug}-${n}`;
  return id;
}

export function createChecklist(
  name: string,
  at: string,
  id = newChecklistId(name, at),
): Checklist {
  const items = CATALOGUE_CHECKLIST.items.slice();
  return {
    id,
    name,
    description: '',
    version: 1,
    items,
    custom: [],
    history: [{ version: 1, savedAt: at, changed: items }],
    createdAt: at,
    updatedAt: at,
  };
}

export function duplicateChecklist(source: Checklist, at: string): Checklist {
  const name = `${source.name} (copy)`;
  return {
    ...structuredClone(source),
    id: newChecklistId(name, at),
    name,
    version: 1,
    history: [{ version: 1, savedAt: at, changed: source.items.slice() }],
    createdAt: at,
    updatedAt: at,
  };
}

/**
 * Saves an edit as the next version, noting which items it changed: added, removed, or (custom
 * ones) redefined. A new order is a new version that changes no item's meaning. An edit of
 * the name or description alone keeps the version.
 */
export function reviseChecklist(
  current: Checklist,
  edit: Pick<Checklist, 'name' | 'description' | 'items' | 'custom'>,
  at: string,
): Checklist {
  const changed = new Set<ItemId>();
  const before = new Set(current.items);
  const after = new Set(edit.items);
  for (const id of after) if (!before.has(id)) changed.add(id);
  for (const id of before) if (!after.has(id)) changed.add(id);
  const reordered = current.items.join('\n') !== edit.items.join('\n');
  const oldCustom = new Map(current.custom.map((item) => [item.id, JSON.stringify(item)]));
  for (const item of edit.custom)
    if (oldCustom.get(item.id) !== JSON.stringify(item) && after.has(item.id)) changed.add(item.id);
  const renamed = edit.name !== current.name || edit.description !== current.description;
  if (changed.size === 0 && !reordered && !renamed) return current;
  const newVersion = changed.size > 0 || reordered;
  const version = newVersion ? current.version + 1 : current.version;
  return {
    ...current,
    ...structuredClone(edit),
    version,
    history: newVersion
      ? [...current.history, { version, savedAt: at, changed: [...changed] }]
      : current.history,
    updatedAt: at,
  };
}
