import { MigrationInterface, QueryRunner } from 'typeorm';

export class EvacuationsCapacity1765069300000 implements MigrationInterface {
  name = 'EvacuationsCapacity1765069300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE SCHEMA IF NOT EXISTS evacuations');
    await q.query(`CREATE TABLE IF NOT EXISTS evacuations.capacity_offer (
      id uuid PRIMARY KEY,
      operation_id uuid NOT NULL,
      organisation_id text NOT NULL,
      route_key text NOT NULL,
      departure_date date NOT NULL,
      seats int NOT NULL,
      allocated_seats int NOT NULL,
      version int NOT NULL,
      state jsonb NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT capacity_offer_not_over_allocated CHECK (allocated_seats BETWEEN 0 AND seats))`);
    await q.query('CREATE INDEX IF NOT EXISTS capacity_offer_route_idx ON evacuations.capacity_offer (operation_id, route_key, departure_date)');
    await q.query(`CREATE TABLE IF NOT EXISTS evacuations.capacity_request (
      id uuid PRIMARY KEY,
      operation_id uuid NOT NULL,
      organisation_id text NOT NULL,
      route_key text NOT NULL,
      earliest_date date NOT NULL,
      latest_date date NOT NULL,
      passenger_count int NOT NULL,
      version int NOT NULL,
      state jsonb NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now())`);
    await q.query('CREATE INDEX IF NOT EXISTS capacity_request_route_idx ON evacuations.capacity_request (operation_id, route_key, earliest_date)');
    // One row per match, written with its offer: the matcher's and readers' index across offers.
    await q.query(`CREATE TABLE IF NOT EXISTS evacuations.capacity_match (
      id uuid PRIMARY KEY,
      offer_id uuid NOT NULL REFERENCES evacuations.capacity_offer (id),
      request_id uuid NOT NULL REFERENCES evacuations.capacity_request (id),
      operation_id uuid NOT NULL,
      seats int NOT NULL,
      status text NOT NULL,
      matched_at timestamptz NOT NULL)`);
    await q.query('CREATE INDEX IF NOT EXISTS capacity_match_request_idx ON evacuations.capacity_match (request_id)');
    await q.query('CREATE INDEX IF NOT EXISTS capacity_match_operation_idx ON evacuations.capacity_match (operation_id, matched_at)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE IF EXISTS evacuations.capacity_match');
    await q.query('DROP TABLE IF EXISTS evacuations.capacity_request');
    await q.query('DROP TABLE IF EXISTS evacuations.capacity_offer');
  }
}
