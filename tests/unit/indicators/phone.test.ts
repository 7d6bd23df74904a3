import { describe, expect, it } from 'vitest';
import { statusOn } from '../support/page.ts';

const id = 'phone';

describe('phone', () => {
  it('finds a UK number in the text', () => {
    expect(statusOn(id, '<p>Reception: 0161 496 0450</p>')).toBe('found');
  });

  it('does not count fax numbers, 111 or 999', () => {
    expect(
      statusOn(id, '<p>Fax: 0161 496 0451. Out of hours, call 111; in an emergency 999.</p>'),
    ).toBe('not-found');
  });

  it('does not count another body’s line introduced on the line before', () => {
    expect(statusOn(id, '<p>Action Fraud:</p><p>0300 123 2040</p>')).toBe('not-found');
  });

  it('leaves "please ring the surgery" with no number on the page for review', () => {
    expect(statusOn(id, '<p>If you are running late, please ring the surgery.</p>')).toBe(
      'needs-review',
    );
  });
});
