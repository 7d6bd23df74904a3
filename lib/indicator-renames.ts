/**
 * Catalogue indicator ids that were renamed: old id -> new id, as data (issue 9). A restored
 * backup and the database upgrade both apply them, so verdicts, notes and findings stored under
 * an old id follow the indicator to its new one. Add a line when an id changes; never remove one
 * (a backup of any age may still hold the old id). Tests pass their own table.
 */
import type { IndicatorId } from './indicators/index.ts';

export type IndicatorRenames = Readonly<Record<string, IndicatorId>>;

export const INDICATOR_RENAMES: IndicatorRenames = Object.freeze({});

/** The id an indicator has now (the id itself when it was never renamed). */
export function currentIndicatorId<T extends string>(
  id: T,
  renames: IndicatorRenames = INDICATOR_RENAMES,
): T | IndicatorId {
  // Object.hasOwn: a stored id such as "__proto__" or "constructor" is not a rename.
  return Object.hasOwn(renames, id) ? (renames[id] as IndicatorId) : id;
}
