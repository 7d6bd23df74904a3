import { defineIndicator } from './types.ts';

export default defineIndicator({
  id: 'empty-sections',
  group: 'quality',
  title: 'Empty sections',
  counts:
    'a page or section with no real content: "coming soon", "under construction", "content to follow", "page not found", a heading with nothing under it, a page that is only a title',
  doesNotCount: 'a short page that says something',
  polarity: 'problem',
});
