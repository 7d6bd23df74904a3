/** An HTML document in Node, for the command line and tests: linkedom is small and fast. */
import { DOMParser } from 'linkedom';

export function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}
