import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ConsularRequestRepository } from '../../ports/consular-request.repository';
import { RoutingPlanner } from '../../routing/routing-planner';
import { ConsularSaved } from '../saved';
import { DeclineConsularRequestCommand } from './decline-consular-request.command';

@CommandHandler(DeclineConsularRequestCommand)
export class DeclineConsularRequestHandler implements ICommandHandler<DeclineConsularRequestCommand, ConsularSaved> {
  constructor(private readonly requests: ConsularRequestRepository, private readonly planner: RoutingPlanner) {}

  async execute({ context, requestId, reason, note }: DeclineConsularRequestCommand): Promise<ConsularSaved> {
    const request = await this.requests.getById(requestId);
    const s = request.snapshot;
    request.decline(context.actor.organisationId, reason, note, await this.planner.plan(s.requester, s.country, s.services, s.tried));
    await this.requests.save(request, context);
    return { id: request.id, version: request.version };
  }
}
