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

  it('finds a paragraph that describes a current panel as its subject', () => {
    const body = `<p>Our Citizens’ Panel gives an independent view on the plans of the health and care partnership, and its members meet with senior leaders.</p>`;
    expect(statusOn(id, body)).toBe('found');
  });

  it('finds public events held each year', () => {
    const body = `<p>Four times a year we hold free public events where local people hear about changes to services and tell us what they think.</p>`;
    expect(statusOn(id, body)).toBe('found');
  });

  it('does not take the public meetings of the council of governors as a group to join', () => {
    const body = `<h1>Council of Governors</h1><p>Dates of the public Council of Governors' meetings are below. Members of the public wishing to join the meetings please email.</p>`;
    expect(statusOn(id, body)).toBe('not-found');
  });

  it('leaves a council thanked in passing for review', () => {
    const body = `<p>Finally, a thank you to the members of our Service User and Carer Council, who helped us rewrite our letters.</p>`;
    expect(statusOn(id, body)).toBe('needs-review');
  });
});
