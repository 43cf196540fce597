import { DataSource, EntityManager } from 'typeorm';
import { EventEnvelope } from '@accord/shared/contracts';
import { SqlStatement } from '../outbox/sql-statement';
import { applyBatchOnce } from './apply-batch-once';

/**
 * Applies `effect` at most once per (event, consumer): the inbox row and the effect commit in one
 * transaction, so a redelivered event finds its inbox row and is skipped. Returns false when it was
 * already applied. A concurrent duplicate blocks on the primary key until the first commits.
 */
export async function applyOnce(
  dataSource: DataSource,
  consumer: string,
  envelope: EventEnvelope,
  effect: (manager: EntityManager) => Promise<void | readonly SqlStatement[]>,
): Promise<boolean> {
  const [applied] = await applyBatchOnce(dataSource, [{ consumer, envelopes: [envelope], apply: (_fresh, manager) => effect(manager) }]);
  return applied.length > 0;
}
