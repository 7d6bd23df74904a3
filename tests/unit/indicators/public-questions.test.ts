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
    const body = `<p>You are welcome to come to our board meetings and ask questions.</p>`;
    expect(statusOn(id, body)).toBe('needs-review');
  });

  it('does not take questions about plans, with no meeting in sight, as questions to the board', () => {
    const body = `<p>We want you to ask questions about our plans.</p>`;
    expect(statusOn(id, body)).toBe('not-found');
  });

  it('finds nothing in a plain contact page', () => {
    expect(statusOn(id, '<p>Contact us with any comments about the website.</p>')).toBe(
      'not-found',
    );
  });

  it('finds questions submitted before the meeting under a heading two lines above the route', () => {
    const body = `<p>Submitting public questions</p>
      <p>Each meeting in public has an agenda item for questions from members of the public.</p>
      <p>Please send your question three working days before the meeting to the governance team.</p>`;
    expect(statusOn(id, body)).toBe('found');
  });

  it('finds questions from governors and the public requested by a deadline', () => {
    const body = `<h1>Board of Directors papers</h1>
      <p>Questions from governors and the public are requested in advance of the meeting.</p>`;
    expect(statusOn(id, body)).toBe('found');
  });

  it('does not count questions asked at a listening event', () => {
    const body = `<p>Our listening events are open discussions with a chance for people to ask questions and share their views.</p>`;
    expect(statusOn(id, body)).toBe('not-found');
  });
});
