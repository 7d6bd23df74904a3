import { describe, expect, it } from 'vitest';
import { statusOn } from '../support/page.ts';

const id = 'social-media';

describe('social-media', () => {
  it('finds a link to the organisation’s account', () => {
    const body = `<p><a href="https://twitter.com/NorthmereICB">Follow us on X</a></p>`;
    expect(statusOn(id, body)).toBe('found');
  });

  it('finds an account written out in words', () => {
    expect(statusOn(id, '<p>Follow @NorthmereICB on Twitter for updates.</p>')).toBe('found');
  });

  it('leaves "like us on Facebook" with no account for review', () => {
    expect(statusOn(id, '<p>Like us on Facebook for news of the clinic.</p>')).toBe('needs-review');
  });

  it('does not take a share button for an account', () => {
    const body = `<p><a href="https://twitter.com/intent/tweet?url=https://example.org">Share</a></p>`;
    expect(statusOn(id, body)).toBe('not-found');
  });
});
