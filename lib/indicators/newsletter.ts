import { defineIndicator } from './types.ts';

export default defineIndicator({
  id: 'newsletter',
  group: 'engagement',
  title: 'Newsletter',
  counts: 'a newsletter or e-bulletin: a sign-up, or issues to read',
  doesNotCount: 'the word "news" alone',
  polarity: 'good',
});
