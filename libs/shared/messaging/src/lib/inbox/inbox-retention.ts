import { DataSource } from 'typeorm';
import { RetentionTask } from '../retention/retention-sweep';

/**
 * How long a consumer remembers that it applied an event. Longer than any duplicate can arrive late:
 * a relay re-sending after a transport outage, a Kafka consumer re-reading uncommitted offsets.
 */
export const DEFAULT_INBOX_RETENTION_DAYS = 14;

/**
 * Forgets inbox rows older than the retention, a bounded batch per statement so no delete holds its
 * locks for long. Without it the inbox grows by one row per event and consumer group for ever, and
 * every consumer's insert into its primary key gets slower as it does.
 */
export class InboxRetention implements RetentionTask {
  readonly name = 'inbox';

  constructor(
    private readonly dataSource: DataSource,
    private readonly retentionDays = DEFAULT_INBOX_RETENTION_DAYS,
    private readonly batch = 5_000,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async purge(): Promise<number> {
    const before = new Date(this.now().getTime() - this.retentionDays * 24 * 3600_000);
    let total = 0;
    for (;;) {
      const [{ n }]: { n: number }[] = await this.dataSource.query(
        `WITH gone AS (
           DELETE FROM messaging.inbox_message WHERE ctid = ANY (ARRAY(
             SELECT ctid FROM messaging.inbox_message WHERE processed_at < $1 LIMIT $2))
           RETURNING 1)
         SELECT count(*)::int AS n FROM gone`,
        [before, this.batch],
      );
      total += n;
      if (n < this.batch) return total;
    }
  }
}

/** ACCORD_INBOX_RETENTION_DAYS, or the default; anything but a whole number of days ≥ 1 stops the start. */
export function inboxRetentionDaysFromEnv(env: NodeJS.ProcessEnv): number {
  const raw = env['ACCORD_INBOX_RETENTION_DAYS'];
  if (raw === undefined || raw === '') return DEFAULT_INBOX_RETENTION_DAYS;
  const days = Number(raw);
  if (!Number.isInteger(days) || days < 1) throw new Error(`ACCORD_INBOX_RETENTION_DAYS must be a whole number of days, at least 1 (got "${raw}")`);
  return days;
}
