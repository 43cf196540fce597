import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { COMMITMENT_STREAM } from '@accord/commitments/contracts';
import { RECOMMENDATION_STREAM } from '@accord/follow-up/contracts';
import { EventEnvelope } from '@accord/shared/contracts';
import { LiveUpdatePublisher } from '@accord/shared/live';
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
    const targets = targetsOf(e);
    if (targets.length === 0) return;
    // Joined from the event's targets so the (target_kind, target_id) index is used; the first target wins per person.
    const followers: { person_id: string; target_kind: FollowTargetKind; target_id: string }[] = await m.query(
      `SELECT DISTINCT ON (f.person_id) f.person_id, f.target_kind, f.target_id
       FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS t(kind, id, n)
       JOIN subscriptions.follow f ON f.active AND f.target_kind = t.kind AND f.target_id = t.id
       ORDER BY f.person_id, t.n`,
      [targets.map((t) => t.kind), targets.map((t) => t.id)],
    );
    const detail = JSON.stringify(detailOf(e.payload));
    for (const f of followers) {
      // The person who made the change needs no notice of it.
      if (e.actor?.personId === f.person_id) continue;
      await m.query(
        `INSERT INTO subscriptions.notification (id, event_id, person_id, type, stream, aggregate_id, target_kind, target_id, at, detail)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10) ON CONFLICT (event_id, person_id) DO NOTHING`,
        [randomUUID(), e.eventId, f.person_id, e.type, e.stream, e.aggregateId, f.target_kind, f.target_id, e.occurredAt, detail],
      );
    }
  }

  async afterCommit(e: EventEnvelope): Promise<void> {
    for (const n of await this.notifications.ofEvent(e.eventId)) {
      const { personId, ...view } = n;
      this.live.publish({ type: 'FollowNotificationRaised', aggregateId: e.aggregateId, occurredAt: e.occurredAt, view }, { kind: 'people', personIds: [personId] });
    }
  }
}
