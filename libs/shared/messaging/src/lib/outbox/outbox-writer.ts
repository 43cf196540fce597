import { EntityManager } from 'typeorm';
import { EventEnvelope, EventRegistry } from '@accord/shared/contracts';

/** Writes validated envelopes to `messaging.outbox_message` through the caller's transaction. */
export class OutboxWriter {
  constructor(private readonly registry: EventRegistry) {}

  async append(manager: EntityManager, outbox: string, envelopes: readonly EventEnvelope[]): Promise<void> {
    if (envelopes.length === 0) return;
    // Validate all first: an invalid event must abort the whole command, not half of its events.
    const rows = envelopes.map((e, ord) => {
      const valid = this.registry.validate<EventEnvelope>(e);
      return { ord, event_id: valid.eventId, type: valid.type, version: valid.version, topic: valid.stream, key: valid.aggregateId, envelope: valid };
    });
    // Ids follow the given order (ORDER BY feeds the bigserial). One parameter and one statement
    // whatever the batch size (no 65k bind-parameter limit).
    await manager.query(
      `INSERT INTO messaging.outbox_message (outbox, event_id, type, version, topic, key, envelope)
       SELECT $1, r.event_id, r.type, r.version, r.topic, r.key, r.envelope
       FROM jsonb_to_recordset($2::jsonb) AS r(ord int, event_id uuid, type text, version int, topic text, key text, envelope jsonb)
       ORDER BY r.ord`,
      [outbox, JSON.stringify(rows)],
    );
  }
}
