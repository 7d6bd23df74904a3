/**
 * The page reader of a site scan in the background. Firefox's background page has a DOMParser;
 * Chrome's service worker has none, so there the pages are read in an offscreen document.
 */
import { parseWithDomParser, type ReadPage, readPageWith } from './crawl/site-crawl.ts';
import { sendToOffscreen } from './messages.ts';
import type { CustomIndicatorSpec } from './scan/custom-indicators.ts';

interface OffscreenApi {
  createDocument: (options: {
    url: string;
    reasons: string[];
    justification: string;
  }) => Promise<void>;
  hasDocument?: () => Promise<boolean>;
}
interface ChromeGlobal {
  chrome?: {
    offscreen?: OffscreenApi;
    runtime?: {
      getContexts?: (filter: object) => Promise<unknown[]>;
      getURL: (path: string) => string;
    };
  };
}

const OFFSCREEN_PATH = '/offscreen.html';

/** A reader for this context: in place where a DOMParser exists, else through the offscreen document. */
export function backgroundPageReader(): (
  html: string,
  url: string,
  custom: readonly CustomIndicatorSpec[],
) => Promise<ReadPage> {
  if (typeof DOMParser !== 'undefined') return readPageWith(parseWithDomParser);
  let ready: Promise<void> | undefined;
  const ensureDocument = async () => {
    const chrome = (globalThis as ChromeGlobal).chrome;
    if (!chrome?.offscreen) throw new Error('This browser cannot read pages in the background.');
    const existing = await chrome.runtime?.getContexts?.({
      contextTypes: ['OFFSCREEN_DOCUMENT'],
      documentUrls: [chrome.runtime.getURL(OFFSCREEN_PATH)],
    });
    if (existing && existing.length > 0) return;
    await chrome.offscreen.createDocument({
      url: OFFSCREEN_PATH,
      reasons: ['DOM_PARSER'],
      justification: 'Parse the pages of a site scan to find the audit indicators.',
    });
  };
  return async (html, url, custom) => {
    ready ??= ensureDocument().catch((error: unknown) => {
      ready = undefined;
      throw error;
    });
    await ready;
    try {
      return await sendToOffscreen('read-page', { html, url, custom: [...custom] });
    } catch (error) {
      // The document may have been closed by the browser: open it again next time.
      ready = undefined;
      throw error;
    }
  };
}
