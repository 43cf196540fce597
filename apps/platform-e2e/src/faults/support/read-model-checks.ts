import { Client } from 'pg';

/** Disagreements between the log of record (the outbox) and the board; all zero when consistent. */
export async function readModelDiscrepancies(sql: Client): Promise<Record<string, number>> {
  const one = async (q: string) => Number((await sql.query<{ n: string }>(q)).rows[0].n);
  return {
    unpublishedOutboxRows: await one(`SELECT count(*) AS n FROM messaging.outbox_message WHERE published_at IS NULL`),
    outboxEventsMissingFromLog: await one(`SELECT count(*) AS n FROM messaging.outbox_message o WHERE NOT EXISTS (SELECT 1 FROM messaging.event_log l WHERE l.event_id = o.event_id)`),
    commitmentsMissingFromBoard: await one(`SELECT count(DISTINCT key) AS n FROM messaging.outbox_message o WHERE o.type = 'CommitmentLogged' AND NOT EXISTS (SELECT 1 FROM board.commitment_view v WHERE v.id::text = o.key)`),
    eventsMissingFromTimeline: await one(`SELECT count(*) AS n FROM messaging.outbox_message o WHERE o.topic = 'accord.commitments.commitment' AND NOT EXISTS (SELECT 1 FROM board.commitment_timeline t WHERE t.event_id = o.event_id)`),
    timelineRowsWithoutEvent: await one(`SELECT count(*) AS n FROM board.commitment_timeline t WHERE NOT EXISTS (SELECT 1 FROM messaging.outbox_message o WHERE o.event_id = t.event_id)`),
    progressCountsNotMatchingLog: await one(`SELECT count(*) AS n FROM board.commitment_view v WHERE v.progress_count <> (SELECT count(*) FROM messaging.outbox_message o WHERE o.key = v.id::text AND o.type = 'CommitmentProgressReported')`),
    versionsNotMatchingLog: await one(`SELECT count(*) AS n FROM board.commitment_view v WHERE v.version <> (SELECT max((o.envelope->>'aggregateVersion')::int) FROM messaging.outbox_message o WHERE o.key = v.id::text)`),
    inboxRowsNotMatchingLog: Math.abs(
      (await one(`SELECT count(*) AS n FROM messaging.inbox_message WHERE consumer = 'board.commitments'`)) -
        (await one(`SELECT count(DISTINCT event_id) AS n FROM messaging.event_log WHERE topic = 'accord.commitments.commitment'`)),
    ),
  };
}

/** The board as comparable text: every view row and timeline row in a fixed order. */
export async function boardSnapshot(sql: Client): Promise<{ views: string[]; timeline: string[] }> {
  const views = await sql.query<{ r: string }>(`SELECT to_jsonb(v)::text AS r FROM board.commitment_view v ORDER BY id`);
  const timeline = await sql.query<{ r: string }>(`SELECT to_jsonb(t)::text AS r FROM board.commitment_timeline t ORDER BY event_id`);
  return { views: views.rows.map((x) => x.r), timeline: timeline.rows.map((x) => x.r) };
}
