import { MigrationInterface, QueryRunner } from 'typeorm';

/** Regional emergency consultations and the transport capacity exchange, as the crisis room shows them. */
export class CrisisRoomRegionalResponse1765069400000 implements MigrationInterface {
  name = 'CrisisRoomRegionalResponse1765069400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE SCHEMA IF NOT EXISTS crisis_room');
    await q.query(`CREATE TABLE IF NOT EXISTS crisis_room.consultation (
      id uuid PRIMARY KEY,
      alert_id uuid NOT NULL,
      secretariat_id text NOT NULL,
      process text NOT NULL,
      title text NOT NULL,
      scheduled_at timestamptz NOT NULL,
      status text NOT NULL,
      invited_state_ids jsonb NOT NULL,
      agency_ids jsonb NOT NULL,
      attendance jsonb NOT NULL DEFAULT '{}'::jsonb,
      decisions jsonb NOT NULL DEFAULT '[]'::jsonb,
      changed_at timestamptz NOT NULL,
      version int NOT NULL)`);
    await q.query('CREATE INDEX IF NOT EXISTS room_consultation_alert_idx ON crisis_room.consultation (alert_id, scheduled_at DESC)');
    // Offers and requests share one stream: one version row per aggregate keeps the gap check.
    await q.query(`CREATE TABLE IF NOT EXISTS crisis_room.capacity_aggregate (id uuid PRIMARY KEY, version int NOT NULL)`);
    await q.query(`CREATE TABLE IF NOT EXISTS crisis_room.capacity_offer (
      id uuid PRIMARY KEY,
      operation_id uuid NOT NULL,
      organisation_id text NOT NULL,
      from_place text NOT NULL,
      to_place text NOT NULL,
      route_key text NOT NULL,
      departure_date date NOT NULL,
      seats int NOT NULL)`);
    await q.query('CREATE INDEX IF NOT EXISTS room_capacity_offer_op_idx ON crisis_room.capacity_offer (operation_id)');
    await q.query(`CREATE TABLE IF NOT EXISTS crisis_room.capacity_request (
      id uuid PRIMARY KEY,
      operation_id uuid NOT NULL,
      organisation_id text NOT NULL,
      from_place text NOT NULL,
      to_place text NOT NULL,
      route_key text NOT NULL,
      passenger_count int NOT NULL)`);
    await q.query('CREATE INDEX IF NOT EXISTS room_capacity_request_op_idx ON crisis_room.capacity_request (operation_id)');
    await q.query(`CREATE TABLE IF NOT EXISTS crisis_room.capacity_match (
      id uuid PRIMARY KEY,
      offer_id uuid NOT NULL,
      request_id uuid NOT NULL,
      operation_id uuid NOT NULL,
      route_key text NOT NULL,
      seats int NOT NULL,
      status text NOT NULL)`);
    await q.query('CREATE INDEX IF NOT EXISTS room_capacity_match_op_idx ON crisis_room.capacity_match (operation_id)');
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['capacity_match', 'capacity_request', 'capacity_offer', 'capacity_aggregate', 'consultation']) await q.query(`DROP TABLE IF EXISTS crisis_room.${t}`);
  }
}
