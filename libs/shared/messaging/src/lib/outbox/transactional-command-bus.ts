import { Injectable, Optional } from '@nestjs/common';
import { CommandBus, ICommand } from '@nestjs/cqrs';
import { IdempotencyContext } from '../idempotency/idempotency-context';
import { CommandAuditor } from './command-auditor';
import { UnitOfWork } from './unit-of-work';

/**
 * The transaction boundary (CONVENTIONS §2): every command runs in one UnitOfWork, so the handler's
 * state changes, its outbox rows and its audit row commit together or not at all. Controllers use this bus.
 */
@Injectable()
export class TransactionalCommandBus {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly commandBus: CommandBus,
    @Optional() private readonly auditor?: CommandAuditor,
    @Optional() private readonly idempotency?: IdempotencyContext,
  ) {}

  async execute<TResult = unknown>(command: ICommand): Promise<TResult> {
    try {
      return await this.uow.run(async () => {
        const result = (await this.commandBus.execute(command)) as TResult;
        if (this.auditor) this.uow.defer(this.auditor.accepted(command));
        const executed = this.idempotency?.executed(result);
        if (executed) this.uow.defer(executed);
        return result;
      });
    } catch (e) {
      this.auditor?.refused(command, e);
      throw e;
    }
  }
}
