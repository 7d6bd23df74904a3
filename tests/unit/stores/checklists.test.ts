/** The dashboard's checklists store: the ChecklistEditor's logic. */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { setSiteChecklist } from '../../../lib/db/checklists.ts';
import {
  loadSite,
  openAuditDb,
  savePageScan,
  saveVerdictChange,
} from '../../../lib/db/repository.ts';
import { buildAssessment } from '../../../lib/export/assessment.ts';
import { createChecklistsStore } from '../../../lib/stores/checklists.ts';
import { pageResult } from '../support/fixtures.ts';

let counter = 0;
let clock = Date.UTC(2026, 10, 1, 9);
/** A minute later at each call: every write has its own time. */
const now = () => {
  clock += 60_000;
  return new Date(clock).toISOString();
};
async function setup() {
  const db = await openAuditDb(`checklists-store-${++counter}`);
  const store = createChecklistsStore({ openDb: async () => db, now });
  await store.getState().load();
  return { db, store };
}

describe('the checklists store', () => {
  it('creates a checklist, adds an own indicator, and saves it as version 2', async () => {
    const { store } = await setup();
    await store.getState().create('Engagement 2026');
    const id = store.getState().checklists[0]!.id;
    expect(store.getState().draft?.id).toBe(id);
    store.getState().addCustom("Citizens' panel");
    const customId = store.getState().draft!.custom[0]!.id;
    expect(customId).toBe('custom-citizens-panel');
    store.getState().changeCustom(customId, {
      counts: 'a standing panel',
      detector: { phrases: ["citizens' panel"], keywords: [], links: [], found: ['phrases'] },
    });
    store.getState().toggleItem('blog');
    expect(await store.getState().saveDraft()).toBe(true);
    const [saved] = store.getState().checklists;
    expect(saved).toMatchObject({ version: 2, name: 'Engagement 2026' });
    expect(saved!.items).toContain(customId);
    expect(saved!.items).not.toContain('blog');
    expect(saved!.history.at(-1)?.changed).toEqual(expect.arrayContaining(['blog', customId]));
    expect(store.getState().notice).toBe('Saved “Engagement 2026” as version 2.');
  });

  it('refuses to save a draft the shared file would refuse, saying where', async () => {
    const { store } = await setup();
    await store.getState().create('Bad');
    store.getState().addCustom('Panel');
    const customId = store.getState().draft!.custom[0]!.id;
    store.getState().changeCustom(customId, {
      detector: { phrases: ['ab'], keywords: [], links: [], found: ['phrases'] },
    });
    expect(await store.getState().saveDraft()).toBe(false);
    expect(store.getState().error).toMatch(
      /custom indicator 1, detector, phrase 1: is shorter than 3 characters/,
    );
    expect(store.getState().checklists[0]?.version).toBe(1);
  });

  it('exports a checklist that another profile imports as it was', async () => {
    const { store } = await setup();
    await store.getState().create('Shared');
    store.getState().addCustom('Reading group');
    await store.getState().saveDraft();
    const original = store.getState().checklists[0]!;
    const file = store.getState().exportChecklist(original.id)!;
    expect(file.filename).toBe('checklist-Shared-v2.json');
    const other = await setup();
    await other.store.getState().importChecklist(file.filename, file.content);
    expect(other.store.getState().checklists).toEqual([original]);
    // An older version of it does not replace the newer one.
    const older = file.content.replace('"version": 2', '"version": 1');
    await other.store.getState().importChecklist('older.json', older);
    expect(other.store.getState().checklists[0]?.version).toBe(2);
    expect(other.store.getState().notice).toMatch(/already here at version 2/);
  });

  it('says which file was refused and why, and stores nothing', async () => {
    const { store } = await setup();
    await store.getState().importChecklist('sites.csv', 'site,indicator\r\nexample.org,foi\r\n');
    expect(store.getState().error).toMatch(/^sites\.csv was not imported: This is a CSV/);
    expect(store.getState().checklists).toEqual([]);
  });

  it('duplicates and deletes; a deleted checklist’s sites go back to the catalogue', async () => {
    const { db, store } = await setup();
    await store.getState().create('One');
    const id = store.getState().checklists[0]!.id;
    await store.getState().duplicate(id);
    expect(store.getState().checklists.map((c) => c.name)).toEqual(['One', 'One (copy)']);
    await savePageScan(db, pageResult('https://www.example.org/', { foi: 'found' }), now());
    await setSiteChecklist(db, 'example.org', id, now());
    expect((await loadSite(db, 'example.org')).checklist?.id).toBe(id);
    await db.put('campaigns', {
      id: 'c1',
      name: 'Example campaign',
      checklistId: id,
      sites: ['example.org'],
      organisations: [],
      source: '',
      createdAt: now(),
      updatedAt: now(),
    });
    await store.getState().remove(id);
    const state = await loadSite(db, 'example.org');
    expect(state.site?.checklistId).toBe('catalogue');
    expect(buildAssessment('example.org', state).items).toHaveLength(21);
    // The dashboard's table and the campaign follow: no checklist that no longer exists.
    expect((await db.get('summaries', 'example.org'))?.checklistId).toBe('catalogue');
    expect((await db.get('campaigns', 'c1'))?.checklistId).toBeNull();
  });
});

describe('a site moved to another checklist', () => {
  it('flags its verdicts on own indicators (their meaning is the checklist’s), not the catalogue’s', async () => {
    const { db, store } = await setup();
    await store.getState().create('First');
    const first = store.getState().checklists[0]!.id;
    store.getState().addCustom('Carers group');
    await store.getState().saveDraft();
    await store.getState().duplicate(first);
    const copy = store.getState().checklists.find((c) => c.id !== first)!.id;
    await savePageScan(db, pageResult('https://www.example.org/', { foi: 'found' }), now());
    await setSiteChecklist(db, 'example.org', first, now());
    const verdict = { field: 'verdict', scannerSeen: 'found', by: 'Ann', how: 'judged' } as const;
    await saveVerdictChange(db, 'example.org', 'foi', { ...verdict, value: 'yes' }, now());
    await saveVerdictChange(
      db,
      'example.org',
      'custom-carers-group',
      { ...verdict, value: 'no' },
      now(),
    );
    const flagged = async () =>
      buildAssessment('example.org', await loadSite(db, 'example.org'))
        .items.filter((item) => item.changedSinceVerdict)
        .map((item) => item.indicator);
    expect(await flagged()).toEqual([]);
    await setSiteChecklist(db, 'example.org', copy, now());
    expect(await flagged()).toEqual(['custom-carers-group']);
  });
});

describe('a checklist changed after an assessment', () => {
  it('records the version each verdict was given under and shows the items changed since', async () => {
    const { db, store } = await setup();
    await store.getState().create('Versions');
    const id = store.getState().checklists[0]!.id;
    await savePageScan(
      db,
      pageResult('https://www.example.org/', { foi: 'found', blog: 'found' }),
      now(),
    );
    await setSiteChecklist(db, 'example.org', id, now());
    const verdict = { field: 'verdict', scannerSeen: 'found', by: 'Ann', how: 'judged' } as const;
    await saveVerdictChange(db, 'example.org', 'foi', { ...verdict, value: 'yes' }, now());
    await saveVerdictChange(db, 'example.org', 'blog', { ...verdict, value: 'yes' }, now());
    const before = await loadSite(db, 'example.org');
    expect(before.verdicts.map((v) => [v.indicator, v.checklistId, v.checklistVersion])).toEqual([
      ['blog', id, 1],
      ['foi', id, 1],
    ]);
    // Version 2 moves FOI to the top (no item's meaning changes); version 3 leaves the blog
    // out and version 4 takes it back: the blog changed since its verdict, FOI did not.
    store.getState().edit(id);
    for (let i = 0; i < 19; i++) store.getState().moveItem('foi', -1);
    await store.getState().saveDraft();
    store.getState().edit(id);
    store.getState().toggleItem('blog');
    await store.getState().saveDraft();
    store.getState().edit(id);
    store.getState().toggleItem('blog');
    await store.getState().saveDraft();
    expect(store.getState().checklists[0]?.version).toBe(4);
    const items = buildAssessment('example.org', await loadSite(db, 'example.org')).items;
    expect(items[0]?.indicator).toBe('foi');
    expect(items.filter((item) => item.changedSinceVerdict).map((item) => item.indicator)).toEqual([
      'blog',
    ]);
  });
});
