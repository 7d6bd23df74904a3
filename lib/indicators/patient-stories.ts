import { defineIndicator } from './types.ts';

export default defineIndicator({
  id: 'patient-stories',
  group: 'engagement',
  title: 'Patient stories',
  counts:
    'an invitation to share experiences or stories, read patient stories, or write for the site',
  doesNotCount: 'a complaints procedure alone',
  polarity: 'good',
});
