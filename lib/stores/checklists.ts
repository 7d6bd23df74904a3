/**
 * The dashboard's checklists (issue 9): create, edit (a draft saved as the next version),
 * duplicate, delete, export as a shared file and import one. A draft is checked with the
 * shared file's own checks before it is stored, so that what is saved can always be shared.
 */
import * as v from 'valibot';
import { createStore } from 'zustand/vanilla';
import type { ItemId } from '../assessment.ts';
import {
  CATALOGUE_CHECKLIST,
  type Checklist,
  type CustomIndicator,
  createChecklist,
  duplicateChecklist,
  newCustomId,
  reviseChecklist,
} from '../checklists/checklist.ts';
import { deleteChecklist, listChecklists, saveChecklist } from '../db/checklists.ts';
import type { AuditDatabase } from '../db/repository.ts';
import { errorMessage } from '../errors.ts';
import { checklistSchema, checklistToJson, parseChecklistFile } from '../export/checklist-file.ts';
import type { ExportFile } from '../export/formats.ts';
import { describeIssues } from '../export/plain-issues.ts';

export interface ChecklistsDeps {
  openDb: () => Promise<AuditDatabase>;
  now: () => string;
}

/** What the editor changes; saving makes it the next version. */
export type ChecklistDraft = Pick<Checklist, 'id' | 'name' | 'description' | 'items' | 'custom'>;

export interface ChecklistsState {
  checklists: Checklist[];
  draft: ChecklistDraft | undefined;
  error: string | undefined;
  notice: string | undefined;
  load: () => Promise<void>;
  create: (name: string) => Promise<void>;
  duplicate: (id: string) => Promise<void>;
  remove: (id: string) => Promise<void>;
  edit: (id: string) => void;
  changeDraft: (change: Partial<Pick<ChecklistDraft, 'name' | 'description'>>) => void;
  toggleItem: (id: ItemId) => void;
  moveItem: (id: ItemId, by: -1 | 1) => void;
  addCustom: (title: string) => void;
  changeCustom: (id: ItemId, change: Partial<Omit<CustomIndicator, 'id'>>) => void;
  removeCustom: (id: ItemId) => void;
  saveDraft: () => Promise<boolean>;
  cancelDraft: () => void;
  exportChecklist: (id: string) => ExportFile | undefined;
  importChecklist: (fileName: string, content: string) => Promise<void>;
}

export function createChecklistsStore(deps: ChecklistsDeps) {
  return createStore<ChecklistsState>()((set, get) => {
    const withDraft = (change: (draft: ChecklistDraft) => ChecklistDraft) => {
      const draft = get().draft;
      if (draft) set({ draft: change(draft) });
    };
    const store = async (checklist: Checklist, notice: string) => {
      await saveChecklist(await deps.openDb(), checklist);
      set({ notice, error: undefined });
      await get().load();
    };
    return {
      checklists: [],
      draft: undefined,
      error: undefined,
      notice: undefined,

      async load() {
        try {
          set({ checklists: await listChecklists(await deps.openDb()) });
        } catch (error) {
          set({ error: `Could not read the checklists: ${errorMessage(error)}` });
        }
      },

      async create(name) {
        const trimmed = name.trim();
        if (!trimmed) {
          set({ error: 'Give the new checklist a name.' });
          return;
        }
        const checklist = createChecklist(trimmed, deps.now());
        await store(checklist, `Created “${checklist.name}”.`);
        get().edit(checklist.id);
      },

      async duplicate(id) {
        const source = id === CATALOGUE_CHECKLIST.id ? CATALOGUE_CHECKLIST : find(id);
        if (source)
          await store(duplicateChecklist(source, deps.now()), `Duplicated “${source.name}”.`);
      },

      async remove(id) {
        const checklist = find(id);
        try {
          await deleteChecklist(await deps.openDb(), id);
          set({
            notice: `Deleted “${checklist?.name ?? id}”; its sites are assessed with the catalogue again.`,
            draft: get().draft?.id === id ? undefined : get().draft,
          });
          await get().load();
        } catch (error) {
          set({ error: `The checklist was not deleted: ${errorMessage(error)}` });
        }
      },

      edit(id) {
        const checklist = find(id);
        if (checklist) set({ draft: structuredClone(checklist), error: undefined });
      },

      changeDraft: (change) => withDraft((draft) => ({ ...draft, ...change })),

      toggleItem: (id) =>
        withDraft((draft) => ({
          ...draft,
          items: draft.items.includes(id)
            ? draft.items.filter((item) => item !== id)
            : [...draft.items, id],
        })),

      moveItem: (id, by) =>
        withDraft((draft) => {
          const items = [...draft.items];
          const at = items.indexOf(id);
          const to = at + by;
          if (at < 0 || to < 0 || to >= items.length) return draft;
          [items[at], items[to]] = [items[to]!, items[at]!];
          return { ...draft, items };
        }),

      addCustom: (title) =>
        withDraft((draft) => {
          const id = newCustomId(
            title,
            draft.custom.map((item) => item.id),
          );
          const custom: CustomIndicator = {
            id,
            title: title.trim() || 'New indicator',
            group: 'engagement',
            polarity: 'good',
            counts: '',
            doesNotCount: '',
            detector: { phrases: [], keywords: [], links: [], found: ['phrases', 'links'] },
          };
          return { ...draft, items: [...draft.items, id], custom: [...draft.custom, custom] };
        }),

      changeCustom: (id, change) =>
        withDraft((draft) => ({
          ...draft,
          custom: draft.custom.map((item) => (item.id === id ? { ...item, ...change } : item)),
        })),

      removeCustom: (id) =>
        withDraft((draft) => ({
          ...draft,
          items: draft.items.filter((item) => item !== id),
          custom: draft.custom.filter((item) => item.id !== id),
        })),

      async saveDraft() {
        const draft = get().draft;
        const current = draft && find(draft.id);
        if (!draft || !current) return false;
        const next = reviseChecklist(current, draft, deps.now());
        // The shared file's checks: a saved checklist can always be exported and imported.
        const checked = v.safeParse(checklistSchema, next);
        if (!checked.success) {
          set({ error: `Not saved: ${describeIssues(checked.issues)}.` });
          return false;
        }
        try {
          await store(next, `Saved “${next.name}” as version ${next.version}.`);
          set({ draft: undefined });
          return true;
        } catch (error) {
          set({ error: `Not saved: ${errorMessage(error)}` });
          return false;
        }
      },

      cancelDraft: () => set({ draft: undefined }),

      exportChecklist(id) {
        const checklist = find(id);
        return checklist ? checklistToJson(checklist, deps.now()) : undefined;
      },

      async importChecklist(fileName, content) {
        try {
          const checklist = parseChecklistFile(content);
          const existing = find(checklist.id);
          // The same checklist again: the later version stays.
          if (existing && existing.version > checklist.version) {
            set({
              notice: `“${checklist.name}” is already here at version ${existing.version} (the file has version ${checklist.version}): kept.`,
              error: undefined,
            });
            return;
          }
          await store(checklist, `Imported “${checklist.name}” (version ${checklist.version}).`);
        } catch (error) {
          set({ error: `${fileName} was not imported: ${errorMessage(error)}`, notice: undefined });
        }
      },
    };

    function find(id: string): Checklist | undefined {
      return get().checklists.find((checklist) => checklist.id === id);
    }
  });
}

export type ChecklistsStore = ReturnType<typeof createChecklistsStore>;
