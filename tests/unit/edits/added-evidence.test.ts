import { describe, expect, it } from 'vitest';
import { addEvidenceMenu, addedEvidenceEdit } from '../../../lib/edits/added-evidence.ts';
import { INDICATOR_IDS } from '../../../lib/indicators/index.ts';

describe('evidence added from the page’s menu', () => {
  it('offers every indicator under one item, in checklist order', () => {
    const [parent, ...items] = addEvidenceMenu();
    expect(parent?.title).toBe('Add as evidence for');
    expect(items.map((item) => item.id)).toEqual(INDICATOR_IDS.map((id) => `add-evidence:${id}`));
    expect(items.every((item) => item.parentId === parent?.id)).toBe(true);
  });

  it('makes an edit of the site of the page with the selected text, tidied and bounded', () => {
    const edit = addedEvidenceEdit(
      'add-evidence:public-questions',
      '  Questions from the public\n  may be sent to the Board Secretary ',
      'https://www.northfold.example.org/board',
      'Ann Auditor',
    );
    expect(edit).toEqual({
      site: 'northfold.example.org',
      indicator: 'public-questions',
      change: {
        field: 'added-evidence',
        url: 'https://www.northfold.example.org/board',
        snippet: 'Questions from the public may be sent to the Board Secretary',
        by: 'Ann Auditor',
      },
    });
    const long = addedEvidenceEdit(
      'add-evidence:blog',
      'x'.repeat(1000),
      'https://a.example.org/',
      '',
    );
    expect(long?.change.snippet).toHaveLength(300);
  });

  it('adds nothing without a selection, from another menu, or off the web', () => {
    expect(
      addedEvidenceEdit('add-evidence:blog', '   ', 'https://a.example.org/', ''),
    ).toBeUndefined();
    expect(addedEvidenceEdit('other-menu', 'text', 'https://a.example.org/', '')).toBeUndefined();
    expect(
      addedEvidenceEdit('add-evidence:nope', 'text', 'https://a.example.org/', ''),
    ).toBeUndefined();
    expect(
      addedEvidenceEdit('add-evidence:blog', 'text', 'chrome://settings/', ''),
    ).toBeUndefined();
  });
});
