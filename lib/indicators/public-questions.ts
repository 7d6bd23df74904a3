import { defineIndicator } from './types.ts';

export default defineIndicator({
  id: 'public-questions',
  group: 'board',
  title: 'Public can ask questions at board meetings',
  counts:
    'how a member of the public can ask a question at a board meeting: where to send it, by when, or that questions are taken at the meeting',
  doesNotCount: '"contact us" with no tie to meetings',
  polarity: 'good',
});
