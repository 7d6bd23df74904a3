/** Forms as the page walk sees them: email fields, and the real forms inside a page-wide one. */
import type { FormFact } from './facts.ts';
import { collapse } from './text.ts';

export const MAX_CHARS_PER_FORM = 2_000;

export function isEmailInput(el: Element): boolean {
  const type = (el.getAttribute('type') ?? 'text').toLowerCase();
  if (type === 'email') return true;
  if (type !== 'text' && type !== '') return false;
  const names = `${el.getAttribute('name') ?? ''} ${el.getAttribute('id') ?? ''} ${el.getAttribute('autocomplete') ?? ''} ${el.getAttribute('placeholder') ?? ''} ${el.getAttribute('aria-label') ?? ''}`;
  return /e-?mail/i.test(names);
}

/**
 * ASP.NET Web Forms (Contensis and others) wrap the whole page in one <form>: the real forms
 * are the groups of fields inside it, each in its own container.
 */
export function isPageWrapper(form: Element): boolean {
  return (
    form.getAttribute('id') === 'aspnetForm' ||
    form.querySelector('main, nav, header, footer, [role="main"]') !== null
  );
}

export function formsInsideWrapper(wrapper: FormFact): FormFact[] {
  const groups = new Map<Element, FormFact>();
  const groupOf = (field: Element): FormFact => {
    const container =
      field.closest(
        'fieldset, [class*="form"], [id*="form" i], [class*="contact"], [class*="enquiry"], section, article',
      ) ??
      field.parentElement ??
      field;
    const box = container === wrapper.el ? (field.parentElement ?? field) : container;
    let group = groups.get(box);
    if (!group) {
      const text = collapse(box.textContent ?? '')
        .slice(0, MAX_CHARS_PER_FORM)
        .toLowerCase();
      group = {
        el: box,
        emailInputs: [],
        messageFields: [],
        hasMessageField: false,
        text,
        attrs: `${box.getAttribute('id') ?? ''} ${box.getAttribute('class') ?? ''}`.toLowerCase(),
      };
      groups.set(box, group);
    }
    return group;
  };
  for (const input of wrapper.emailInputs) groupOf(input).emailInputs.push(input);
  for (const area of wrapper.messageFields) {
    const group = groupOf(area);
    group.messageFields.push(area);
    group.hasMessageField = true;
  }
  return [...groups.values()];
}
