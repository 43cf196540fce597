import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ConsularRequestRepository } from '../../ports/consular-request.repository';
import { ConsularSaved } from '../saved';
import { CloseConsularRequestCommand } from './close-consular-request.command';

@CommandHandler(CloseConsularRequestCommand)
export class CloseConsularRequestHandler implements ICommandHandler<CloseConsularRequestCommand, ConsularSaved> {
  constructor(private readonly requests: ConsularRequestRepository) {}

  async execute({ context, requestId, reason }: CloseConsularRequestCommand): Promise<ConsularSaved> {
    const request = await this.requests.getById(requestId);
    request.close(context.actor.organisationId, reason);
    await this.requests.save(request, context);
    return { id: request.id, version: request.version };
  }
}
