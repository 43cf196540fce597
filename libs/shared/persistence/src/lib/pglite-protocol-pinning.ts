/**
 * pglite-socket 0.2.17 queues protocol messages one by one and, outside a transaction, lets another
 * connection's message run between the Parse, Bind and Execute of an extended-protocol query: a
 * parameterised query from one connection can then bind to another's statement ("bind message supplies
 * 3 parameters, but prepared statement requires 1"). This keeps each connection's messages together
 * until its Sync (or simple Query) — the unit the protocol means — on top of the library's own
 * transaction pinning. It replaces one method of the server's queue, so it is pinned to that version.
 */
interface QueuedMessage {
  handlerId: number;
  message: Uint8Array;
  onData(data: Uint8Array): void;
  resolve(bytes: number): void;
  reject(error: unknown): void;
}

interface PGliteLike {
  isInTransaction(): boolean;
  runExclusive<T>(fn: () => Promise<T>): Promise<T>;
  execProtocolRawStream(message: Uint8Array, options: { onRawData(data: Uint8Array): void }): Promise<void>;
}

interface QueryQueueInternals {
  queue: QueuedMessage[];
  processing: boolean;
  lastHandlerId: number | null;
  db: PGliteLike;
  processQueue(): Promise<void>;
  clearTransactionIfNeeded(handlerId: number): Promise<void>;
}

// Parse, Bind, Describe, Execute, Close, Flush: the messages of an extended query before its Sync.
// Anything else (Sync, a simple Query, the untyped startup packet, Terminate) ends the unit, so an idle
// connection never holds the queue.
const EXTENDED_QUERY_PARTS = new Set([0x50, 0x42, 0x44, 0x45, 0x43, 0x48]);

export function pinExtendedQueryMessages(server: object): void {
  const q = (server as { queryQueue?: QueryQueueInternals }).queryQueue;
  if (!q || typeof q.processQueue !== 'function') throw new Error('pglite-socket internals changed: review pglite-protocol-pinning.ts');
  let pinned: number | null = null;

  q.processQueue = async function processQueue(this: QueryQueueInternals): Promise<void> {
    if (this.processing || this.queue.length === 0) return;
    this.processing = true;
    try {
      while (this.queue.length > 0) {
        const owner = this.db.isInTransaction() && this.lastHandlerId ? this.lastHandlerId : pinned;
        const index = owner === null ? 0 : this.queue.findIndex((m) => m.handlerId === owner);
        if (index === -1) break; // the owner's next message will arrive and restart the loop
        const [item] = this.queue.splice(index, 1);
        let bytes = 0;
        try {
          await this.db.runExclusive(() => this.db.execProtocolRawStream(item.message, { onRawData: (d) => ((bytes += d.length), item.onData(d)) }));
        } catch (e) {
          pinned = null;
          item.reject(e);
          continue;
        }
        this.lastHandlerId = item.handlerId;
        const type = item.message[0];
        pinned = EXTENDED_QUERY_PARTS.has(type) ? item.handlerId : null;
        item.resolve(bytes);
      }
    } finally {
      this.processing = false;
    }
  }.bind(q);

  const clear = q.clearTransactionIfNeeded.bind(q);
  q.clearTransactionIfNeeded = async (handlerId: number) => {
    if (pinned === handlerId) pinned = null; // a connection gone mid-query must not block the rest
    await clear(handlerId);
    await q.processQueue();
  };
}
