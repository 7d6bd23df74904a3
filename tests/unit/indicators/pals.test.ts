import { describe, expect, it } from 'vitest';
import { statusOn } from '../support/page.ts';

const id = 'pals';

describe('pals', () => {
  it('finds PALS with its contact details', () => {
    const body = `<h2>Patient Advice and Liaison Service (PALS)</h2><p>Call 0161 496 0460 or email pals@example.nhs.uk.</p>`;
    expect(statusOn(id, body)).toBe('found');
  });

  it('finds the PALS page that says where its office is and when it is open', () => {
    const body = `<h1>PALS</h1><p>PALS offers confidential advice.</p><p>You will find the PALS desk beside the main entrance; drop in between 10am and 3pm.</p>`;
    expect(statusOn(id, body, { title: 'PALS' })).toBe('found');
  });

  it('leaves PALS named in passing for review', () => {
    expect(statusOn(id, '<p>You may also speak to PALS about your concern.</p>')).toBe(
      'needs-review',
    );
  });

  it('finds nothing without PALS', () => {
    expect(statusOn(id, '<p>Our clinics run every weekday.</p>')).toBe('not-found');
  });

  it('finds the service’s own page, named by its address, that says where its office is', () => {
    const body = `<p>Sometimes you need on-the-spot help. The Patient Advice and Liaison Service office is on the ground floor of the hospital.</p>`;
    expect(statusOn(id, body, { url: 'https://www.example.nhs.uk/patients/pals/' })).toBe('found');
  });

  it('leaves the service’s page with opening hours only for review', () => {
    const body = `<h1>Patient Advice and Liaison Service (PALS)</h1><p>We are open Monday to Friday from 9am to 4pm.</p>`;
    expect(statusOn(id, body)).toBe('needs-review');
  });
});
