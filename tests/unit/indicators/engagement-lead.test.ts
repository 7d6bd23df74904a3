import { describe, expect, it } from 'vitest';
import { statusOn } from '../support/page.ts';

const id = 'engagement-lead';

describe('engagement-lead', () => {
  it('finds a named team with its contact', () => {
    const body = `<h2>Patient Experience Team</h2><p>Call 0161 496 0420 or email experience@example.nhs.uk.</p>`;
    expect(statusOn(id, body)).toBe('found');
  });

  it('finds a team whose contact stands on the lines its sentence leads into', () => {
    const body = `<p>To talk to our Engagement Team, contact:</p><p>0161 496 0421</p>`;
    expect(statusOn(id, body)).toBe('found');
  });

  it('finds the named person to email about joining a group', () => {
    const body = `<p>New faces are welcome on our carers’ panel: to take part, email sam.okoro@example.nhs.uk.</p>`;
    expect(statusOn(id, body)).toBe('found');
  });

  it('leaves a team named without a way to reach it for review', () => {
    const body = `<p>Our involvement team works with local people on every service change.</p>`;
    expect(statusOn(id, body)).toBe('needs-review');
  });

  it('finds nothing in "we value your views"', () => {
    expect(statusOn(id, '<p>We value your views on local services.</p>')).toBe('not-found');
  });

  it('finds a patient experience mailbox written with dots', () => {
    const body = `<p>To tell us your story, email patient.experience@example.nhs.uk.</p>`;
    expect(statusOn(id, body)).toBe('found');
  });

  it('leaves a communications team with its number for review', () => {
    const body = `<p>The Corporate Communications Team looks after our website. Call 0161 496 0420.</p>`;
    expect(statusOn(id, body)).toBe('needs-review');
  });

  it('does not take a press office for journalists as an engagement lead', () => {
    const body = `<p>Media enquiries: the communications team on 0161 496 0421.</p>`;
    expect(statusOn(id, body)).toBe('not-found');
  });

  it('does not take principles of engagement with no one to reach', () => {
    const body = `<p>We value the views of local people and involve them as early as we can.</p>`;
    expect(statusOn(id, body, { title: 'Our approach to engagement' })).toBe('not-found');
  });
});
