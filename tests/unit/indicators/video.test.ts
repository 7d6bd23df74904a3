import { describe, expect, it } from 'vitest';
import { statusOn } from '../support/page.ts';

const id = 'video';

describe('video', () => {
  it('finds an embedded player', () => {
    const body = `<iframe title="How to use the NHS App" src="https://www.youtube-nocookie.com/embed/abc123"></iframe>`;
    expect(statusOn(id, body)).toBe('found');
  });

  it('leaves videos mentioned with none shown for review', () => {
    expect(statusOn(id, '<p>Some of our videos have no subtitles yet.</p>')).toBe('needs-review');
  });

  it('does not take a video consultation for a video', () => {
    expect(statusOn(id, '<p>Your GP may offer a video consultation.</p>')).toBe('not-found');
  });

  it('finds a video the page shows ("watch this short video")', () => {
    const body = `<p>Watch this short video to learn how the NHS in Northfield works.</p>`;
    expect(statusOn(id, body)).toBe('found');
  });

  it('does not take videos posted to reader group members as videos to watch', () => {
    const body = `<p>We send documents, videos and other literature to our reader group members.</p>`;
    expect(statusOn(id, body)).toBe('not-found');
  });

  it('does not take a channel to subscribe to as a video', () => {
    const body = `<p>Watch and subscribe to our video content on our channel.</p>`;
    expect(statusOn(id, body)).toBe('not-found');
  });
});
