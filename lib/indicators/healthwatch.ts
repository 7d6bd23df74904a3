import { signposting } from '../scan/match.ts';
import { defineIndicator } from './types.ts';

const HEALTHWATCH = /\bhealth ?watch\b/i;
const HEALTHWATCH_PATH = /healthwatch/i;

export default defineIndicator({
  id: 'healthwatch',
  group: 'contact',
  title: 'Healthwatch signposted',
  counts: 'signposting to (local) Healthwatch: a link or contact details',
  doesNotCount: 'a passing mention (needs-review)',
  polarity: 'good',
  detect: (page) => signposting(page, HEALTHWATCH, HEALTHWATCH_PATH),
});
