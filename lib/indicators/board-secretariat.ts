import { defineIndicator } from './types.ts';

export default defineIndicator({
  id: 'board-secretariat',
  group: 'board',
  title: 'Board secretariat contact',
  counts:
    'an email or phone for board business: board secretary, governance team, corporate office',
  doesNotCount: 'a general enquiries address not tied to the board',
  polarity: 'good',
});
