/**
 * Shows the auditor an evidence element on the page: scrolled into view and framed for a few
 * seconds by an overlay drawn in its own shadow root, so the page's own elements and styles
 * are never touched (and the page's styles cannot restyle the frame).
 */
const HIGHLIGHT_MS = 3_000;
/** Marks the overlay's host element (tests and a second highlight find it by this). */
export const HIGHLIGHT_HOST_ATTRIBUTE = 'data-nhs-site-audit-highlight';

export function highlightElement(doc: Document, selector: string): boolean {
  let el: Element | null;
  try {
    el = doc.querySelector(selector);
  } catch {
    return false;
  }
  if (!el) return false;
  const target = el;
  target.scrollIntoView({ block: 'center', behavior: 'instant' });
  for (const old of doc.querySelectorAll(`[${HIGHLIGHT_HOST_ATTRIBUTE}]`)) old.remove();

  const host = doc.createElement('div');
  host.setAttribute(HIGHLIGHT_HOST_ATTRIBUTE, '');
  // The host itself takes no space and no events; the frame inside follows the element.
  host.style.cssText = 'all: initial; position: absolute; top: 0; left: 0; width: 0; height: 0;';
  const root = host.attachShadow({ mode: 'open' });
  const frame = doc.createElement('div');
  frame.setAttribute('part', 'frame');
  root.append(frame);
  const place = () => {
    const box = target.getBoundingClientRect();
    const view = doc.defaultView;
    frame.style.cssText = [
      'position: absolute',
      `top: ${box.top + (view?.scrollY ?? 0) - 6}px`,
      `left: ${box.left + (view?.scrollX ?? 0) - 6}px`,
      `width: ${box.width + 12}px`,
      `height: ${box.height + 12}px`,
      'box-sizing: border-box',
      'border: 4px solid #ffeb3b',
      'outline: 2px solid #003087',
      'border-radius: 4px',
      'pointer-events: none',
      'z-index: 2147483647',
    ].join(';');
  };
  place();
  doc.documentElement.append(host);
  const view = doc.defaultView;
  view?.addEventListener('resize', place);
  view?.setTimeout(() => {
    view.removeEventListener('resize', place);
    host.remove();
  }, HIGHLIGHT_MS);
  return true;
}
