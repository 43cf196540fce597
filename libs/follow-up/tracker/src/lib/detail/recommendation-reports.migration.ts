import { MigrationInterface, QueryRunner } from 'typeorm';

/** Every follow-up report, one row per FollowUpReported event, for the recommendation detail. */
export class RecommendationReportsSchema1732780808500 implements MigrationInterface {
  name = 'RecommendationReportsSchema1732780808500';

  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE SCHEMA IF NOT EXISTS tracker');
    await q.query(`CREATE TABLE IF NOT EXISTS tracker.follow_up_report (
      event_id uuid PRIMARY KEY, recommendation_id uuid NOT NULL, aggregate_version int NOT NULL, addressee_id text NOT NULL, narrative text NOT NULL,
      commitment_ids uuid[] NOT NULL, local_action_ids uuid[] NOT NULL, on_time boolean NOT NULL, reported_at timestamptz NOT NULL)`);
    await q.query('CREATE INDEX IF NOT EXISTS follow_up_report_recommendation_idx ON tracker.follow_up_report (recommendation_id, aggregate_version)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE IF EXISTS tracker.follow_up_report');
  }
}
