import { defineIndicator } from './types.ts';

export default defineIndicator({
  id: 'board-member-contact',
  group: 'board',
  title: 'Board members can be contacted',
  counts:
    'a way to contact individual board members: an email, phone or contact link next to a member',
  doesNotCount: 'only a general address for the board',
  polarity: 'good',
});
