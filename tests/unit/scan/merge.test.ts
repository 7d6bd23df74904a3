import { describe, expect, it } from 'vitest';
import { mergeFindings } from '../../../lib/scan/merge.ts';
import { pageResult } from '../support/fixtures.ts';

const status = (findings: ReturnType<typeof mergeFindings>, id: string) =>
  findings.find((f) => f.indicator === id)?.status;

describe('whole-site results', () => {
  it('take found on any page over needs-review over not-found, with every page’s evidence', () => {
    const merged = mergeFindings([
      pageResult('https://example.org/a', { foi: 'needs-review', pals: 'not-found' }),
      pageResult('https://example.org/b', { foi: 'found', pals: 'not-found' }),
      pageResult('https://example.org/c', { foi: 'not-found', pals: 'needs-review' }),
    ]);
    expect(status(merged, 'foi')).toBe('found');
    expect(status(merged, 'pals')).toBe('needs-review');
    expect(merged.find((f) => f.indicator === 'foi')?.evidence.map((e) => e.url)).toEqual([
      'https://example.org/b',
      'https://example.org/a',
    ]);
  });

  it('decide contact-form-only over all pages: an address on any page clears it', () => {
    const formOnly = pageResult('https://example.org/contact', {
      'contact-form-only': 'found',
      'email-address': 'not-found',
    });
    expect(status(mergeFindings([formOnly]), 'contact-form-only')).toBe('found');
    const withAddress = pageResult('https://example.org/foi', {
      'contact-form-only': 'not-found',
      'email-address': 'found',
    });
    expect(status(mergeFindings([formOnly, withAddress]), 'contact-form-only')).toBe('not-found');
  });

  it('list every empty page under empty-sections', () => {
    const merged = mergeFindings([
      pageResult('https://example.org/soon', { 'empty-sections': 'found' }),
      pageResult('https://example.org/ok', { 'empty-sections': 'not-found' }),
      pageResult('https://example.org/todo', { 'empty-sections': 'found' }),
    ]);
    expect(
      merged.find((f) => f.indicator === 'empty-sections')?.evidence.map((e) => e.url),
    ).toEqual(['https://example.org/soon', 'https://example.org/todo']);
  });
});
