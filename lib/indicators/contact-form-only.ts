import { defineIndicator } from './types.ts';

export default defineIndicator({
  id: 'contact-form-only',
  group: 'contact',
  title: 'Contact form is the only way to write',
  counts: 'a web contact form is the only way to write; no email address on the site',
  doesNotCount: 'a form beside an email address',
  polarity: 'problem',
});
