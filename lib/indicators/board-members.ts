import { defineIndicator } from './types.ts';

export default defineIndicator({
  id: 'board-members',
  group: 'board',
  title: 'Board members listed',
  counts:
    'the members of the board / governing body are listed: several people with their roles (Chair, Chief Officer, Accountable Officer, Clinical Lead, Lay member, Director of ...)',
  doesNotCount: 'one name in passing; a staff directory with no board',
  polarity: 'good',
});
