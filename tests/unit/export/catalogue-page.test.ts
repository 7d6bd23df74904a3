import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cataloguePage } from '../../../lib/export/catalogue-page.ts';
import { INDICATORS } from '../../../lib/indicators/index.ts';

describe('the catalogue page in the project', () => {
  it('is what the indicator data says (run npm run catalogue after changing an indicator)', () => {
    expect(readFileSync('assets/indicators.md', 'utf8')).toBe(cataloguePage());
  });

  it('names every indicator with what counts and what does not', () => {
    const page = cataloguePage();
    for (const indicator of INDICATORS) {
      expect(page).toContain(`\`${indicator.id}\``);
      expect(page).toContain(indicator.doesNotCount);
    }
  });
});
