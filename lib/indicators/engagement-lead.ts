import { defineIndicator } from './types.ts';

export default defineIndicator({
  id: 'engagement-lead',
  group: 'engagement',
  title: 'Named engagement lead',
  counts:
    'a named person or team responsible for engagement / involvement / patient experience, with a way to reach them',
  doesNotCount:
    '"we value engagement" with no one to reach; a page saying engagement is run by someone else and giving no contact',
  polarity: 'good',
});
