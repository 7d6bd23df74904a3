// @vitest-environment happy-dom
/** The dashboard's "Your name" field, typed a key at a time while the dashboard reads again. */
import 'fake-indexeddb/auto';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { Dashboard } from '../../../components/Dashboard.tsx';
import { getSetting, openAuditDb } from '../../../lib/db/repository.ts';
import { createChecklistsStore } from '../../../lib/stores/checklists.ts';
import { createDashboardStore } from '../../../lib/stores/dashboard.ts';
import { createMergeStore } from '../../../lib/stores/merge.ts';
import { createSurveyStore } from '../../../lib/stores/survey.ts';

describe('the auditor’s name', () => {
  it('keeps each space and letter typed, though the dashboard reads again between keys', async () => {
    const db = await openAuditDb('dashboard-auditor-name');
    const openDb = async () => db;
    const now = () => '2026-11-01T09:00:00.000Z';
    const flushEdits = async () => {};
    const store = createDashboardStore({
      openDb,
      now,
      requestPersistentStorage: async () => false,
      flushEdits,
    });
    const survey = createSurveyStore({
      openDb,
      now,
      openSite: async () => {},
      storageEstimate: async () => ({ usage: undefined, persisted: false }),
      newId: () => 'campaign-1',
      flushEdits,
    });
    const checklists = createChecklistsStore({ openDb, now });
    const merge = createMergeStore({ openDb, flushEdits });
    const root = document.createElement('div');
    document.body.append(root);
    await act(() =>
      render(
        <Dashboard store={store} survey={survey} checklists={checklists} merge={merge} />,
        root,
      ),
    );
    await act(() => store.getState().load());
    const field = root.querySelector<HTMLInputElement>('.auditor-name')!;
    field.focus();
    for (const key of 'Bob Checker') {
      await act(() => {
        field.value += key;
        field.dispatchEvent(new Event('input', { bubbles: true }));
      });
      // A write elsewhere has the dashboard read everything again, as it does between keys.
      await act(() => store.getState().load());
    }
    expect(field.value).toBe('Bob Checker');
    await act(() => {
      field.dispatchEvent(new Event('blur'));
    });
    expect(field.value).toBe('Bob Checker');
    expect(await getSetting(db, 'auditorName')).toBe('Bob Checker');
    render(null, root);
  });
});
