/**
 * An HTML document in Node, for the command line and tests. happy-dom builds a lighter tree than
 * jsdom and one window's DOMParser parses many pages (a window is costly to make, a document
 * cheap), so a page is parsed and scanned about 4× faster (`npm run bench:node`). The parity
 * test (tests/e2e/scanner-in-chromium.test.ts) checks that the scanner finds the same evidence,
 * with the same selectors, as in Chromium. Scripts, styles, images and frames are never loaded
 * or run (happy-dom's defaults, said again so that a change of default cannot turn them on).
 */
import { Window } from 'happy-dom';

/**
 * A window keeps every document its parser made until it is closed, so it is replaced after
 * this many: memory stays bounded over a crawl of thousands of pages, and the garbage collector
 * has a small heap to walk (measured: 10 is faster than 1, 25 or 100). A document is to be read
 * when parsed, not kept: its window is closed this many documents later.
 */
const DOCUMENTS_PER_WINDOW = 10;

function newWindow(): Window {
  return new Window({
    settings: {
      enableJavaScriptEvaluation: false,
      disableJavaScriptFileLoading: true,
      enableCSSFileLoading: false,
      enableImageFileLoading: false,
      navigation: {
        disableMainFrameNavigation: true,
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
      },
    },
  });
}

let window: Window | undefined;
let parser: InstanceType<Window['DOMParser']> | undefined;
let parsed = 0;

export function parseHtml(html: string): Document {
  if (!window || !parser || parsed >= DOCUMENTS_PER_WINDOW) {
    window?.happyDOM.close().catch(() => undefined);
    window = newWindow();
    parser = new window.DOMParser();
    parsed = 0;
  }
  parsed++;
  // happy-dom's Document is the DOM's, less a few members the scanner does not use.
  return parser.parseFromString(html, 'text/html') as unknown as Document;
}
