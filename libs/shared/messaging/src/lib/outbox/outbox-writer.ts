import { EntityManager } from 'typeorm';
import { EventEnvelope, EventRegistry } from '@accord/shared/contracts';
import { eventHash, GENESIS_HASH } from '../integrity/event-hash';
import { SqlStatement } from './sql-statement';

interface OutboxRow {
  ord: number;
  event_id: string;
  type: string;
  version: number;
  topic: string;
  key: string;
  envelope: EventEnvelope;
  prev_hash: string;
  hash: string;
}

/**
 * Writes validated envelopes to `messaging.outbox_message` through the caller's transaction, each
 * chained to the previous event of its aggregate stream (tamper evidence, tools/verify-history).
 */
export class OutboxWriter {
  constructor(private readonly registry: EventRegistry) {}

  async append(manager: EntityManager, outbox: string, envelopes: readonly EventEnvelope[]): Promise<void> {
    const statement = await this.appendStatement(manager, outbox, envelopes);
    if (statement) await manager.query(statement.sql, [...statement.params]);
  }

  /**
   * The insert `append` would run, for the caller to run (or combine) later in the same transaction.
   * `knownHeads` (stream key → last hash, as `streamKey` builds it) spares the lookup of streams whose
   * head the caller read together with the aggregate.
   */
  async appendStatement(manager: EntityManager, outbox: string, envelopes: readonly EventEnvelope[], knownHeads: ReadonlyMap<string, string> = new Map()): Promise<SqlStatement | null> {
    if (envelopes.length === 0) return null;
    // Validate all first: an invalid event must abort the whole command, not half of its events.
    const valid = envelopes.map((e) => this.registry.validate<EventEnvelope>(e));
    const heads = new Map([...(await this.streamHeads(manager, valid.filter((e) => !knownHeads.has(streamKey(e.stream, e.aggregateId))))), ...knownHeads]);
    const rows: OutboxRow[] = valid.map((e, ord) => {
      const stream = streamKey(e.stream, e.aggregateId);
      const prev = heads.get(stream) ?? GENESIS_HASH;
      const hash = eventHash(prev, e);
      heads.set(stream, hash);
      return { ord, event_id: e.eventId, type: e.type, version: e.version, topic: e.stream, key: e.aggregateId, envelope: e, prev_hash: prev, hash };
    });
    // Ids follow the given order (ORDER BY feeds the bigserial). One parameter and one statement
    // whatever the batch size (no 65k bind-parameter limit).
    return {
      sql: `INSERT INTO messaging.outbox_message (outbox, event_id, type, version, topic, key, envelope, prev_hash, hash)
       SELECT $1, r.event_id, r.type, r.version, r.topic, r.key, r.envelope, r.prev_hash, r.hash
       FROM jsonb_to_recordset($2::jsonb) AS r(ord int, event_id uuid, type text, version int, topic text, key text, envelope jsonb, prev_hash text, hash text)
       ORDER BY r.ord`,
      params: [outbox, JSON.stringify(rows)],
    };
  }

  /**
   * The last hash of each aggregate stream touched. Concurrent writers of one aggregate are already
   * serialised by its optimistic version check (the state row's UPDATE waits), so this read is stable.
   */
  private async streamHeads(manager: EntityManager, envelopes: readonly EventEnvelope[]): Promise<Map<string, string>> {
    const continuing = envelopes.filter((e) => e.aggregateVersion > 1);
    if (continuing.length === 0) return new Map();
    const streams = [...new Map(continuing.map((e) => [streamKey(e.stream, e.aggregateId), { topic: e.stream, key: e.aggregateId }])).values()];
    const rows: { topic: string; key: string; hash: string }[] = await manager.query(
      `SELECT DISTINCT ON (o.topic, o.key) o.topic, o.key, o.hash
       FROM messaging.outbox_message o JOIN jsonb_to_recordset($1::jsonb) AS s(topic text, key text) ON o.topic = s.topic AND o.key = s.key
       WHERE o.hash IS NOT NULL ORDER BY o.topic, o.key, o.id DESC`,
      [JSON.stringify(streams)],
    );
    return new Map(rows.map((r) => [streamKey(r.topic, r.key), r.hash]));
  }
}

/** How stream heads are keyed: topic and aggregate id. */
export function streamKey(topic: string, aggregateId: string): string {
  return `${topic}\u0000${aggregateId}`;
}
