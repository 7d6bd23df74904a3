import { defineIndicator } from './types.ts';

export default defineIndicator({
  id: 'involvement-opportunities',
  group: 'engagement',
  title: 'Ways to get involved',
  counts:
    'ways for the public to take part: patient or public groups, reference or advisory boards, forums, membership, events, volunteering to shape services',
  doesNotCount: 'a general "contact us"',
  polarity: 'good',
});
