import { describe, expect, it } from 'vitest';
import { statusOn } from '../support/page.ts';

const id = 'newsletter';

describe('newsletter', () => {
  it('finds a sign-up form', () => {
    const body = `<form action="https://example.us1.list-manage.com/subscribe"><label>Sign up to our newsletter <input type="email" name="EMAIL"></label><button>Subscribe</button></form>`;
    expect(statusOn(id, body)).toBe('found');
  });

  it('finds an e-bulletin sign-up by email in words', () => {
    const body = `<p>To receive our monthly e-bulletin, email news@example.nhs.uk with "subscribe" in the subject.</p>`;
    expect(statusOn(id, body)).toBe('found');
  });

  it('finds a page that is an issue to read', () => {
    const body = `<h1>Issue 7, March 2024</h1><p>Welcome to the spring members’ update.</p>`;
    expect(statusOn(id, body)).toBe('found');
  });

  it('leaves the word alone for review', () => {
    expect(statusOn(id, '<p>Our newsletter goes to every member.</p>')).toBe('needs-review');
  });

  it('does not take "news" for a newsletter', () => {
    expect(statusOn(id, '<h2>Latest news</h2><p>The new clinic opens in May.</p>')).toBe(
      'not-found',
    );
  });

  it('finds a page that is itself an issue ("in previous newsletters we wrote")', () => {
    const body = `<p>In previous newsletters we wrote about the first 1000 days. This time we look at school nursing.</p>`;
    expect(statusOn(id, body)).toBe('found');
  });

  it('leaves a "news letter" named without a sign-up for review', () => {
    const body = `<p>The group writes our quarterly news letter for patients.</p>`;
    expect(statusOn(id, body)).toBe('needs-review');
  });
});
