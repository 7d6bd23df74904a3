import { describe, expect, it } from 'vitest';
import contactFormOnly from '../../../lib/indicators/contact-form-only.ts';
import { statusOn } from '../support/page.ts';

const id = 'contact-form-only';

const form = `<form action="/contact"><label>Your email <input type="email" name="email"></label>
  <label>Your message <textarea name="message"></textarea></label><button>Send</button></form>`;

describe('contact-form-only', () => {
  it('finds a contact form with no address of the organisation on the page', () => {
    expect(statusOn(id, `<h1>Contact us</h1>${form}`)).toBe('found');
  });

  it('finds nothing when an address stands beside the form', () => {
    expect(statusOn(id, `<h1>Contact us</h1>${form}<p>Or email hello@example.nhs.uk</p>`)).toBe(
      'not-found',
    );
  });

  it('finds nothing where there is no form', () => {
    expect(statusOn(id, '<p>Call 0161 496 0440.</p>')).toBe('not-found');
  });

  it('is cleared over a site when any page gives an address (its site rule)', () => {
    const siteStatus = contactFormOnly.siteStatus!;
    expect(siteStatus('found', (other) => (other === 'email-address' ? 'found' : undefined))).toBe(
      'not-found',
    );
    expect(siteStatus('found', () => 'needs-review')).toBe('found');
  });
});
