/**
 * Shows the auditor an evidence element on the page: scrolled into view and outlined for a few
 * seconds. Only the element's own style is touched, and restored.
 */
const HIGHLIGHT_MS = 3_000;

export function highlightElement(doc: Document, selector: string): boolean {
  let el: Element | null;
  try {
    el = doc.querySelector(selector);
  } catch {
    return false;
  }
  if (!(el instanceof HTMLElement || el instanceof SVGElement)) return false;
  const target = el;
  const before = { outline: target.style.outline, outlineOffset: target.style.outlineOffset };
  target.scrollIntoView({ block: 'center', behavior: 'smooth' });
  target.style.outline = '4px solid #ffeb3b';
  target.style.outlineOffset = '2px';
  setTimeout(() => {
    target.style.outline = before.outline;
    target.style.outlineOffset = before.outlineOffset;
  }, HIGHLIGHT_MS);
  return true;
}
