import { EntityManager } from 'typeorm';
import { EventEnvelope } from '@accord/shared/contracts';
import { VersionGap } from '../projection/version-gap.error';

/** Tables of this projection whose rows carry one aggregate's version (names from code, never from input). */
export type RegionalVersionedTable = 'crisis_room.consultation' | 'crisis_room.capacity_aggregate';

/** Locks the aggregate's row; false for a redelivery, a VersionGap when an earlier event is missing. */
export async function isNextRegionalVersion(m: EntityManager, table: RegionalVersionedTable, e: EventEnvelope): Promise<boolean> {
  const rows: { version: number }[] = await m.query(`SELECT version FROM ${table} WHERE id = $1 FOR UPDATE`, [e.aggregateId]);
  const have = rows[0]?.version ?? 0;
  if (e.aggregateVersion <= have) return false;
  if (e.aggregateVersion !== have + 1) throw new VersionGap(e.stream, e.aggregateId, have, e.aggregateVersion);
  return true;
}
