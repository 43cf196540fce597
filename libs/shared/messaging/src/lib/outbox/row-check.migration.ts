import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `messaging.row_check_failed(clause)`: raises ROW_CHECK_FAILED_CODE naming the clause. A command's one
 * autocommitted statement calls it when an optimistic version check fails, so the statement (the state
 * change with its outbox and audit rows) rolls back by itself, without a transaction around it.
 * VOLATILE, so the planner never evaluates it ahead of the CASE that guards it.
 */
export class MessagingRowCheck1732780800003 implements MigrationInterface {
  readonly name = 'MessagingRowCheck1732780800003';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE OR REPLACE FUNCTION messaging.row_check_failed(clause text) RETURNS int
      LANGUAGE plpgsql VOLATILE AS $$
      BEGIN
        RAISE EXCEPTION 'row check failed: %', clause USING ERRCODE = 'AC409';
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP FUNCTION IF EXISTS messaging.row_check_failed(text)');
  }
}
