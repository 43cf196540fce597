import { randomUUID } from 'node:crypto';
import { Body, Controller, Headers, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { LocalActionSaved, ReportLocalActionCommand, UpdateLocalActionCommand } from '@accord/local-actions/application';
import { CurrentActor, Permit } from '@accord/shared/auth';
import { ifMatchVersion } from '@accord/shared/http';
import { Actor, CommandContext } from '@accord/shared/kernel';
import { TransactionalCommandBus } from '@accord/shared/messaging';
import { ReportLocalActionRequest } from './report-local-action.request';
import { UpdateLocalActionRequest } from './update-local-action.request';

const context = (actor: Actor, correlationId?: string): CommandContext => ({ actor, correlationId: correlationId?.slice(0, 100) || randomUUID() });

@ApiTags('local-actions')
@ApiBearerAuth()
@Controller('api/local-actions')
export class LocalActionsHttpController {
  constructor(private readonly bus: TransactionalCommandBus) {}

  @Post()
  @Permit('local-action.report')
  report(@CurrentActor() actor: Actor, @Body() body: ReportLocalActionRequest, @Headers('x-correlation-id') cid?: string): Promise<LocalActionSaved> {
    return this.bus.execute(new ReportLocalActionCommand(context(actor, cid), { ...body, location: { ...body.location } }));
  }

  @Patch(':id')
  @HttpCode(200)
  @Permit('local-action.update')
  update(
    @CurrentActor() actor: Actor,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: UpdateLocalActionRequest,
    @Headers('if-match') ifMatch?: string,
    @Headers('x-correlation-id') cid?: string,
  ): Promise<LocalActionSaved> {
    const changes = { ...body, ...(body.location ? { location: { ...body.location } } : {}) };
    return this.bus.execute(new UpdateLocalActionCommand(context(actor, cid), id, changes, ifMatchVersion(ifMatch)));
  }
}
