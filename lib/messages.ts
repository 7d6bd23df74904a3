/**
 * The one typed protocol between the extension's contexts. Every message has a name, a typed
 * request and a typed reply; handlers are maps that fail to compile when one is missing.
 * Replies travel wrapped as `{ ok, value | error }` so an error reaches the sender as an Error.
 * Two more channels complete it: the auditor's edits travel on a port to the background (below),
 * and notices that stored data changed on a BroadcastChannel (lib/db/changes.ts).
 */
import { browser } from 'wxt/browser';
import type { ReadPage } from './crawl/site-crawl.ts';
import type { CrawlRecord, PageScanRecord } from './db/schema.ts';
import type { EditOutcome, VerdictEdit } from './edits/edit-writer.ts';
import { errorMessage } from './errors.ts';
import type { CustomIndicatorSpec } from './scan/custom-indicators.ts';
import type { PageResult } from './scan/scan-page.ts';

/** Messages the content script answers (sent to a tab). */
export interface ContentMessages {
  /** Scan the page as it is now, with the site's checklist's own indicators too. */
  'scan-page': { request: { custom: CustomIndicatorSpec[] }; response: PageResult };
  /** Scroll to an evidence element and outline it; false if the page no longer has it. */
  highlight: { request: { selector: string }; response: boolean };
}

/** Messages the background answers (sent from extension pages). */
export interface BackgroundMessages {
  /** Inject the scanner into the tab, scan its page and store the result. */
  'scan-tab': { request: { tabId: number }; response: PageScanRecord };
  /**
   * Show an evidence element in the tab (injecting the content script if the page reloaded);
   * with `url`, the tab first goes to that page of the site (evidence found on another page).
   */
  'highlight-in-tab': {
    request: { tabId: number; selector: string; url?: string };
    response: boolean;
  };
  /** Start "Scan this site" from a page; it runs in the background, stored as it goes. */
  'start-site-scan': { request: { url: string; maxPages: number }; response: CrawlRecord };
  /** Go on with an interrupted or cancelled site scan. */
  'resume-site-scan': { request: { site: string }; response: CrawlRecord };
  /**
   * Whether a site's scan really runs: a view asks when the record says "running", which also
   * wakes a background that was stopped, and the background then marks it interrupted.
   */
  'check-site-scan': { request: { site: string }; response: boolean };
  /** Write every edit the background holds now (before a backup or export reads the database). */
  'flush-edits': { request: Record<string, never>; response: null };
  /** Stop a site's running scan; false when none was running. */
  'cancel-site-scan': { request: { site: string }; response: boolean };
}

/** Messages the offscreen document answers (Chrome: the service worker has no DOMParser). */
export interface OffscreenMessages {
  /** Parse and scan a fetched page; its findings and links. */
  'read-page': {
    request: { html: string; url: string; custom: CustomIndicatorSpec[] };
    response: ReadPage;
  };
}

export async function sendToOffscreen<K extends keyof OffscreenMessages & string>(
  type: K,
  request: OffscreenMessages[K]['request'],
): Promise<OffscreenMessages[K]['response']> {
  return unwrap(await browser.runtime.sendMessage({ type, ...request }), type);
}

/** The port on which a view sends the auditor's edits to the background, which writes them. */
export const EDITS_PORT_NAME = 'edits';
/** View to background: an edit, or "write everything now" (the view is closing or exporting). */
export type EditPortRequest = { type: 'edit'; edit: VerdictEdit } | { type: 'flush' };
/** Background to view: what became of its edits. */
export type EditPortReply = EditOutcome;

/** A view's end of the edits port. */
export interface EditPort {
  post: (message: EditPortRequest) => void;
  onReply: (listener: (reply: EditPortReply) => void) => void;
  onDisconnect: (listener: () => void) => void;
}

export function connectEditPort(): EditPort {
  const port = browser.runtime.connect({ name: EDITS_PORT_NAME });
  return {
    post: (message) => port.postMessage(message),
    onReply: (listener) => port.onMessage.addListener(listener as (message: unknown) => void),
    onDisconnect: (listener) => port.onDisconnect.addListener(() => listener()),
  };
}

/** The background's end: each view's port, its requests, and a way to answer it. */
export function listenForEditPorts(
  onPort: (port: {
    answer: (reply: EditPortReply) => void;
    onRequest: (listener: (request: EditPortRequest) => void) => void;
    onDisconnect: (listener: () => void) => void;
  }) => void,
): void {
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== EDITS_PORT_NAME) return;
    onPort({
      answer: (reply) => port.postMessage(reply),
      onRequest: (listener) =>
        port.onMessage.addListener((message: unknown) => listener(message as EditPortRequest)),
      onDisconnect: (listener) => port.onDisconnect.addListener(() => listener()),
    });
  });
}

/** A message map: each name with its request and response types. */
type AnyMap<M> = { [K in keyof M]: { request: object; response: unknown } };
export type Handlers<M extends AnyMap<M>> = {
  [K in keyof M & string]: (
    request: M[K]['request'],
    sender: { tabId?: number },
  ) => Promise<M[K]['response']>;
};

type Wrapped<T> = { ok: true; value: T } | { ok: false; error: string };

function unwrap<T>(reply: unknown, what: string): T {
  const wrapped = reply as Wrapped<T> | undefined;
  if (!wrapped || typeof wrapped !== 'object' || !('ok' in wrapped)) {
    throw new Error(`No answer to "${what}": the other side is not listening.`);
  }
  if (!wrapped.ok) throw new Error(wrapped.error);
  return wrapped.value;
}

export async function sendToTab<K extends keyof ContentMessages & string>(
  tabId: number,
  type: K,
  request: ContentMessages[K]['request'],
): Promise<ContentMessages[K]['response']> {
  return unwrap(await browser.tabs.sendMessage(tabId, { type, ...request }), type);
}

export async function sendToBackground<K extends keyof BackgroundMessages & string>(
  type: K,
  request: BackgroundMessages[K]['request'],
): Promise<BackgroundMessages[K]['response']> {
  return unwrap(await browser.runtime.sendMessage({ type, ...request }), type);
}

/**
 * Answers messages with a handler map. The listener returns a promise (webextension-polyfill's
 * way, which also works in Chrome through the polyfill); unknown messages are left to others.
 */
export function listen<M extends AnyMap<M>>(handlers: Handlers<M>): () => void {
  const listener = (message: unknown, sender: { tab?: { id?: number } }) => {
    const type = (message as { type?: unknown } | null)?.type;
    if (typeof type !== 'string' || !Object.hasOwn(handlers, type)) return undefined;
    const handler = handlers[type as keyof M & string];
    const { type: _type, ...request } = message as { type: string };
    return handler(request as never, { tabId: sender.tab?.id }).then(
      (value): Wrapped<unknown> => ({ ok: true, value }),
      (error: unknown): Wrapped<unknown> => ({
        ok: false,
        error: errorMessage(error),
      }),
    );
  };
  browser.runtime.onMessage.addListener(listener as never);
  return () => browser.runtime.onMessage.removeListener(listener as never);
}
