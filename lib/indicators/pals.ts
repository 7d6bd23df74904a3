import { defineIndicator } from './types.ts';

export default defineIndicator({
  id: 'pals',
  group: 'contact',
  title: 'PALS signposted',
  counts:
    'signposting to PALS (the Patient Advice and Liaison Service): a link, or contact details',
  doesNotCount: 'the acronym used in passing without a way to reach it (needs-review)',
  polarity: 'good',
});
