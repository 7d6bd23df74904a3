import { defineIndicator } from './types.ts';

export default defineIndicator({
  id: 'meeting-livestream',
  group: 'board',
  title: 'Meetings live-streamed or recorded',
  counts: 'meetings are live-streamed, webcast, or their recordings published',
  doesNotCount: 'a video that is not of a meeting',
  polarity: 'good',
});
