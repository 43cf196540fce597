import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { COMMITMENT_STREAM } from '@accord/commitments/contracts';
import { EventEnvelope } from '@accord/shared/contracts';

const EVENTS_PER_COMMITMENT = 10;
const ORGS = ['bd', 'my', 'ph', 'ca', 'au', 'tn', 'eg', 'ly'];

/**
 * A commitment's life as the write side records it: logged (v1), a first progress report (v2) that
 * moves it to in_progress (v3), then seven more reports (v4–v10). Aggregates are interleaved in the
 * log (all v1 of a group, then all v2, …), as concurrent writers would produce.
 */
export function commitmentLife(id: string, at: Date): EventEnvelope[] {
  const org = ORGS[id.charCodeAt(0) % ORGS.length];
  const actor = { personId: randomUUID(), organisationId: `state-${org}` };
  const iso = (v: number) => new Date(at.getTime() + v * 1000).toISOString();
  const env = (v: number, type: string, payload: object): EventEnvelope => ({
    eventId: randomUUID(), type, version: 1, stream: COMMITMENT_STREAM, aggregateId: id, aggregateVersion: v,
    occurredAt: iso(v), actor, correlationId: randomUUID(), causationId: null, payload,
  });
  const events = [
    env(1, 'CommitmentLogged', {
      commitmentId: id, owner: { organisationId: `state-${org}`, name: `State ${org.toUpperCase()}`, kind: 'state', country: org.toUpperCase() },
      title: `Synthetic commitment ${id.slice(0, 8)}`, description: 'Replay benchmark: a pledge with an indicator and a due date.',
      gcmObjectives: [6, 23], sdgTargets: ['10.7'], indicator: 'Workers recruited without fees', baseline: '10 %', targetValue: '90 %',
      dueDate: '2030-12-31', status: 'pledged', loggedAt: iso(1),
    }),
    env(2, 'CommitmentProgressReported', progress(id, 10, iso(2))),
    env(3, 'CommitmentStatusChanged', { commitmentId: id, from: 'pledged', to: 'in_progress', reason: null, changedAt: iso(3) }),
  ];
  for (let v = 4; v <= EVENTS_PER_COMMITMENT; v++) events.push(env(v, 'CommitmentProgressReported', progress(id, v * 10, iso(v))));
  return events;
}

function progress(commitmentId: string, percent: number, reportedAt: string): object {
  return { commitmentId, percent, narrative: 'Synthetic progress report', evidenceUrl: null, evidenceLevel: 'emerging_practice', reportedAt };
}

/** Appends `total` events to messaging.event_log in INSERT batches of `batch` rows; returns rows/s. */
export async function writeSyntheticLog(ds: DataSource, total: number, batch = 5_000): Promise<number> {
  const started = performance.now();
  const group = Math.max(1, Math.floor(batch / EVENTS_PER_COMMITMENT));
  const at = new Date('2026-01-01T00:00:00Z');
  let written = 0;
  while (written < total) {
    const lives = Array.from({ length: group }, () => commitmentLife(randomUUID(), at));
    const rows: EventEnvelope[] = [];
    for (let v = 0; v < EVENTS_PER_COMMITMENT; v++) lives.forEach((l) => rows.push(l[v]));
    const slice = rows.slice(0, total - written).map((e, ord) => ({ ord, key: e.aggregateId, event_id: e.eventId, envelope: e }));
    await ds.query(
      `INSERT INTO messaging.event_log (topic, key, event_id, envelope)
       SELECT $2, r.key, r.event_id, r.envelope FROM jsonb_to_recordset($1::jsonb) AS r(ord int, key text, event_id uuid, envelope jsonb) ORDER BY r.ord`,
      [JSON.stringify(slice), COMMITMENT_STREAM],
    );
    written += slice.length;
  }
  return Math.round(total / ((performance.now() - started) / 1000));
}
