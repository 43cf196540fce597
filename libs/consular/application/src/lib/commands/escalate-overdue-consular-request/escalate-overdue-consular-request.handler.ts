import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ConsularRequestRepository } from '../../ports/consular-request.repository';
import { RoutingPlanner } from '../../routing/routing-planner';
import { ConsularSaved } from '../saved';
import { EscalateOverdueConsularRequestCommand } from './escalate-overdue-consular-request.command';

@CommandHandler(EscalateOverdueConsularRequestCommand)
export class EscalateOverdueConsularRequestHandler implements ICommandHandler<EscalateOverdueConsularRequestCommand, ConsularSaved> {
  constructor(private readonly requests: ConsularRequestRepository, private readonly planner: RoutingPlanner) {}

  async execute({ context, requestId }: EscalateOverdueConsularRequestCommand): Promise<ConsularSaved> {
    const request = await this.requests.getById(requestId);
    const s = request.snapshot;
    request.escalateOverdue(await this.planner.plan(s.requester, s.country, s.services, s.tried));
    await this.requests.save(request, context);
    return { id: request.id, version: request.version };
  }
}
