// @vitest-environment happy-dom
/** The checklist editor's fields of an own indicator's terms, typed a key at a time. */
import 'fake-indexeddb/auto';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { ChecklistEditor } from '../../../components/ChecklistEditor.tsx';
import { openAuditDb } from '../../../lib/db/repository.ts';
import { createChecklistsStore } from '../../../lib/stores/checklists.ts';

describe('the terms of an own indicator', () => {
  it('keeps each space and new line typed, one key at a time', async () => {
    const db = await openAuditDb('checklist-editor-typing');
    const store = createChecklistsStore({
      openDb: async () => db,
      now: () => '2026-11-01T09:00:00.000Z',
    });
    await store.getState().load();
    await store.getState().create('Engagement 2026');
    store.getState().addCustom("Citizens' panel");
    const root = document.createElement('div');
    await act(() => render(<ChecklistEditor store={store} />, root));
    const field = root.querySelector<HTMLTextAreaElement>('.custom-phrases-terms')!;
    const typed = "citizens' panel\npatient reference group";
    for (const key of typed) {
      // A key adds to what the field shows, as typing does.
      await act(() => {
        field.value += key;
        field.dispatchEvent(new Event('input', { bubbles: true }));
      });
    }
    expect(field.value).toBe(typed);
    expect(store.getState().draft!.custom[0]!.detector.phrases).toEqual([
      "citizens' panel",
      'patient reference group',
    ]);
  });
});
