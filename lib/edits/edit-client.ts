/**
 * A view's side of the edits port: sends each edit to the background writer at once (a message,
 * not a database write), and tells the caller when the edit is stored. If the background went
 * away (an extension update, a worker restart), it connects again and sends what is unanswered.
 */
import type { VerdictRecord } from '../db/schema.ts';
import type { EditPort, EditPortReply } from '../messages.ts';
import type { VerdictEdit } from './edit-writer.ts';

export interface EditSender {
  /** Sends an edit; resolves with the stored record of the field, rejects if the write failed. */
  send: (edit: Omit<VerdictEdit, 'id'>) => Promise<VerdictRecord>;
  /** Asks for everything sent to be written now; resolves when all of it is answered. */
  flush: () => Promise<void>;
}

interface InFlight {
  edit: VerdictEdit;
  resolve: (record: VerdictRecord) => void;
  reject: (error: Error) => void;
}

export function createEditSender(connect: () => EditPort): EditSender {
  let port: EditPort | undefined;
  let nextId = 1;
  const inFlight = new Map<number, InFlight>();
  let settledWaiters: (() => void)[] = [];

  const settleIfIdle = () => {
    if (inFlight.size > 0) return;
    const waiters = settledWaiters;
    settledWaiters = [];
    for (const waiter of waiters) waiter();
  };

  const onReply = (reply: EditPortReply) => {
    for (const id of reply.ids) {
      const entry = inFlight.get(id);
      if (!entry) continue;
      inFlight.delete(id);
      if (reply.type === 'saved') entry.resolve(reply.record);
      else entry.reject(new Error(reply.error));
    }
    settleIfIdle();
  };

  const portNow = (): EditPort => {
    if (port) return port;
    const opened = connect();
    port = opened;
    opened.onReply(onReply);
    opened.onDisconnect(() => {
      if (port === opened) port = undefined;
      // The background went away before answering: send again (edits are idempotent).
      if (inFlight.size > 0) setTimeout(resend, 50);
    });
    return opened;
  };

  const resend = () => {
    if (inFlight.size === 0) return;
    try {
      const current = portNow();
      for (const { edit } of inFlight.values()) current.post({ type: 'edit', edit });
      current.post({ type: 'flush' });
    } catch (error) {
      for (const entry of inFlight.values()) entry.reject(error as Error);
      inFlight.clear();
      settleIfIdle();
    }
  };

  return {
    send(fields) {
      const edit: VerdictEdit = { ...fields, id: nextId++ };
      return new Promise<VerdictRecord>((resolve, reject) => {
        inFlight.set(edit.id, { edit, resolve, reject });
        try {
          portNow().post({ type: 'edit', edit });
        } catch (error) {
          inFlight.delete(edit.id);
          reject(error as Error);
        }
      });
    },
    flush() {
      if (inFlight.size === 0) return Promise.resolve();
      const settled = new Promise<void>((resolve) => settledWaiters.push(resolve));
      try {
        portNow().post({ type: 'flush' });
      } catch {
        // Nothing to add: the in-flight edits are rejected or resent by the disconnect.
      }
      return settled;
    },
  };
}
