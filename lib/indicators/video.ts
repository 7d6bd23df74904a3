import { defineIndicator } from './types.ts';

export default defineIndicator({
  id: 'video',
  group: 'engagement',
  title: 'Videos',
  counts:
    'videos: embedded players (YouTube, Vimeo, ...), a video page such as "CCG TV", links to videos',
  doesNotCount: "a social-media link to a video platform's account alone (that is social-media)",
  polarity: 'good',
});
