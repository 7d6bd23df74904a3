/** Checklists: items in order, versions, what changed since an assessment. */
import { describe, expect, it } from 'vitest';
import {
  CATALOGUE_CHECKLIST,
  type CustomIndicator,
  changedSince,
  checklistItems,
  createChecklist,
  customSpecs,
  duplicateChecklist,
  newCustomId,
  reviseChecklist,
} from '../../../lib/checklists/checklist.ts';

const at = '2026-11-01T09:00:00.000Z';
const later = '2026-11-02T09:00:00.000Z';
const panel: CustomIndicator = {
  id: 'custom-citizens-panel',
  title: "Citizens' panel",
  group: 'engagement',
  polarity: 'good',
  counts: 'a standing panel',
  doesNotCount: 'a one-off focus group',
  detector: { phrases: ["citizens' panel"], keywords: [], links: [], found: ['phrases'] },
};

describe('a checklist', () => {
  it('starts as the catalogue at version 1', () => {
    const checklist = createChecklist('ICBs 2026', at);
    expect(checklist.items).toEqual(CATALOGUE_CHECKLIST.items);
    expect(checklist.version).toBe(1);
    expect(checklist.id).toMatch(/^icbs-2026-/);
  });

  it('lists catalogue and own items in its order, with their words and polarity', () => {
    const checklist = {
      ...createChecklist('x', at),
      items: ['custom-citizens-panel', 'contact-form-only'] as const,
      custom: [panel],
    };
    const items = checklistItems({ items: [...checklist.items], custom: checklist.custom });
    expect(items.map((item) => [item.id, item.polarity, item.custom])).toEqual([
      ['custom-citizens-panel', 'good', true],
      ['contact-form-only', 'problem', false],
    ]);
    expect(customSpecs({ items: [...checklist.items], custom: [panel] })).toEqual([
      { id: panel.id, detector: panel.detector },
    ]);
  });

  it('makes a new version for a change and notes the items it changed', () => {
    const first = createChecklist('x', at);
    const second = reviseChecklist(
      first,
      {
        ...first,
        items: [...first.items.filter((id) => id !== 'blog'), panel.id],
        custom: [panel],
      },
      later,
    );
    expect(second.version).toBe(2);
    expect(second.history.at(-1)).toEqual({
      version: 2,
      savedAt: later,
      changed: expect.arrayContaining(['blog', panel.id]),
    });
    expect(changedSince(second, 1)).toEqual(new Set(second.history.at(-1)?.changed));
    expect(changedSince(second, 2).size).toBe(0);
    // Redefining the custom indicator's detector changes it; renaming the checklist does not.
    const third = reviseChecklist(
      second,
      {
        ...second,
        custom: [{ ...panel, detector: { ...panel.detector, keywords: ['panel'] } }],
      },
      later,
    );
    expect([...changedSince(third, 2)]).toEqual([panel.id]);
    const renamed = reviseChecklist(third, { ...third, name: 'y' }, later);
    expect(renamed.version).toBe(third.version);
    expect(renamed.name).toBe('y');
  });

  it('duplicates as a new checklist at version 1', () => {
    const copy = duplicateChecklist({ ...createChecklist('ICBs', at), custom: [panel] }, later);
    expect(copy.name).toBe('ICBs (copy)');
    expect(copy.version).toBe(1);
    expect(copy.custom).toEqual([panel]);
  });

  it('gives a custom indicator an id not yet taken', () => {
    expect(newCustomId("Citizens' panel", [])).toBe('custom-citizens-panel');
    expect(newCustomId("Citizens' panel", ['custom-citizens-panel'])).toBe(
      'custom-citizens-panel-2',
    );
  });
});
