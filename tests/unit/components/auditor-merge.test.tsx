// @vitest-environment happy-dom
/** The merge view: both sides of a conflict as text, the agreement, and the choice. */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { AuditorMerge } from '../../../components/AuditorMerge.tsx';
import { agreementOf } from '../../../lib/merge/agreement.ts';
import type { MergeConflict } from '../../../lib/merge/auditor-merge.ts';
import { createMergeStore } from '../../../lib/stores/merge.ts';

const conflict: MergeConflict = {
  key: 'north.example.org\nphone',
  site: 'north.example.org',
  indicator: 'contact-form-only',
  title: 'Contact form is the only way to write',
  polarity: 'problem',
  mine: { verdict: 'yes', note: '', by: 'Ann', at: '2026-11-04T09:00:00.000Z', evidence: [] },
  theirs: {
    verdict: 'no',
    note: '<img src=x onerror=alert(1)> the page lists an address',
    by: 'Bob',
    at: '2026-11-04T10:00:00.000Z',
    evidence: ['https://north.example.org/contact'],
  },
};

describe('the merge view', () => {
  it('shows both sides in plain words, escapes their text, and records the choice', async () => {
    const store = createMergeStore({
      openDb: () => Promise.reject(new Error('not used')),
      flushEdits: async () => {},
    });
    store.setState({
      fileName: 'bob.json',
      theirName: 'Bob',
      plan: {
        conflicts: [conflict],
        onlyTheirs: [],
        sitesNotHere: [],
        overall: agreementOf([
          ['yes', 'no'],
          ['no', 'no'],
        ]),
        perItem: [],
      },
      choices: new Map([[conflict.key, 'mine']]),
    });
    const root = document.createElement('div');
    render(<AuditorMerge store={store} />, root);
    const item = root.querySelector('li.merge-conflict')!;
    const verdicts = [...item.querySelectorAll('.merge-verdict')].map((p) => p.textContent);
    expect(verdicts).toEqual(['problem present', 'problem absent']);
    expect(item.querySelector('img')).toBeNull();
    expect(item.textContent).toContain('<img src=x onerror=alert(1)> the page lists an address');
    expect(root.querySelector('.agreement')?.textContent).toBe(
      'Agreement with Bob: 50% of 2 (κ 0.00).',
    );
    await act(() => {
      const theirs = item.querySelector('input.choose-theirs') as HTMLInputElement;
      theirs.checked = true;
      theirs.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(store.getState().choices.get(conflict.key)).toBe('theirs');
  });
});
