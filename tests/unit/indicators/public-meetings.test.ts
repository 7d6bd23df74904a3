import { describe, expect, it } from 'vitest';
import { findingOn, statusOn } from '../support/page.ts';

const id = 'public-meetings';

describe('public-meetings', () => {
  it('finds meetings held in public with where their papers are', () => {
    const body = `<p>Our board meets in public four times a year; you will find the agenda and papers on this website ten days ahead.</p>`;
    expect(statusOn(id, body)).toBe('found');
  });

  it('says which rule made its evidence', () => {
    const body = `<p>Our board meets in public four times a year; you will find the agenda and papers on this website ten days ahead.</p>`;
    expect(findingOn(id, body).evidence[0]?.why).toBe(
      'held in public, with where the papers or dates are',
    );
  });

  it('finds the public welcome at a dated meeting', () => {
    const body = `<p>Anyone may come and watch the board at work: members of the public are invited to attend.</p>
      <p>The next meeting starts at 10am on Tuesday, 14 May at Mill House.</p>`;
    expect(statusOn(id, body)).toBe('found');
  });

  it('finds a formal board’s papers placed on the site', () => {
    const body = `<p>Minutes of every Board meeting since 2021 can be found below.</p>`;
    expect(statusOn(id, body)).toBe('found');
  });

  it('leaves "meets in public" with no dates or papers for review', () => {
    const body = `<p>The Governing Body meets in public six times a year.</p>`;
    expect(statusOn(id, body)).toBe('needs-review');
  });

  it('does not take papers "published in advance" with no place for where they are', () => {
    const body = `<p>Our public board meetings are popular. The papers are published in advance as usual.</p>`;
    expect(statusOn(id, body)).toBe('needs-review');
  });

  it('finds nothing on a page about something else', () => {
    expect(statusOn(id, '<p>Flu vaccines are available from October.</p>')).toBe('not-found');
  });

  it('finds a board open to the public whose papers the page places on the site', () => {
    const body = `<h1>How we make decisions</h1>
      <p>Our Board holds public meetings every other month. The public Board papers are available on our Trust Board pages.</p>`;
    expect(statusOn(id, body)).toBe('found');
  });

  it('finds a meeting the public may observe, with the minutes placed on the website', () => {
    const body = `<p>Members of the public are welcome to attend our Board meetings as observers.</p>
      <p>Minutes of each meeting, once approved, will be placed on the Fernbrook Healthwatch website.</p>`;
    expect(statusOn(id, body)).toBe('found');
  });

  it('leaves meetings held in public, with questions on the agenda but no papers, for review', () => {
    const body = `<p>Governing Body meetings are held in public. Members of the public may ask questions relating to the agenda.</p>`;
    expect(statusOn(id, body)).toBe('needs-review');
  });

  it('finds the minutes of a committee meeting dated with a comma', () => {
    const body = `<h1>Governing body meeting – 13 January, 2022</h1>
      <p>Minutes of the Governing Body Meeting in Public held by video call.</p>`;
    expect(statusOn(id, body)).toBe('found');
  });

  it('does not count a board meeting named in passing in a blog post', () => {
    const body = `<h1>Chair’s blog: a busy month</h1>
      <p>Last month I enjoyed visiting the annual general meetings of two neighbouring trusts.</p>`;
    expect(statusOn(id, body)).toBe('not-found');
  });
});
