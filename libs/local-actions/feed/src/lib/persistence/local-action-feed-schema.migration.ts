import { MigrationInterface, QueryRunner } from 'typeorm';

/** The peer feed of local actions: rebuilt from the local-actions stream, never from the write tables. */
export class LocalActionFeedSchema1732780805100 implements MigrationInterface {
  name = 'LocalActionFeedSchema1732780805100';

  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE SCHEMA IF NOT EXISTS local_action_feed');
    await q.query(`CREATE TABLE IF NOT EXISTS local_action_feed.local_action_view (
      id uuid PRIMARY KEY,
      city_organisation_id text NOT NULL,
      city_name text NOT NULL,
      title text NOT NULL,
      description text NOT NULL,
      action_date date NOT NULL,
      place_name text NOT NULL,
      country text NOT NULL,
      status text NOT NULL,
      beneficiaries int NOT NULL,
      commitment_ids uuid[] NOT NULL,
      recommendation_ids uuid[] NOT NULL,
      version int NOT NULL,
      reported_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL)`);
    await q.query('CREATE INDEX IF NOT EXISTS local_action_view_reported_idx ON local_action_feed.local_action_view (reported_at DESC, id)');
    await q.query('CREATE INDEX IF NOT EXISTS local_action_view_commitments_idx ON local_action_feed.local_action_view USING gin (commitment_ids)');
    await q.query('CREATE INDEX IF NOT EXISTS local_action_view_country_idx ON local_action_feed.local_action_view (country)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP SCHEMA IF EXISTS local_action_feed CASCADE');
  }
}
