import { describe, expect, it } from 'vitest';
import { statusOn } from '../support/page.ts';

const id = 'meeting-livestream';

describe('meeting-livestream', () => {
  it('finds board meetings streamed live', () => {
    const body = `<p>Our board meetings are live-streamed on our YouTube channel.</p>`;
    expect(statusOn(id, body)).toBe('found');
  });

  it('finds published recordings of meetings', () => {
    const body = `<p>Recordings of our Governing Body meetings are available on this page.</p>`;
    expect(statusOn(id, body)).toBe('found');
  });

  it('leaves meetings held online that the public may join for review', () => {
    const body = `<h1>Board meetings</h1><p>Meetings are held remotely; the public can join the meeting on request.</p>`;
    expect(statusOn(id, body, { title: 'Board meetings' })).toBe('needs-review');
  });

  it('does not take rules for the public filming a meeting for a stream', () => {
    const body = `<h2>Recording of meetings</h2><p>Anyone wishing to film or record the meeting must ask the chair first.</p>`;
    expect(statusOn(id, body, { title: 'Board meetings' })).toBe('not-found');
  });

  it('does not take an audio version of a leaflet for a recording', () => {
    const body = `<p>This leaflet is available in large print, braille or as an audio recording.</p>`;
    expect(statusOn(id, body)).toBe('not-found');
  });

  it('finds a published link to follow the live meeting', () => {
    const body = `<h1>Board meetings</h1><p>Our board meetings in public are held virtually and the live link to the meeting can be accessed via the link below.</p>`;
    expect(statusOn(id, body)).toBe('found');
  });

  it('finds a stream stated in one sentence when another sentence of the block is a hope', () => {
    const body = `<p>We hope to meet in person again soon. In the meantime, our Board meetings will continue to be live-streamed.</p>`;
    expect(statusOn(id, body)).toBe('found');
  });
});
