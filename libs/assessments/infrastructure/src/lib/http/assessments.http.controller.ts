import { randomUUID } from 'node:crypto';
import { Body, Controller, Headers, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { AssessmentSaved, PublishAssessmentCommand, ReplyToAssessmentCommand } from '@accord/assessments/application';
import { CurrentActor, Permit } from '@accord/shared/auth';
import { Actor, CommandContext } from '@accord/shared/kernel';
import { TransactionalCommandBus } from '@accord/shared/messaging';
import { PublishAssessmentRequest } from './publish-assessment.request';
import { ReplyToAssessmentRequest } from './reply-to-assessment.request';

const context = (actor: Actor, correlationId?: string): CommandContext => ({ actor, correlationId: correlationId?.slice(0, 100) || randomUUID() });

@ApiTags('assessments')
@ApiBearerAuth()
@Controller('api/assessments')
export class AssessmentsHttpController {
  constructor(private readonly bus: TransactionalCommandBus) {}

  @Post()
  @Permit('assessment.publish')
  publish(@CurrentActor() actor: Actor, @Body() body: PublishAssessmentRequest, @Headers('x-correlation-id') cid?: string): Promise<AssessmentSaved> {
    const terms = { rating: body.rating, narrative: body.narrative, evidenceUrls: [...body.evidenceUrls], contestedStatus: body.contestedStatus ?? null };
    return this.bus.execute(new PublishAssessmentCommand(context(actor, cid), body.commitmentId, terms));
  }

  @Post(':id/replies')
  @Permit('assessment.reply')
  reply(
    @CurrentActor() actor: Actor,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: ReplyToAssessmentRequest,
    @Headers('x-correlation-id') cid?: string,
  ): Promise<AssessmentSaved> {
    return this.bus.execute(new ReplyToAssessmentCommand(context(actor, cid), id, body.text));
  }
}
