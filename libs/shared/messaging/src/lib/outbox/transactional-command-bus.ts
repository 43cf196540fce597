import { Injectable } from '@nestjs/common';
import { CommandBus, ICommand } from '@nestjs/cqrs';
import { UnitOfWork } from './unit-of-work';

/**
 * The transaction boundary (CONVENTIONS §2): every command runs in one UnitOfWork, so the handler's
 * state changes and its outbox rows commit together or not at all. Controllers use this bus.
 */
@Injectable()
export class TransactionalCommandBus {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly commandBus: CommandBus,
  ) {}

  execute<TResult = unknown>(command: ICommand): Promise<TResult> {
    return this.uow.run(() => this.commandBus.execute(command) as Promise<TResult>);
  }
}
