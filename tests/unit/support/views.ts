/**
 * The background's side of a checklist view, in memory: the edit writer behind a port, and the
 * site-scan runner over a small site, so that stores are tested with the real writer and runner.
 */
import { parseHtml } from '../../../lib/cli/dom.ts';
import { readPageWith } from '../../../lib/crawl/site-crawl.ts';
import { createSiteScanRunner, type SiteScanRunner } from '../../../lib/crawl/site-scan-runner.ts';
import type { AuditDatabase } from '../../../lib/db/repository.ts';
import { createEditSender, type EditSender } from '../../../lib/edits/edit-client.ts';
import type { EditWriter } from '../../../lib/edits/edit-writer.ts';
import type { EditPort, EditPortReply } from '../../../lib/messages.ts';

/** A view's edit sender wired to `writer` as a port would be (answers arrive asynchronously). */
export function memoryEditSender(writer: EditWriter): EditSender & { disconnect: () => void } {
  let disconnectListeners: (() => void)[] = [];
  const connect = (): EditPort => {
    const replyListeners: ((reply: EditPortReply) => void)[] = [];
    const answer = (reply: EditPortReply) =>
      queueMicrotask(() => {
        for (const listener of replyListeners) listener(reply);
      });
    return {
      post: (message) => {
        if (message.type === 'edit') void writer.put(message.edit, answer);
        else void writer.flush();
      },
      onReply: (listener) => replyListeners.push(listener),
      onDisconnect: (listener) => disconnectListeners.push(listener),
    };
  };
  return {
    ...createEditSender(connect),
    /** The view closes: the background writes what it has. */
    disconnect() {
      const listeners = disconnectListeners;
      disconnectListeners = [];
      for (const listener of listeners) listener();
      void writer.flush();
    },
  };
}

/** A small site as a crawl fetches it: address to HTML. */
export type MemorySite = Record<string, string>;

export function memorySiteScanRunner(
  db: Promise<AuditDatabase>,
  site: MemorySite,
  now: () => string,
  onFetch: (url: string) => void = () => {},
): SiteScanRunner {
  return createSiteScanRunner({
    openDb: () => db,
    now,
    pauseMs: 0,
    fetchPage: async (url) => {
      onFetch(url);
      const body = site[url];
      if (body === undefined) throw new Error('HTTP 404');
      return { url, contentType: 'text/html', body };
    },
    readPage: readPageWith(parseHtml),
    pause: async () => {},
  });
}

/** Resolves once `check` holds, polling briefly (stores follow changes asynchronously). */
export async function eventually(check: () => boolean, what: string, ms = 10_000): Promise<void> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
