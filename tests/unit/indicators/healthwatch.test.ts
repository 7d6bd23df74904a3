import { describe, expect, it } from 'vitest';
import { statusOn } from '../support/page.ts';

const id = 'healthwatch';

describe('healthwatch', () => {
  it('finds a link to local Healthwatch', () => {
    const body = `<p>You can also tell <a href="https://www.healthwatchnorthmere.example.co.uk/">Healthwatch Northmere</a> about your care.</p>`;
    expect(statusOn(id, body)).toBe('found');
  });

  it('leaves Healthwatch named in passing for review', () => {
    expect(statusOn(id, '<p>We worked with Healthwatch on the new leaflet.</p>')).toBe(
      'needs-review',
    );
  });

  it('finds nothing without Healthwatch', () => {
    expect(statusOn(id, '<p>Repeat prescriptions take two working days.</p>')).toBe('not-found');
  });
});
