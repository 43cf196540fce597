import { MigrationInterface, QueryRunner } from 'typeorm';

export class FollowUpSchema1732780807000 implements MigrationInterface {
  name = 'FollowUpSchema1732780807000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE SCHEMA IF NOT EXISTS follow_up');
    await q.query(`CREATE TABLE IF NOT EXISTS follow_up.meeting (
      id uuid PRIMARY KEY,
      secretariat_id text NOT NULL,
      version int NOT NULL,
      state jsonb NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now())`);
    await q.query(`CREATE TABLE IF NOT EXISTS follow_up.recommendation (
      id uuid PRIMARY KEY,
      secretariat_id text NOT NULL,
      version int NOT NULL,
      state jsonb NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now())`);
    // One row per addressee, written with the recommendation: the scheduler's index of who still owes a report.
    await q.query(`CREATE TABLE IF NOT EXISTS follow_up.obligation (
      recommendation_id uuid NOT NULL REFERENCES follow_up.recommendation (id),
      addressee_id text NOT NULL,
      due_date date NOT NULL,
      reported boolean NOT NULL DEFAULT false,
      last_reminder_period int NOT NULL DEFAULT -1,
      PRIMARY KEY (recommendation_id, addressee_id))`);
    await q.query('CREATE INDEX IF NOT EXISTS obligation_open_idx ON follow_up.obligation (due_date) WHERE NOT reported');
    // A reminder exists once per period: a second FollowUpOverdue for the same period cannot commit.
    await q.query(`CREATE TABLE IF NOT EXISTS follow_up.reminder (
      recommendation_id uuid NOT NULL,
      addressee_id text NOT NULL,
      period_index int NOT NULL,
      raised_at timestamptz NOT NULL,
      PRIMARY KEY (recommendation_id, addressee_id, period_index))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP SCHEMA IF EXISTS follow_up CASCADE');
  }
}
