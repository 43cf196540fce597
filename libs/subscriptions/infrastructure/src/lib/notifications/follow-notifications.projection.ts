import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { COMMITMENT_STREAM } from '@accord/commitments/contracts';
import { RECOMMENDATION_STREAM } from '@accord/follow-up/contracts';
import { EventEnvelope } from '@accord/shared/contracts';
import { LiveUpdatePublisher } from '@accord/shared/live';
import { runCombined, SqlStatement } from '@accord/shared/messaging';
import { PUBLIC_STREAMS } from '@accord/subscriptions/application';
import { FollowTarget, FollowTargetKind, targetsOfEvent } from '@accord/subscriptions/domain';
import { FollowNotificationQueries } from './follow-notification.queries';

/** Public fields worth a line in a notification; everything else stays behind the link. */
const DETAIL_FIELDS = ['title', 'to', 'percent', 'consolidatedPercent', 'response', 'rating', 'dueDate', 'daysOverdue', 'status'];

function detailOf(payload: unknown): Record<string, unknown> {
  const p = (payload ?? {}) as Record<string, unknown>;
  return Object.fromEntries(DETAIL_FIELDS.filter((k) => ['string', 'number', 'boolean'].includes(typeof p[k])).map((k) => [k, p[k]]));
}

/** The aggregate itself is a target too: a CommitmentStatusChanged names its commitment only by aggregate id. */
function targetsOf(e: EventEnvelope): FollowTarget[] {
  const own: FollowTarget[] = e.stream === COMMITMENT_STREAM ? [{ kind: 'commitment', id: e.aggregateId }] : e.stream === RECOMMENDATION_STREAM ? [{ kind: 'recommendation', id: e.aggregateId }] : [];
  const all = [...own, ...targetsOfEvent(e.payload)];
  return all.filter((t, i) => all.findIndex((o) => o.kind === t.kind && o.id === t.id) === i);
}

/**
 * For each public event about something people follow: one notification row per follower (the
 * first followed target it touches), pushed live to that person only. Never reads a non-public stream.
 */
@Injectable()
export class FollowNotificationsProjection {
  readonly name = 'subscriptions.follow-notifications';
  readonly topics = PUBLIC_STREAMS;

  constructor(private readonly notifications: FollowNotificationQueries, private readonly live: LiveUpdatePublisher) {}

  async apply(e: EventEnvelope, m: EntityManager): Promise<void> {
    await runCombined(m, await this.applyBatch([e], m));
  }

  /** Reads the followers; the notification rows come back to go out with the batch's other final writes. */
  async applyBatch(envelopes: readonly EventEnvelope[], m: EntityManager): Promise<SqlStatement[]> {
    const targets = envelopes.flatMap((e, ev) => targetsOf(e).map((t) => ({ ev, ...t })));
    if (targets.length === 0) return [];
    // Joined from the events' targets so the (target_kind, target_id) index is used; per event, the first target wins per person.
    const followers: { ev: number; person_id: string; target_kind: FollowTargetKind; target_id: string }[] = await m.query(
      `SELECT DISTINCT ON (t.ev, f.person_id) t.ev, f.person_id, f.target_kind, f.target_id
       FROM unnest($1::int[], $2::text[], $3::text[]) WITH ORDINALITY AS t(ev, kind, id, n)
       JOIN subscriptions.follow f ON f.active AND f.target_kind = t.kind AND f.target_id = t.id
       ORDER BY t.ev, f.person_id, t.n`,
      [targets.map((t) => t.ev), targets.map((t) => t.kind), targets.map((t) => t.id)],
    );
    const rows = followers
      .map((f) => ({ f, e: envelopes[f.ev] }))
      // The person who made the change needs no notice of it.
      .filter(({ f, e }) => e.actor?.personId !== f.person_id)
      .map(({ f, e }) => ({ id: randomUUID(), event_id: e.eventId, person_id: f.person_id, type: e.type, stream: e.stream, aggregate_id: e.aggregateId, target_kind: f.target_kind, target_id: f.target_id, at: e.occurredAt, detail: detailOf(e.payload) }));
    if (rows.length === 0) return [];
    return [{
      sql: `INSERT INTO subscriptions.notification (id, event_id, person_id, type, stream, aggregate_id, target_kind, target_id, at, detail)
       SELECT r.id, r.event_id, r.person_id, r.type, r.stream, r.aggregate_id, r.target_kind, r.target_id, r.at, r.detail
       FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, event_id uuid, person_id text, type text, stream text, aggregate_id text, target_kind text, target_id text, at timestamptz, detail jsonb)
       ON CONFLICT (event_id, person_id) DO NOTHING`,
      params: [JSON.stringify(rows)],
    }];
  }

  afterCommit(e: EventEnvelope): Promise<void> {
    return this.afterCommitBatch([e]);
  }

  async afterCommitBatch(envelopes: readonly EventEnvelope[]): Promise<void> {
    const byEvent = new Map(envelopes.map((e) => [e.eventId, e]));
    for (const n of await this.notifications.ofEvents([...byEvent.keys()])) {
      const { personId, ...view } = n;
      const e = byEvent.get(view.eventId) as EventEnvelope;
      this.live.publish({ type: 'FollowNotificationRaised', aggregateId: e.aggregateId, occurredAt: e.occurredAt, view }, { kind: 'people', personIds: [personId] });
    }
  }
}
