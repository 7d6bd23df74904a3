import { describe, expect, it } from 'vitest';
import { statusOn } from '../support/page.ts';

const id = 'foi';

describe('foi', () => {
  it('finds how to make a request', () => {
    const body = `<h1>Freedom of Information</h1><p>To make a Freedom of Information request, write to the FOI team at Mill House, Northmere.</p>`;
    expect(statusOn(id, body)).toBe('found');
  });

  it('finds a section that is the publication scheme', () => {
    const body = `<h2>Publication scheme</h2><p>Our publication scheme lists the classes of information we publish routinely, such as board papers and annual accounts.</p>`;
    expect(statusOn(id, body)).toBe('found');
  });

  it('leaves the law’s duties described, with no route, for review', () => {
    const body = `<p>The 2000 Act obliges the practice to keep a publication scheme under Freedom of Information.</p>`;
    expect(statusOn(id, body)).toBe('needs-review');
  });

  it('does not take a policy link for FOI', () => {
    expect(statusOn(id, '<p><a href="/policies/privacy">Privacy policy</a></p>')).toBe('not-found');
  });
});
