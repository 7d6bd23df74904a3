import { describe, expect, it } from 'vitest';
import { statusOn } from '../support/page.ts';

const id = 'board-member-contact';

describe('board-member-contact', () => {
  it('finds an email beside each member', () => {
    const body = `<h1>Board members</h1><ul>
      <li>Ms Ruth Allardyce, Chair. Email: ruth.allardyce@example.nhs.uk</li>
      <li>Dr Tomasz Wren, Chief Executive. Email: tomasz.wren@example.nhs.uk</li>
      <li>Mrs Priya Okafor, Chief Finance Officer. Email: priya.okafor@example.nhs.uk</li></ul>`;
    expect(statusOn(id, body)).toBe('found');
  });

  it('finds nothing when only a general address is given for the board', () => {
    const body = `<h1>Board members</h1><ul>
      <li>Ms Ruth Allardyce, Chair</li>
      <li>Dr Tomasz Wren, Chief Executive</li>
      <li>Mrs Priya Okafor, Chief Finance Officer</li></ul>`;
    expect(statusOn(id, body, { after: '<footer><p>enquiries@example.nhs.uk</p></footer>' })).toBe(
      'not-found',
    );
  });

  it('finds nothing on a page with no board', () => {
    expect(statusOn(id, '<p>Our practice nurses run a diabetes clinic on Tuesdays.</p>')).toBe(
      'not-found',
    );
  });
});
