import { EntityManager } from 'typeorm';
import { EventEnvelope } from '@accord/shared/contracts';
import { VersionGap } from './version-gap.error';

/**
 * Locks the row holding an aggregate's projected version and says whether `e` is the next event:
 * false for a redelivery of one already applied; VersionGap when an earlier one is missing.
 */
export async function isNextVersion(m: EntityManager, table: string, idColumn: string, e: EventEnvelope): Promise<boolean> {
  const rows: { version: number }[] = await m.query(`SELECT version FROM ${table} WHERE ${idColumn} = $1 FOR UPDATE`, [e.aggregateId]);
  const have = rows[0]?.version ?? 0;
  if (e.aggregateVersion <= have) return false;
  if (e.aggregateVersion !== have + 1) throw new VersionGap(e.aggregateId, have, e.aggregateVersion);
  await m.query(`UPDATE ${table} SET version = $2 WHERE ${idColumn} = $1`, [e.aggregateId, e.aggregateVersion]);
  return true;
}
