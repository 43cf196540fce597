import { DataSource, EntityManager } from 'typeorm';
import { EventEnvelope } from '@accord/shared/contracts';

/**
 * Applies `effect` at most once per (event, consumer): the inbox row and the effect commit in one
 * transaction, so a redelivered event finds its inbox row and is skipped. Returns false when it was
 * already applied. A concurrent duplicate blocks on the primary key until the first commits.
 */
export async function applyOnce(
  dataSource: DataSource,
  consumer: string,
  envelope: EventEnvelope,
  effect: (manager: EntityManager) => Promise<void>,
): Promise<boolean> {
  return dataSource.transaction(async (manager) => {
    // No fsync wait per event: the checkpoint is written later with a synchronous commit, which flushes
    // this WAL too; if the server dies first, the checkpoint was not durable either and the event is
    // redelivered and applied (its inbox row went with it). Read models stay exactly-once.
    await manager.query(`SET LOCAL synchronous_commit = off`);
    const inserted: unknown[] = await manager.query(
      `INSERT INTO messaging.inbox_message (event_id, consumer) VALUES ($1, $2)
       ON CONFLICT DO NOTHING RETURNING event_id`,
      [envelope.eventId, consumer],
    );
    if (inserted.length === 0) return false;
    await effect(manager);
    return true;
  });
}
