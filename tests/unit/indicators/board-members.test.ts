import { describe, expect, it } from 'vitest';
import { statusOn } from '../support/page.ts';

const id = 'board-members';

describe('board-members', () => {
  it('finds several named people with board roles', () => {
    const body = `<h1>Our Board</h1><ul>
      <li>Ms Ruth Allardyce, Chair</li>
      <li>Dr Tomasz Wren, Chief Executive</li>
      <li>Mrs Priya Okafor, Chief Finance Officer</li>
      <li>Mr Ewan Castell, Non-Executive Director</li></ul>`;
    expect(statusOn(id, body)).toBe('found');
  });

  it('leaves a board described by role, without names, for review', () => {
    const body = `<h1>About our Board</h1><p>Seats on the Board: a Chair, three non-executive directors, the Chief Executive and the Director of Nursing.</p>`;
    expect(statusOn(id, body, { title: 'About our Board' })).toBe('needs-review');
  });

  it('finds nothing on a page with no board', () => {
    const body = `<h1>Opening hours</h1><p>The surgery is open from 8am to 6.30pm on weekdays.</p>`;
    expect(statusOn(id, body)).toBe('not-found');
  });

  it('does not take the organisation’s name in the title for a page about its board', () => {
    const body = `<h1>Thank you for your views</h1><p>More than 300 people told us about getting a GP appointment.</p>`;
    expect(statusOn(id, body, { title: 'Thank you – NHS Northmere Integrated Care Board' })).toBe(
      'not-found',
    );
  });

  it('does not take one board member named in passing as a list', () => {
    const body = `<p>Dr Nia Hale, Chief Executive, said the new clinic would open in May.</p>`;
    expect(statusOn(id, body)).toBe('not-found');
  });

  it('leaves two board members named in passing for review', () => {
    const body = `<p>Dr Nia Hale, Chief Executive, opened the new clinic.</p>
      <p>Tom Reyes, Chair, thanked the staff who planned it.</p>`;
    expect(statusOn(id, body)).toBe('needs-review');
  });

  it('leaves a page about the board that names nobody for review', () => {
    const body = `<p>The Governing Body sets our strategic direction and holds us to account.</p>`;
    expect(statusOn(id, body, { title: 'Governing Body' })).toBe('needs-review');
  });
});
