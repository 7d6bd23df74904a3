/**
 * The one typed protocol between the extension's contexts. Every message has a name, a typed
 * request and a typed reply; handlers are maps that fail to compile when one is missing.
 * Replies travel wrapped as `{ ok, value | error }` so an error reaches the sender as an Error.
 */
import { browser } from 'wxt/browser';
import type { PageScanRecord } from './db/schema.ts';
import { errorMessage } from './errors.ts';
import type { PageResult } from './scan/scan-page.ts';

/** Messages the content script answers (sent to a tab). */
export interface ContentMessages {
  /** Scan the page as it is now. */
  'scan-page': { request: Record<string, never>; response: PageResult };
  /** Scroll to an evidence element and outline it; false if the page no longer has it. */
  highlight: { request: { selector: string }; response: boolean };
}

/** Messages the background answers (sent from extension pages). */
export interface BackgroundMessages {
  /** Inject the scanner into the tab, scan its page and store the result. */
  'scan-tab': { request: { tabId: number }; response: PageScanRecord };
  /** Show an evidence element in the tab (injecting the content script if the page reloaded). */
  'highlight-in-tab': { request: { tabId: number; selector: string }; response: boolean };
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
