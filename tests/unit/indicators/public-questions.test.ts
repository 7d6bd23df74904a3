import { describe, expect, it } from 'vitest';
import { statusOn } from '../support/page.ts';

const id = 'public-questions';

describe('public-questions', () => {
  it('finds how to send a question and by when', () => {
    const body = `<h2>Questions from the public</h2><p>Please send your question to the board secretary at least three working days before the meeting.</p>`;
    expect(statusOn(id, body)).toBe('found');
  });

  it('finds that questions are taken at the meeting', () => {
    const body = `<p>Questions from members of the public are taken at the start of each meeting.</p>`;
    expect(statusOn(id, body)).toBe('found');
  });

  it('leaves an invitation to ask with no route for review', () => {
    const body = `<p>We want you to ask questions about our plans.</p>`;
    expect(statusOn(id, body)).toBe('needs-review');
  });

  it('finds nothing in a plain contact page', () => {
    expect(statusOn(id, '<p>Contact us with any comments about the website.</p>')).toBe(
      'not-found',
    );
  });
});
