import { randomUUID } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EvacuationOperation } from '@accord/evacuations/domain';
import { CLOCK, Clock } from '@accord/shared/kernel';
import { EvacuationOperationRepository } from '../../ports/evacuation-operation.repository';
import { actingOrganisation } from '../acting-organisation';
import { OperationSaved } from '../saved';
import { OpenEvacuationOperationCommand } from './open-evacuation-operation.command';

@CommandHandler(OpenEvacuationOperationCommand)
export class OpenEvacuationOperationHandler implements ICommandHandler<OpenEvacuationOperationCommand, OperationSaved> {
  constructor(private readonly operations: EvacuationOperationRepository, @Inject(CLOCK) private readonly clock: Clock) {}

  async execute({ context, alertId, country, name, targets }: OpenEvacuationOperationCommand): Promise<OperationSaved> {
    const org = actingOrganisation(context);
    const op = EvacuationOperation.open(randomUUID(), { organisationId: org.id, kind: org.kind }, { alertId, country, name, targets }, this.clock);
    await this.operations.save(op, context);
    return { id: op.id, version: op.version };
  }
}
