import { describe, expect, it } from 'vitest';
import { statusOn } from '../support/page.ts';

const id = 'survey';

describe('survey', () => {
  it('finds a link to an online survey', () => {
    const body = `<p>Tell us about getting an appointment: <a href="https://www.surveymonkey.com/r/example">take our survey</a>.</p>`;
    expect(statusOn(id, body)).toBe('found');
  });

  it('leaves a named survey without a way to answer for review', () => {
    const body = `<h2>Friends and Family Test</h2><p>The Friends and Family Test asks how likely you are to recommend us.</p>`;
    expect(statusOn(id, body)).toBe('needs-review');
  });

  it('does not take surveys in general for a survey', () => {
    const body = `<p>We hear from people through surveys, focus groups and public meetings.</p>`;
    expect(statusOn(id, body)).toBe('not-found');
  });

  it('does not take a clinical consultation for a consultation to answer', () => {
    const body = `<p>If you are unwell after 6.30pm, call 111 to arrange a consultation with a doctor.</p>`;
    expect(statusOn(id, body)).toBe('not-found');
  });

  it('does not take news of a survey that has closed as one to answer', () => {
    const body = `<p>Our pharmacy survey has now closed. Thank you to everyone who took part.</p>`;
    expect(statusOn(id, body)).toBe('not-found');
  });

  it('does not take the findings of a recent consultation as one to answer', () => {
    const body = `<p>Our recent public consultation on stroke services was designed to reach as many people as possible.</p>`;
    expect(statusOn(id, body)).toBe('not-found');
  });

  it('does not take the slogan "have your say" as a survey', () => {
    const body = `<p>Have your say on health and care services in Westmoor.</p>`;
    expect(statusOn(id, body)).toBe('not-found');
  });
});
