import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ConsularRequestRepository } from '../../ports/consular-request.repository';
import { ConsularSaved } from '../saved';
import { UpdateConsularCaseCommand } from './update-consular-case.command';

@CommandHandler(UpdateConsularCaseCommand)
export class UpdateConsularCaseHandler implements ICommandHandler<UpdateConsularCaseCommand, ConsularSaved> {
  constructor(private readonly requests: ConsularRequestRepository) {}

  async execute({ context, requestId, caseId, status }: UpdateConsularCaseCommand): Promise<ConsularSaved> {
    const request = await this.requests.getById(requestId);
    request.updateCase(context.actor.organisationId, caseId, status);
    await this.requests.save(request, context);
    return { id: request.id, version: request.version };
  }
}
