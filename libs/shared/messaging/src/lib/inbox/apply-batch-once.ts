import { DataSource, EntityManager } from 'typeorm';
import { EventEnvelope } from '@accord/shared/contracts';
import { runCombined, SqlStatement } from '../outbox/sql-statement';

/** One consumer's share of a batch (log order) and how to apply the events it has not seen yet. */
export interface BatchShare {
  readonly consumer: string;
  readonly envelopes: readonly EventEnvelope[];
  /** May return final writes (nothing later in the batch reads them): they run combined, just before commit. */
  apply(fresh: readonly EventEnvelope[], manager: EntityManager): Promise<void | readonly SqlStatement[]>;
}

/**
 * `applyOnce` for a whole batch in ONE transaction: the inbox rows of every consumer in one statement,
 * then each share's `apply` with its new events, in the order given. A failure rolls everything back
 * (the caller retries one by one), so the exactly-once guarantee is the same as applying them singly.
 * Returns, for each share, the events that ran.
 */
export async function applyBatchOnce(dataSource: DataSource, shares: readonly BatchShare[]): Promise<EventEnvelope[][]> {
  const pairs = shares.flatMap((s) => [...new Set(s.envelopes.map((e) => e.eventId))].map((id) => ({ id, consumer: s.consumer })));
  if (pairs.length === 0) return shares.map(() => []);
  return dataSource.transaction(async (manager) => {
    // No fsync wait: the consumer's checkpoint is written after this commit, so WAL order makes this
    // durable whenever that checkpoint is; if both are lost, the batch is redelivered and applied again
    // together with its inbox rows. Read models stay exactly-once.
    const inserted: { event_id: string; consumer: string }[] = await manager.query(
      `INSERT INTO messaging.inbox_message (event_id, consumer)
       SELECT t.event_id, t.consumer FROM unnest($1::uuid[], $2::text[]) AS t(event_id, consumer), (SELECT set_config('synchronous_commit', 'off', true)) async_commit
       ON CONFLICT DO NOTHING RETURNING event_id, consumer`,
      [pairs.map((p) => p.id), pairs.map((p) => p.consumer)],
    );
    const isNew = new Set(inserted.map((r) => `${r.event_id}|${r.consumer}`));
    const applied: EventEnvelope[][] = [];
    const finalWrites: SqlStatement[] = [];
    for (const share of shares) {
      // delete: the log may hold a re-sent event twice, even within one batch.
      const fresh = share.envelopes.filter((e) => isNew.delete(`${e.eventId}|${share.consumer}`));
      if (fresh.length > 0) finalWrites.push(...((await share.apply(fresh, manager)) ?? []));
      applied.push(fresh);
    }
    await runCombined(manager, finalWrites);
    return applied;
  });
}
