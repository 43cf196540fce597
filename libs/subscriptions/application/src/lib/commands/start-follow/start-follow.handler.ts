import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, Clock } from '@accord/shared/kernel';
import { Follow } from '@accord/subscriptions/domain';
import { FollowRepository } from '../../ports/follow.repository';
import { FollowResult } from './follow-result';
import { StartFollowCommand } from './start-follow.command';

@CommandHandler(StartFollowCommand)
export class StartFollowHandler implements ICommandHandler<StartFollowCommand, FollowResult> {
  constructor(private readonly follows: FollowRepository, @Inject(CLOCK) private readonly clock: Clock) {}

  async execute({ context, kind, targetId }: StartFollowCommand): Promise<FollowResult> {
    const { personId, organisationId } = context.actor;
    const fresh = Follow.of(personId, organisationId, kind, targetId, this.clock);
    const follow = (await this.follows.find(fresh.id)) ?? fresh;
    follow.start(organisationId);
    const changed = follow.pendingEvents().length > 0;
    if (changed) await this.follows.save(follow, context);
    return { followId: follow.id, following: true, changed };
  }
}
