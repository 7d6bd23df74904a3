import { defineIndicator } from './types.ts';

export default defineIndicator({
  id: 'healthwatch',
  group: 'contact',
  title: 'Healthwatch signposted',
  counts: 'signposting to (local) Healthwatch: a link or contact details',
  doesNotCount: 'a passing mention (needs-review)',
  polarity: 'good',
});
