/** Evidence the auditor can check: a short snippet and a selector that finds the element again. */
import type { Region } from './facts.ts';
import { regionFromElement } from './regions.ts';

export const MAX_SNIPPET_CHARS = 200;
/** Runs of whitespace, no-break and zero-width spaces, as pages write them between words. */
const BLANKS = /[\s\u00a0\u200b]+/g;
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

/**
 * Up to ~200 characters of `text` around `index`, cut at word boundaries, with ellipses.
 * Whitespace is collapsed, and the space the scanner puts between an inline element and the
 * punctuation after it ("read our stories ." from `<a>read our stories</a>.`) is dropped.
 */
export function snippetOf(text: string, index = 0, length = 0): string {
  const clean = text
    .replace(BLANKS, ' ')
    .replace(/ ([.,;:!?)])(?= |$)/g, '$1')
    .trim();
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

/**
 * Decoration a reader does not read as part of the text: what the page hides from assistive
 * technology, and avatar circles that show a person's initials beside their name.
 */
/**
 * Decoration, by markup: hidden from assistive technology, or an avatar or initials box. Read
 * from attributes, not with a selector engine: a selector query per evidence item costs a
 * page-wide search in jsdom and happy-dom.
 */
const DECORATIVE_CLASS = /avatar|initials/i;
function looksDecorative(el: Element): boolean {
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const className = el.getAttribute('class');
  return className !== null && DECORATIVE_CLASS.test(className);
}
/** An avatar's text is initials; an "avatar" box with more in it (a name, a caption) is read. */
const MAX_INITIALS = 4;
const SILENT_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'select']);
/** Elements that start a new line when shown: their text is kept apart from their neighbours'. */
const LINE_TAGS =
  /^(address|article|aside|blockquote|br|button|caption|dd|details|div|dl|dt|fieldset|figcaption|figure|footer|form|h[1-6]|header|hr|label|legend|li|main|nav|ol|p|pre|section|summary|table|td|th|tr|ul)$/;
const MAX_READABLE_CHARS = 2_000;

function isDecorative(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  return looksDecorative(el) && compact(el.textContent ?? '').length <= MAX_INITIALS;
}

/** Text without any whitespace, to tell whether two texts say the same words. */
export function compact(text: string): string {
  return text.replace(BLANKS, '');
}

/**
 * An element's text as a reader sees it: words of separate blocks kept apart, hidden and
 * decorative parts left out, whitespace collapsed. For evidence only (a few elements a page):
 * the scanner's own texts come from its single walk over the page.
 */
export function readableText(el: Element): string {
  const parts: string[] = [];
  let chars = 0;
  const walker = el.ownerDocument.createTreeWalker(el, 5 /* SHOW_ELEMENT | SHOW_TEXT */);
  for (let node = walker.nextNode(); node && chars < MAX_READABLE_CHARS; ) {
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      parts.push(data);
      chars += data.length;
      node = walker.nextNode();
      continue;
    }
    const child = node as Element;
    if (SILENT_TAGS.has(child.localName) || isDecorative(child)) {
      node = walker.nextSibling();
      while (!node && walker.parentNode() && walker.currentNode !== el) node = walker.nextSibling();
      continue;
    }
    if (LINE_TAGS.test(child.localName)) parts.push(' ');
    // What a form's fields and buttons say is in their attributes.
    if (child.localName === 'input' || child.localName === 'textarea') {
      const button = /^(submit|button)$/i.test(child.getAttribute('type') ?? '');
      const words = button ? child.getAttribute('value') : child.getAttribute('placeholder');
      if (words) parts.push(` ${words} `);
    }
    node = walker.nextNode();
  }
  return parts.join('').replace(BLANKS, ' ').trim();
}

/**
 * `text` without the decoration inside `el` (see looksDecorative), so a card reads "Dr Anna Price",
 * not "AP Dr Anna Price"; `at` moves with the text it pointed to.
 */
export function withoutDecoration(
  text: string,
  el: Element | undefined,
  at = 0,
): { text: string; at: number } {
  if (!el?.firstElementChild) return { text, at };
  let from = 0;
  for (const decoration of el.getElementsByTagName('*')) {
    if (!looksDecorative(decoration) || !isDecorative(decoration)) continue;
    const words = (decoration.textContent ?? '').replace(BLANKS, ' ').trim();
    if (!words) continue;
    // Decoration stands where it is in the page: found from the last one on, at a word's start.
    let index = text.indexOf(words, from);
    while (index > 0 && /\S/.test(text[index - 1]!)) index = text.indexOf(words, index + 1);
    if (index < 0) continue;
    text = text.slice(0, index) + text.slice(index + words.length);
    if (index < at) at = Math.max(index, at - words.length);
    from = index;
  }
  return { text, at };
}

/** Where on the page an element is: the region of its nearest ancestor that has one. */
export function regionOf(el: Element): Region {
  for (let node: Element | null = el; node; node = node.parentElement) {
    const names = node.hasAttributes() ? node.getAttributeNames() : [];
    const role = names.includes('role') ? node.getAttribute('role') : null;
    const region = regionFromElement(node, node.localName, role, names);
    if (region) return region;
  }
  return 'main';
}
