import { EntityManager } from 'typeorm';
import { EventEnvelope } from '@accord/shared/contracts';
import { VersionGap } from './version-gap.error';

/** Tables whose rows carry the version of one aggregate (names from code, never from input). */
export type VersionedTable = 'crisis_room.alert' | 'crisis_room.consular_request' | 'crisis_room.evacuation_operation';

/**
 * Locks the aggregate's row and says whether this event is the next one: false for a redelivery
 * (already applied), a VersionGap when an earlier event is missing.
 */
export async function isNextVersion(m: EntityManager, table: VersionedTable, e: EventEnvelope): Promise<boolean> {
  const rows: { version: number }[] = await m.query(`SELECT version FROM ${table} WHERE id = $1 FOR UPDATE`, [e.aggregateId]);
  const have = rows[0]?.version ?? 0;
  if (e.aggregateVersion <= have) return false;
  if (e.aggregateVersion !== have + 1) throw new VersionGap(e.stream, e.aggregateId, have, e.aggregateVersion);
  return true;
}
