#!/usr/bin/env node
// Re-drives dead letters of the embedded transport after the cause was fixed: each one's envelope is
// appended again to its original topic (the consumers' inbox makes a second delivery harmless).
//   node tools/scripts/redrive-dlq.mjs --database-url <url> --topic <original topic> [--event-id <uuid>] [--dry-run]
// Kafka deployments re-drive with their own tooling from `<topic>.dlq`.
import pg from 'pg';

// Same lock as EmbeddedTransport.publish: appends are serialised so positions appear in commit order.
const EVENT_LOG_APPEND_LOCK = 4_242_101;
const EVENT_LOG_CHANNEL = 'accord_event_log';

function arg(name) {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const url = arg('--database-url') ?? process.env.DATABASE_URL;
const topic = arg('--topic');
const eventId = arg('--event-id');
const dryRun = process.argv.includes('--dry-run');
if (!url || !topic) {
  console.error('usage: redrive-dlq.mjs --database-url <url> --topic <original topic> [--event-id <uuid>] [--dry-run]');
  process.exit(2);
}

const client = new pg.Client({ connectionString: url, application_name: 'redrive-dlq' });
await client.connect();
try {
  await client.query('BEGIN');
  await client.query('SELECT pg_advisory_xact_lock($1)', [EVENT_LOG_APPEND_LOCK]);
  // One re-drive per event: every consumer group that gave up on it (several services read one stream) left
  // its own dead letter, and one copy back on the topic reaches every group again (the inbox skips
  // it where it was applied). A dead letter counts as re-driven once the event was re-driven after it.
  const { rows } = await client.query(
    `SELECT d.event_id, min(d.key) AS key, (array_agg(d.envelope ORDER BY d.position))[1] AS envelope,
            json_agg(json_build_object('position', d.position::text, 'group', d.headers->>'group', 'reason', d.headers->>'reason') ORDER BY d.position) AS letters
     FROM messaging.event_log d
     WHERE d.topic = $1 AND ($2::uuid IS NULL OR d.event_id = $2::uuid)
       AND NOT EXISTS (SELECT 1 FROM messaging.event_log r WHERE r.topic = $3 AND r.event_id = d.event_id AND r.headers ? 'redrivenFrom' AND r.position > d.position)
     GROUP BY d.event_id
     ORDER BY min(d.position)`,
    [`${topic}.dlq`, eventId ?? null, topic],
  );
  for (const r of rows) {
    const letters = r.letters.map((l) => `${l.group ?? 'a group'} at ${l.position}: ${l.reason ?? 'no reason recorded'}`);
    console.log(`${dryRun ? 'would re-drive' : 're-driving'} ${r.envelope.type} ${r.event_id} (dead-lettered by ${letters.join('; ')})`);
    if (dryRun) continue;
    await client.query(`INSERT INTO messaging.event_log (topic, key, event_id, envelope, headers) VALUES ($1, $2, $3, $4, $5)`, [
      topic, r.key, r.event_id, r.envelope, { redrivenFrom: r.letters.map((l) => l.position).join(','), reason: r.letters.map((l) => l.reason ?? '').join('; ') },
    ]);
  }
  if (!dryRun && rows.length) await client.query(`NOTIFY ${EVENT_LOG_CHANNEL}`);
  await client.query(dryRun ? 'ROLLBACK' : 'COMMIT');
  console.log(`${rows.length} dead letter(s) ${dryRun ? 'found' : 're-driven'} from ${topic}.dlq (one per event)`);
} catch (e) {
  await client.query('ROLLBACK').catch(() => undefined);
  throw e;
} finally {
  await client.end();
}
