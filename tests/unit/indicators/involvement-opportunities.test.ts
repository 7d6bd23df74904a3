import { describe, expect, it } from 'vitest';
import { statusOn } from '../support/page.ts';

const id = 'involvement-opportunities';

describe('involvement-opportunities', () => {
  it('finds an invitation to join a patient panel', () => {
    const body = `<p>Join our Patient Panel and help shape local services: call 0161 496 0430.</p>`;
    expect(statusOn(id, body)).toBe('found');
  });

  it('finds a membership scheme that invites people to register', () => {
    const body = `<p>People aged 16 and over who live locally may register as members of the Trust free of charge.</p>`;
    expect(statusOn(id, body)).toBe('found');
  });

  it('finds a page about one group even without its join route', () => {
    const body = `<h1>Youth Forum</h1><p>Our Youth Forum meets monthly to talk about our services.</p>
      <p>The Youth Forum has reviewed the new children’s ward leaflets.</p>`;
    expect(statusOn(id, body, { title: 'Youth Forum' })).toBe('found');
  });

  it('finds an invitation to help plan services', () => {
    const body = `<p>We are looking for local people who can help plan services for cancer care. Get in touch to find out more.</p>`;
    expect(statusOn(id, body)).toBe('found');
  });

  it('leaves a group named in passing for review', () => {
    const body = `<p>The plan was discussed with our carers’ forum last year, among many others, and changed.</p>`;
    expect(statusOn(id, body)).toBe('needs-review');
  });

  it('does not read a group into an email address', () => {
    const body = `<p>Write to ppg.northmere@example.nhs.uk about your prescription.</p>`;
    expect(statusOn(id, body)).toBe('not-found');
  });
});
