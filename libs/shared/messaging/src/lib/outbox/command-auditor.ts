import { ICommand } from '@nestjs/cqrs';
import { EntityManager } from 'typeorm';

/**
 * Told about every command the TransactionalCommandBus runs: `accepted` inside the command's own
 * transaction (the audit row commits with the change or not at all), `refused` after a rollback.
 */
export abstract class CommandAuditor {
  abstract accepted(command: ICommand, manager: EntityManager): Promise<void>;
  abstract refused(command: ICommand, error: unknown): void;
}
