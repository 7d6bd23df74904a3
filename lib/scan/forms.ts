/** Which forms are for writing to the organisation (not search, sign-up or log-in forms). */
import type { FormFact, PageFacts } from './facts.ts';

const NOT_CONTACT =
  /\b(search|subscribe|sign ?up|newsletter|log ?in|sign ?in|password|register for|mailing list|bulletin)\b/i;
const CONTACT =
  /\b(contact|enquir(y|ies)|message|feedback|comments?|get in touch|your question|complaint|compliment|write to us)\b/i;

export function isContactForm(form: FormFact): boolean {
  const words = `${form.text} ${form.attrs}`;
  if (NOT_CONTACT.test(form.attrs) || /role="?search|\bsearch\b/.test(form.attrs)) return false;
  if (form.hasMessageField) return !NOT_CONTACT.test(form.text) || CONTACT.test(words);
  return form.emailInputs.length > 0 && CONTACT.test(words) && !NOT_CONTACT.test(words);
}

export function contactForms(page: PageFacts): FormFact[] {
  return page.forms.filter(isContactForm);
}
