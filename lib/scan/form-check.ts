/**
 * The contact-form check of the catalogue: would each email field accept valid but unusual
 * addresses? Judged from the field's own validation (type, pattern, maxlength, minlength),
 * without typing into the page or submitting anything.
 */
import { selectorFor } from './evidence.ts';
import type { PageFacts } from './facts.ts';
import { isContactForm } from './forms.ts';

/** The catalogue's valid, unusual addresses (../shared/indicators.md). */
export const UNUSUAL_ADDRESSES = [
  'first.last+tag@example.co.uk',
  'name@example.museum',
  'name@sub.example.nhs.uk',
  "o'brien@example.org",
  'user@xn--80ak6aa92e.com',
] as const;

export interface EmailFieldCheck {
  /** Selector of the email field. */
  selector: string;
  /** Selector of its form. */
  form: string;
  /** A contact form (not a newsletter sign-up or a search box). */
  contactForm: boolean;
  name: string;
  type: string;
  pattern?: string;
  maxLength?: number;
  /** The addresses it refuses, each with why. */
  rejects: { address: string; reason: string }[];
  /** Notes on its rules, e.g. a pattern browsers ignore. */
  notes: string[];
}

/** The HTML standard's valid email address (what type=email accepts). */
const HTML_VALID_EMAIL =
  /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;

/**
 * A pattern attribute as browsers compile it: anchored, with the `v` flag. A pattern that does
 * not compile that way is ignored by the browser, so it refuses nothing.
 */
function compilePattern(pattern: string): RegExp | undefined {
  try {
    return new RegExp(`^(?:${pattern})$`, 'v');
  } catch {
    return undefined;
  }
}

export function checkEmailFields(page: PageFacts): EmailFieldCheck[] {
  const checks: EmailFieldCheck[] = [];
  for (const form of page.forms) {
    for (const input of form.emailInputs) {
      const type = (input.getAttribute('type') ?? 'text').toLowerCase() || 'text';
      const pattern = input.getAttribute('pattern') ?? undefined;
      const maxAttr = input.getAttribute('maxlength');
      const minAttr = input.getAttribute('minlength');
      const maxLength =
        maxAttr !== null && /^\d+$/.test(maxAttr.trim()) ? Number(maxAttr) : undefined;
      const minLength =
        minAttr !== null && /^\d+$/.test(minAttr.trim()) ? Number(minAttr) : undefined;
      const check: EmailFieldCheck = {
        selector: selectorFor(input),
        form: selectorFor(form.el),
        contactForm: isContactForm(form),
        name: input.getAttribute('name') ?? input.getAttribute('id') ?? '',
        type,
        rejects: [],
        notes: [],
      };
      if (pattern !== undefined) check.pattern = pattern;
      if (maxLength !== undefined) check.maxLength = maxLength;
      const compiled = pattern === undefined ? undefined : compilePattern(pattern);
      if (pattern !== undefined && !compiled) {
        check.notes.push(
          'Browsers ignore its pattern (invalid under the rules they compile it with).',
        );
      }
      const multiple = input.hasAttribute('multiple');
      for (const address of UNUSUAL_ADDRESSES) {
        const reason =
          type === 'email' && !HTML_VALID_EMAIL.test(address)
            ? 'type=email refuses it'
            : compiled &&
                !(multiple
                  ? address.split(',').every((part) => compiled.test(part.trim()))
                  : compiled.test(address))
              ? `pattern ${pattern} refuses it`
              : maxLength !== undefined && address.length > maxLength
                ? `longer than maxlength ${maxLength}`
                : minLength !== undefined && address.length < minLength
                  ? `shorter than minlength ${minLength}`
                  : undefined;
        if (reason) check.rejects.push({ address, reason });
      }
      checks.push(check);
    }
  }
  return checks;
}
