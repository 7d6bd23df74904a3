/**
 * An HTML document in Node, for the command line and tests. jsdom parses as browsers do
 * (parse5: implied <tbody>, misnested tags), so the selectors in the evidence find the same
 * elements in a browser; scripts do not run.
 */
import { JSDOM, VirtualConsole } from 'jsdom';

// jsdom reports stylesheets it cannot fetch; the scanner reads no CSS, so nothing is lost.
const silent = new VirtualConsole();

export function parseHtml(html: string): Document {
  return new JSDOM(html, { virtualConsole: silent }).window.document;
}
