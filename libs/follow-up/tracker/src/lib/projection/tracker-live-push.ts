import { Injectable } from '@nestjs/common';
import { RECOMMENDATION_STREAM } from '@accord/follow-up/contracts';
import { EventEnvelope } from '@accord/shared/contracts';
import { LiveUpdatePublisher } from '@accord/shared/live';
import { NotificationQueries } from '../persistence/notification.queries';
import { TrackerQueries } from '../persistence/tracker.queries';

/**
 * After a follow-up event is projected: each notified organisation gets its notification, and the
 * secretariat and the addressees concerned get the changed tracker rows. Never the public.
 */
@Injectable()
export class TrackerLivePush {
  constructor(private readonly tracker: TrackerQueries, private readonly notifications: NotificationQueries, private readonly live: LiveUpdatePublisher) {}

  async after(e: EventEnvelope): Promise<void> {
    if (e.stream !== RECOMMENDATION_STREAM) return;
    for (const n of await this.notifications.ofEvent(e.eventId)) {
      const { organisationId, ...view } = n;
      this.live.publish({ type: 'NotificationRaised', aggregateId: e.aggregateId, occurredAt: e.occurredAt, view }, { kind: 'organisations', organisationIds: [organisationId] });
    }
    const addresseeId = (e.payload as { addresseeId?: string }).addresseeId;
    const rows = await this.tracker.rowsOf(e.aggregateId, addresseeId);
    if (rows.length === 0) return;
    const audience = [...new Set([rows[0].secretariatId, ...rows.map((r) => r.addresseeId)])];
    this.live.publish({ type: e.type, aggregateId: e.aggregateId, occurredAt: e.occurredAt, view: rows }, { kind: 'organisations', organisationIds: audience });
  }
}
