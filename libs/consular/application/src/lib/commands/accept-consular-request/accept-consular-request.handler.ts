import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ConsularRequestRepository } from '../../ports/consular-request.repository';
import { ConsularSaved } from '../saved';
import { AcceptConsularRequestCommand } from './accept-consular-request.command';

@CommandHandler(AcceptConsularRequestCommand)
export class AcceptConsularRequestHandler implements ICommandHandler<AcceptConsularRequestCommand, ConsularSaved> {
  constructor(private readonly requests: ConsularRequestRepository) {}

  async execute({ context, requestId }: AcceptConsularRequestCommand): Promise<ConsularSaved> {
    const request = await this.requests.getById(requestId);
    request.accept(context.actor.organisationId);
    await this.requests.save(request, context);
    return { id: request.id, version: request.version };
  }
}
