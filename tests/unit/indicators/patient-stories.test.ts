import { describe, expect, it } from 'vitest';
import { statusOn } from '../support/page.ts';

const id = 'patient-stories';

describe('patient-stories', () => {
  it('finds an invitation to share your story', () => {
    expect(statusOn(id, '<p>Share your story of using our maternity services.</p>')).toBe('found');
  });

  it('finds an invitation to share views and experiences', () => {
    const body = `<p>Local people can tell us about their experiences of diabetes care at our drop-in.</p>`;
    expect(statusOn(id, body)).toBe('found');
  });

  it('does not take case studies for patient stories', () => {
    const body = `<p><a href="/case-studies/">Read our case studies</a> of service redesign.</p>`;
    expect(statusOn(id, body)).toBe('not-found');
  });

  it('finds nothing in a complaints procedure alone', () => {
    expect(statusOn(id, '<p>To make a complaint, write to the complaints manager.</p>')).toBe(
      'not-found',
    );
  });

  it('finds "we want to hear about your experiences"', () => {
    const body = `<p>If you use GP surgeries, pharmacies or care homes in Westmoor, we want to hear about your experiences.</p>`;
    expect(statusOn(id, body)).toBe('found');
  });

  it('does not take a guest post in a blog list as an invitation to write', () => {
    const body = `<ul><li><a href="/blog/winter">Guest blog: a winter on the wards</a></li></ul>`;
    expect(statusOn(id, body)).toBe('not-found');
  });
});
