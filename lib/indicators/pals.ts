import { signposting } from '../scan/match.ts';
import { defineIndicator } from './types.ts';

const PALS = /\b(pals|patient advice (and|&) liaison( service)?)\b/i;
const PALS_PATH = /(^|[./@_-])pals([./@_-]|$)|patient-advice/i;

export default defineIndicator({
  id: 'pals',
  group: 'contact',
  title: 'PALS signposted',
  counts:
    'signposting to PALS (the Patient Advice and Liaison Service): a link, or contact details',
  doesNotCount: 'the acronym used in passing without a way to reach it (needs-review)',
  polarity: 'good',
  detect: (page) => signposting(page, PALS, PALS_PATH),
});
