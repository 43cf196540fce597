import { ICommand } from '@nestjs/cqrs';
import { SqlStatement } from './sql-statement';

/**
 * Told about every command the TransactionalCommandBus runs: `accepted` gives the audit row to write
 * in the command's own transaction (it commits with the change or not at all), `refused` is told
 * after a rollback.
 */
export abstract class CommandAuditor {
  abstract accepted(command: ICommand): SqlStatement;
  abstract refused(command: ICommand, error: unknown): void;
}
