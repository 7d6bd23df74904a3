/** Evidence the auditor can check: a short snippet and a selector that finds the element again. */

export const MAX_SNIPPET_CHARS = 200;
const MAX_SELECTOR_DEPTH = 40;

const SIMPLE_IDENT = /^[A-Za-z][\w-]*$/;

/**
 * A selector for an element: its id when that id leads back to it, otherwise a chain of
 * `tag:nth-of-type(n)` steps up to the nearest such id (or the root).
 */
export function selectorFor(el: Element): string {
  const steps: string[] = [];
  let current: Element | null = el;
  while (current && steps.length < MAX_SELECTOR_DEPTH) {
    const id = current.getAttribute('id');
    const root = current.getRootNode() as Document | ShadowRoot;
    if (id && SIMPLE_IDENT.test(id) && root.getElementById?.(id) === current) {
      steps.unshift(`#${id}`);
      return steps.join(' > ');
    }
    const tag = current.localName;
    const parent: Element | null = current.parentElement;
    if (!parent) {
      steps.unshift(tag);
      return steps.join(' > ');
    }
    let index = 1;
    for (
      let sibling = current.previousElementSibling;
      sibling;
      sibling = sibling.previousElementSibling
    ) {
      if (sibling.localName === tag) index++;
    }
    let hasLaterTwin = false;
    if (index === 1) {
      for (
        let sibling = current.nextElementSibling;
        sibling;
        sibling = sibling.nextElementSibling
      ) {
        if (sibling.localName === tag) {
          hasLaterTwin = true;
          break;
        }
      }
    }
    steps.unshift(index > 1 || hasLaterTwin ? `${tag}:nth-of-type(${index})` : tag);
    current = parent;
  }
  // Very deep nesting: the chain is cut, so the selector names the element's nearest ancestors.
  return steps.join(' > ');
}

/** Up to ~200 characters of `text` around `index`, cut at word boundaries, with ellipses. */
export function snippetOf(text: string, index = 0, length = 0): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= MAX_SNIPPET_CHARS) return clean;
  const centre = Math.min(clean.length, Math.max(0, index + Math.floor(length / 2)));
  let start = Math.max(0, centre - MAX_SNIPPET_CHARS / 2);
  const end = Math.min(clean.length, start + MAX_SNIPPET_CHARS - 2);
  start = Math.max(0, end - (MAX_SNIPPET_CHARS - 2));
  let cut = clean.slice(start, end);
  if (start > 0) cut = `…${cut.replace(/^\S*\s/, '')}`;
  if (end < clean.length) cut = `${cut.replace(/\s\S*$/, '')}…`;
  return cut;
}
