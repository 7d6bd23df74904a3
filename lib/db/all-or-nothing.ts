/**
 * A write of many records that stores all of them or none. An IndexedDB transaction commits what
 * it has done unless aborted, so a write that fails halfway (a refused record, a check that
 * throws) must abort it: this does, then rethrows.
 */
export async function allOrNothing<T>(
  tx: { abort(): void; readonly done: Promise<void> },
  work: () => Promise<T>,
): Promise<T> {
  const done = tx.done;
  // Handled from the start: an abort while `work` runs is not an unhandled rejection.
  done.catch(() => undefined);
  try {
    const result = await work();
    await done;
    return result;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already aborted by the failed request, or finished.
    }
    await done.catch(() => undefined);
    throw error;
  }
}
