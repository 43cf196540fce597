import { randomUUID } from 'node:crypto';
import { Body, Controller, Headers, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  FollowUpSaved,
  IssueRecommendationCommand,
  RecordMeetingCommand,
  ReportFollowUpCommand,
  RespondToRecommendationCommand,
} from '@accord/follow-up/application';
import { CurrentActor, Permit } from '@accord/shared/auth';
import { Actor, CommandContext } from '@accord/shared/kernel';
import { TransactionalCommandBus } from '@accord/shared/messaging';
import { IssueRecommendationRequest } from './issue-recommendation.request';
import { RecordMeetingRequest } from './record-meeting.request';
import { ReportFollowUpRequest } from './report-follow-up.request';
import { RespondToRecommendationRequest } from './respond-to-recommendation.request';

const context = (actor: Actor, correlationId?: string): CommandContext => ({ actor, correlationId: correlationId?.slice(0, 100) || randomUUID() });

@ApiTags('follow-up')
@ApiBearerAuth()
@Controller('api/follow-up')
export class FollowUpHttpController {
  constructor(private readonly bus: TransactionalCommandBus) {}

  @Post('meetings')
  @Permit('meeting.record')
  recordMeeting(@CurrentActor() actor: Actor, @Body() body: RecordMeetingRequest, @Headers('x-correlation-id') cid?: string): Promise<FollowUpSaved> {
    return this.bus.execute(new RecordMeetingCommand(context(actor, cid), { ...body }));
  }

  @Post('recommendations')
  @Permit('recommendation.issue')
  issue(@CurrentActor() actor: Actor, @Body() body: IssueRecommendationRequest, @Headers('x-correlation-id') cid?: string): Promise<FollowUpSaved> {
    const { meetingId, ...terms } = body;
    return this.bus.execute(new IssueRecommendationCommand(context(actor, cid), meetingId, { ...terms, addresseeIds: [...terms.addresseeIds] }));
  }

  @Post('recommendations/:id/responses')
  @Permit('recommendation.respond')
  respond(
    @CurrentActor() actor: Actor,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: RespondToRecommendationRequest,
    @Headers('x-correlation-id') cid?: string,
  ): Promise<FollowUpSaved> {
    return this.bus.execute(new RespondToRecommendationCommand(context(actor, cid), id, body.response, body.reason));
  }

  @Post('recommendations/:id/reports')
  @Permit('recommendation.report')
  report(
    @CurrentActor() actor: Actor,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: ReportFollowUpRequest,
    @Headers('x-correlation-id') cid?: string,
  ): Promise<FollowUpSaved> {
    const report = { narrative: body.narrative, commitmentIds: [...body.commitmentIds], localActionIds: [...body.localActionIds] };
    return this.bus.execute(new ReportFollowUpCommand(context(actor, cid), id, report));
  }
}
