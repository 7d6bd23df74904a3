/**
 * The background's writer of the auditor's edits. Views send every edit as it is made (each
 * keystroke of a note) over a port; the writer keeps the latest edit of each field, writes a
 * verdict at once and a note when typing pauses, and writes everything at once when asked or
 * when the view closes. The view may vanish at any moment (a popup closes on any click
 * outside it): the edit is already here, in a context that stays.
 */

import type { ItemId } from '../assessment.ts';
import type { AuditDatabase, VerdictChange } from '../db/repository.ts';
import { saveVerdictChange } from '../db/repository.ts';
import type { VerdictRecord } from '../db/schema.ts';
import { errorMessage } from '../errors.ts';

/** A note is written once typing has paused this long (or at once when the view closes). */
export const NOTE_WRITE_DELAY_MS = 400;

/** One edit of one field, stamped with when the auditor made it (the later edit wins). */
export interface VerdictEdit {
  /** The view's number for the edit, to match the answer to it. */
  id: number;
  site: string;
  indicator: ItemId;
  change: VerdictChange;
  at: string;
}

/** The writer's answer to a view about its edits. */
export type EditOutcome =
  | { type: 'saved'; ids: number[]; record: VerdictRecord }
  | { type: 'failed'; ids: number[]; error: string };

/** Where a view hears about its edits: one function per view (its port). */
export type EditAnswer = (outcome: EditOutcome) => void;

interface Pending {
  edit: VerdictEdit;
  /** The ids of the edits this one stands for (earlier keystrokes), by the view that sent them. */
  waiters: Map<EditAnswer, number[]>;
}

export interface EditWriterDeps {
  openDb: () => Promise<AuditDatabase>;
  noteDelayMs?: number;
}

export function createEditWriter(deps: EditWriterDeps) {
  const pending = new Map<string, Pending>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let writing: Promise<void> = Promise.resolve();

  // One pending edit per field; each passage of added evidence is its own.
  const keyOf = (edit: VerdictEdit) =>
    `${edit.site}\n${edit.indicator}\n${edit.change.field}${edit.change.field === 'added-evidence' ? `\n${edit.change.url}\n${edit.change.snippet}` : ''}`;

  const writeAll = async () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    const batch = [...pending.values()];
    pending.clear();
    if (batch.length === 0) return;
    const db = await deps.openDb().catch((error: unknown) => error as Error);
    for (const { edit, waiters } of batch) {
      let outcome: { type: 'saved'; record: VerdictRecord } | { type: 'failed'; error: string };
      try {
        if (db instanceof Error) throw db;
        const record = await saveVerdictChange(db, edit.site, edit.indicator, edit.change, edit.at);
        outcome = { type: 'saved', record };
      } catch (error) {
        outcome = { type: 'failed', error: errorMessage(error) };
      }
      for (const [answer, ids] of waiters) {
        try {
          answer({ ...outcome, ids });
        } catch {
          // The view closed: the edit is stored all the same.
        }
      }
    }
  };

  /** Writes what is pending now, after any write under way; resolves when it is stored. */
  const flush = (): Promise<void> => {
    writing = writing.then(writeAll, writeAll);
    return writing;
  };

  return {
    /** Takes an edit; `answer` hears when it is stored or failed (it may throw: view gone). */
    put(edit: VerdictEdit, answer: EditAnswer): Promise<void> {
      const key = keyOf(edit);
      const entry = pending.get(key) ?? { edit, waiters: new Map<EditAnswer, number[]>() };
      // The later edit wins, whichever arrives first (two views may race).
      if (edit.at >= entry.edit.at) entry.edit = edit;
      entry.waiters.set(answer, [...(entry.waiters.get(answer) ?? []), edit.id]);
      pending.set(key, entry);
      if (edit.change.field !== 'note') return flush();
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => void flush(), deps.noteDelayMs ?? NOTE_WRITE_DELAY_MS);
      return Promise.resolve();
    },
    flush,
    /** How many fields wait to be written. */
    get waiting() {
      return pending.size;
    },
  };
}

export type EditWriter = ReturnType<typeof createEditWriter>;
