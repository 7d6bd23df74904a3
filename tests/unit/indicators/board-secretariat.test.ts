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

  it('finds the contact given for questions on the page of the board’s meetings', () => {
    const body = `<h1>Board meetings in public</h1>
      <p>Questions on the agenda are welcome. Please send them two working days ahead to corporate.enquiries@example.nhs.uk.</p>`;
    expect(statusOn(id, body)).toBe('found');
  });

  it('finds a head of governance with a number under a meetings page', () => {
    const body = `<p>For further information please contact:</p><p>Alex Rowan, Head of Governance</p><p>Telephone: 0161 496 0413</p>`;
    expect(statusOn(id, body)).toBe('found');
  });

  it('counts an address hidden by email protection, given for attending a meeting', () => {
    const body = `<h1>Governing Body meetings</h1>
      <p>To request access to this meeting email This email address is being protected from spambots. You need JavaScript enabled to view it.</p>`;
    expect(statusOn(id, body)).toBe('found');
  });

  it('leaves "to attend, please email" with the address gone for review', () => {
    const body = `<h1>Trust Board meetings</h1>
      <p>If you wish to attend the meeting or ask a question, please contact us by email at</p>`;
    expect(statusOn(id, body)).toBe('needs-review');
  });

  it('does not take a general number on a page that is not about meetings', () => {
    const body = `<h1>Your questions answered</h1>
      <p>If you have questions about your medicines, call the pharmacy team on 0161 496 0414.</p>`;
    expect(statusOn(id, body)).toBe('not-found');
  });
});
