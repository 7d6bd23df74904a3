import { defineIndicator } from './types.ts';

export default defineIndicator({
  id: 'public-meetings',
  group: 'board',
  title: 'Board meetings in public',
  counts:
    'board meetings held in public: dates, venues, agendas, papers or minutes, or a link to them',
  doesNotCount: 'a page about meetings with no dates or papers',
  polarity: 'good',
});
