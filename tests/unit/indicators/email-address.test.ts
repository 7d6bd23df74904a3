import { describe, expect, it } from 'vitest';
import { statusOn } from '../support/page.ts';

const id = 'email-address';

describe('email-address', () => {
  it('finds an address of the organisation written out', () => {
    expect(statusOn(id, '<p>Email us at enquiries@northmere-icb.example.nhs.uk.</p>')).toBe(
      'found',
    );
  });

  it('finds a mailto link', () => {
    expect(statusOn(id, '<p><a href="mailto:hello@example.nhs.uk">Write to us</a></p>')).toBe(
      'found',
    );
  });

  it('leaves "please email us" with no address on the page for review', () => {
    expect(statusOn(id, '<p>To ask for this leaflet in Polish, please email us.</p>')).toBe(
      'needs-review',
    );
  });

  it('does not count another body’s address', () => {
    const body = `<p>To report fraud, contact the NHS Counter Fraud Authority via NHS England: reportfraud@england.example.nhs.uk</p>`;
    expect(statusOn(id, body)).toBe('not-found');
  });

  it('finds nothing where email is not offered', () => {
    expect(statusOn(id, '<p>We will send you a text message before your appointment.</p>')).toBe(
      'not-found',
    );
  });

  it('counts an address that email protection hides until a script runs', () => {
    const body = `<p>Write to the practice manager: This email address is being protected from spambots. You need JavaScript enabled to view it.</p>`;
    expect(statusOn(id, body)).toBe('found');
  });
});
