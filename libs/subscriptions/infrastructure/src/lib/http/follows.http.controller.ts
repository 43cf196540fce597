import { Body, Controller, Get, Headers, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Permit } from '@accord/shared/auth';
import { Actor } from '@accord/shared/kernel';
import { TransactionalCommandBus } from '@accord/shared/messaging';
import { FollowResult, StartFollowCommand, StopFollowCommand } from '@accord/subscriptions/application';
import { FollowQueries } from '../follows/follow.queries';
import { FollowView, Page } from '../subscription-views';
import { commandContext } from './command-context';
import { FollowListRequest } from './follow-list.request';
import { FollowTargetRequest } from './follow-target.request';

/** The signed-in person's own follows. Following twice, or stopping twice, is a 200 that changes nothing. */
@ApiTags('follows')
@ApiBearerAuth()
@Controller('api/me/follows')
export class FollowsHttpController {
  constructor(private readonly bus: TransactionalCommandBus, private readonly follows: FollowQueries) {}

  @Get()
  @Permit('follows.read')
  list(@CurrentActor() actor: Actor, @Query() q: FollowListRequest): Promise<Page<FollowView>> {
    return this.follows.page(actor.personId, { kind: q.kind, targetId: q.targetId }, q.page ?? 1, q.pageSize ?? 20);
  }

  @Post()
  @HttpCode(200)
  @Permit('follows.manage')
  follow(@CurrentActor() actor: Actor, @Body() body: FollowTargetRequest, @Headers('x-correlation-id') cid?: string): Promise<FollowResult> {
    return this.bus.execute(new StartFollowCommand(commandContext(actor, cid), body.kind, body.id));
  }

  @Post('stop')
  @HttpCode(200)
  @Permit('follows.manage')
  unfollow(@CurrentActor() actor: Actor, @Body() body: FollowTargetRequest, @Headers('x-correlation-id') cid?: string): Promise<FollowResult> {
    return this.bus.execute(new StopFollowCommand(commandContext(actor, cid), body.kind, body.id));
  }
}
