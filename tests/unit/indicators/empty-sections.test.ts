import { describe, expect, it } from 'vitest';
import { statusOn } from '../support/page.ts';

const id = 'empty-sections';

const filler =
  '<p>We commission hospital, community and mental health services for everyone who lives in Northmere, working with councils and local charities.</p>';

describe('empty-sections', () => {
  it('finds an explicit placeholder', () => {
    expect(statusOn(id, `<h1>Our plans</h1>${filler}<p>Coming soon.</p>`)).toBe('found');
  });

  it('does not call a heading followed by a list of links empty', () => {
    const body = `<h1>Our services</h1>${filler}<h2>Related pages</h2><ul><li><a href="/a">Urgent care</a></li><li><a href="/b">Pharmacies</a></li></ul>`;
    expect(statusOn(id, body)).toBe('not-found');
  });

  it('does not take "TBC" in a row of meeting dates for an empty section', () => {
    const body = `<h1>Meeting dates</h1>${filler}<table><tr><td>19 September 2024 TBC</td></tr></table>`;
    expect(statusOn(id, body)).toBe('not-found');
  });
});
