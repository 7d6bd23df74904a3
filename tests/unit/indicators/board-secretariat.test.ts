import { describe, expect, it } from 'vitest';
import { statusOn } from '../support/page.ts';

const id = 'board-secretariat';

describe('board-secretariat', () => {
  it('finds the board secretary’s address', () => {
    const body = `<p>For board business, contact the Board Secretary at board.secretary@example.nhs.uk.</p>`;
    expect(statusOn(id, body)).toBe('found');
  });

  it('finds the organisation’s contact given for questions to the governing body', () => {
    const body = `<h1>Governing Body meetings</h1>
      <p>If you have any queries about our Governing Body, please telephone 0161 496 0410.</p>`;
    expect(statusOn(id, body)).toBe('found');
  });

  it('finds a contact on the line a board lead-in introduces', () => {
    const body = `<p>Enquiries about the Council of Governors go to:</p><p>0161 496 0411</p>`;
    expect(statusOn(id, body)).toBe('found');
  });

  it('leaves a route for board questions whose address is missing for review', () => {
    const body = `<p>Any question for the Board should be sent to</p><p>Answers are read out after item 3.</p>`;
    expect(statusOn(id, body)).toBe('needs-review');
  });

  it('finds nothing for a general enquiries number', () => {
    const body = `<p>For appointments and general enquiries call 0161 496 0412.</p>`;
    expect(statusOn(id, body)).toBe('not-found');
  });
});
