import { randomUUID } from 'node:crypto';
import { Body, Controller, Headers, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { OpenEvacuationOperationCommand, OperationSaved, ReportEvacuationMovementCommand } from '@accord/evacuations/application';
import { CurrentActor, Permit } from '@accord/shared/auth';
import { Actor, CommandContext } from '@accord/shared/kernel';
import { TransactionalCommandBus } from '@accord/shared/messaging';
import { OpenOperationRequest } from './open-operation.request';
import { ReportMovementRequest } from './report-movement.request';

const context = (actor: Actor, cid?: string): CommandContext => ({ actor, correlationId: cid?.slice(0, 100) || randomUUID() });

@ApiTags('evacuations')
@ApiBearerAuth()
@Controller('api/evacuation-operations')
export class EvacuationsHttpController {
  constructor(private readonly bus: TransactionalCommandBus) {}

  @Post()
  @Permit('evacuation.operation.open')
  open(@CurrentActor() actor: Actor, @Body() body: OpenOperationRequest, @Headers('x-correlation-id') cid?: string): Promise<OperationSaved> {
    const targets = body.targets.map((t) => ({ nationality: t.nationality, count: t.count }));
    return this.bus.execute(new OpenEvacuationOperationCommand(context(actor, cid), body.alertId, body.country, body.name, targets));
  }

  @Post(':id/movements')
  @Permit('evacuation.movement.report')
  report(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Body() body: ReportMovementRequest, @Headers('x-correlation-id') cid?: string): Promise<OperationSaved> {
    return this.bus.execute(new ReportEvacuationMovementCommand(context(actor, cid), id, body.nationality, body.kind, body.count));
  }
}
