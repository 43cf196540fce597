import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, Clock } from '@accord/shared/kernel';
import { Follow } from '@accord/subscriptions/domain';
import { FollowRepository } from '../../ports/follow.repository';
import { FollowResult } from '../start-follow/follow-result';
import { StopFollowCommand } from './stop-follow.command';

@CommandHandler(StopFollowCommand)
export class StopFollowHandler implements ICommandHandler<StopFollowCommand, FollowResult> {
  constructor(private readonly follows: FollowRepository, @Inject(CLOCK) private readonly clock: Clock) {}

  async execute({ context, kind, targetId }: StopFollowCommand): Promise<FollowResult> {
    const { personId, organisationId } = context.actor;
    const id = Follow.of(personId, organisationId, kind, targetId, this.clock).id;
    const follow = await this.follows.find(id);
    if (!follow) return { followId: id, following: false, changed: false };
    follow.stop();
    const changed = follow.pendingEvents().length > 0;
    if (changed) await this.follows.save(follow, context);
    return { followId: id, following: false, changed };
  }
}
