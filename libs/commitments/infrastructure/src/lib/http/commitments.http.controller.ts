import { randomUUID } from 'node:crypto';
import { Body, Controller, Headers, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  AddCoOwnerCommand,
  ChangeCommitmentStatusCommand,
  CommitmentSaved,
  LogCommitmentCommand,
  ReportCommitmentProgressCommand,
} from '@accord/commitments/application';
import { CurrentActor, Permit } from '@accord/shared/auth';
import { ifMatchVersion } from '@accord/shared/http';
import { Actor, CommandContext } from '@accord/shared/kernel';
import { TransactionalCommandBus } from '@accord/shared/messaging';
import { AddCoOwnerRequest } from './add-co-owner.request';
import { ChangeStatusRequest } from './change-status.request';
import { LogCommitmentRequest } from './log-commitment.request';
import { ReportProgressRequest } from './report-progress.request';

const context = (actor: Actor, correlationId?: string): CommandContext => ({ actor, correlationId: correlationId?.slice(0, 100) || randomUUID() });

@ApiTags('commitments')
@ApiBearerAuth()
@Controller('api/commitments')
export class CommitmentsHttpController {
  constructor(private readonly bus: TransactionalCommandBus) {}

  @Post()
  @Permit('commitment.log')
  log(@CurrentActor() actor: Actor, @Body() body: LogCommitmentRequest, @Headers('x-correlation-id') cid?: string): Promise<CommitmentSaved> {
    const { coOwnerIds, ...terms } = body;
    return this.bus.execute(new LogCommitmentCommand(context(actor, cid), terms, coOwnerIds ?? []));
  }

  @Post(':id/progress')
  @Permit('commitment.report')
  reportProgress(
    @CurrentActor() actor: Actor,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: ReportProgressRequest,
    @Headers('if-match') ifMatch?: string,
    @Headers('x-correlation-id') cid?: string,
  ): Promise<CommitmentSaved> {
    const report = { percent: body.percent, narrative: body.narrative, evidenceUrl: body.evidenceUrl ?? null, evidenceLevel: body.evidenceLevel };
    return this.bus.execute(new ReportCommitmentProgressCommand(context(actor, cid), id, report, ifMatchVersion(ifMatch)));
  }

  @Post(':id/status')
  @HttpCode(200)
  @Permit('commitment.status')
  changeStatus(
    @CurrentActor() actor: Actor,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: ChangeStatusRequest,
    @Headers('if-match') ifMatch?: string,
    @Headers('x-correlation-id') cid?: string,
  ): Promise<CommitmentSaved> {
    return this.bus.execute(new ChangeCommitmentStatusCommand(context(actor, cid), id, body.status, body.reason ?? null, ifMatchVersion(ifMatch)));
  }

  @Post(':id/co-owners')
  @Permit('commitment.co-owners')
  addCoOwner(
    @CurrentActor() actor: Actor,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: AddCoOwnerRequest,
    @Headers('if-match') ifMatch?: string,
    @Headers('x-correlation-id') cid?: string,
  ): Promise<CommitmentSaved> {
    return this.bus.execute(new AddCoOwnerCommand(context(actor, cid), id, body.organisationId, ifMatchVersion(ifMatch)));
  }
}
