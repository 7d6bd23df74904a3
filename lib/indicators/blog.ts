import { defineIndicator } from './types.ts';

export default defineIndicator({
  id: 'blog',
  group: 'engagement',
  title: 'Blog',
  counts: "a blog: of the organisation, or of a leader (e.g. a chief officer's blog)",
  doesNotCount: 'a news list',
  polarity: 'good',
});
