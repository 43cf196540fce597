import { DataSource, EntityManager } from 'typeorm';
import { EventEnvelope } from '@accord/shared/contracts';

/** One (event, consumer) pair of a batch and the effect to run when the pair is new. */
export interface BatchEffect {
  readonly consumer: string;
  readonly envelope: EventEnvelope;
  readonly effect: (manager: EntityManager) => Promise<void>;
}

/**
 * `applyOnce` for a whole batch in ONE transaction: every inbox row in one statement, then the new
 * pairs' effects in the given order. A failure rolls everything back (the caller retries one by one),
 * so the exactly-once guarantee is the same as applying them singly. Returns the pairs that ran.
 */
export async function applyBatchOnce(dataSource: DataSource, effects: readonly BatchEffect[]): Promise<BatchEffect[]> {
  if (effects.length === 0) return [];
  return dataSource.transaction(async (manager) => {
    // Same durability reasoning as applyOnce: the later synchronous checkpoint flushes this WAL.
    await manager.query(`SET LOCAL synchronous_commit = off`);
    const inserted: { event_id: string; consumer: string }[] = await manager.query(
      `INSERT INTO messaging.inbox_message (event_id, consumer)
       SELECT * FROM unnest($1::uuid[], $2::text[]) ON CONFLICT DO NOTHING RETURNING event_id, consumer`,
      [effects.map((e) => e.envelope.eventId), effects.map((e) => e.consumer)],
    );
    const isNew = new Set(inserted.map((r) => `${r.event_id}|${r.consumer}`));
    const applied: BatchEffect[] = [];
    for (const e of effects) {
      // delete: the log may hold a re-sent event twice, even within one batch.
      if (!isNew.delete(`${e.envelope.eventId}|${e.consumer}`)) continue;
      await e.effect(manager);
      applied.push(e);
    }
    return applied;
  });
}
