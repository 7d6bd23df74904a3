import type { Assessment } from '../lib/assessment.ts';
import { UNUSUAL_ADDRESSES } from '../lib/scan/form-check.ts';

/**
 * The contact-form check: would each email field accept valid but unusual addresses? The 2013
 * survey found forms that refused them.
 */
export function EmailFieldChecks({ fields }: { fields: Assessment['emailFields'] }) {
  return (
    <section class="group email-fields" aria-labelledby="email-fields-title">
      <h2 id="email-fields-title">Email fields on forms</h2>
      {fields.length === 0 ? (
        <p class="muted">No email field on the scanned pages.</p>
      ) : (
        <ul class="indicators">
          {fields.map((field) => (
            <li
              key={`${field.url}|${field.selector}`}
              class={`indicator ${field.rejects.length > 0 ? 'rejecting' : ''}`}
              data-email-field={field.name}
            >
              <div class="indicator-head">
                <span class="indicator-title">
                  {field.contactForm ? 'Contact form' : 'Form'}: field “{field.name || field.type}”
                </span>
                <span class={`badge ${field.rejects.length > 0 ? 'badge-problem' : 'badge-found'}`}>
                  {field.rejects.length > 0
                    ? `Refuses ${field.rejects.length} of ${UNUSUAL_ADDRESSES.length}`
                    : `Accepts all ${UNUSUAL_ADDRESSES.length}`}
                </span>
              </div>
              {field.rejects.length > 0 && (
                <ul class="rejects">
                  {field.rejects.map((reject) => (
                    <li key={reject.address}>
                      <code>{reject.address}</code>: {reject.reason}
                    </li>
                  ))}
                </ul>
              )}
              {field.notes.map((note) => (
                <p key={note} class="muted">
                  {note}
                </p>
              ))}
              <div class="evidence-where">
                <span class="evidence-url">{field.url}</span>
                <code class="evidence-selector">{field.selector}</code>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
