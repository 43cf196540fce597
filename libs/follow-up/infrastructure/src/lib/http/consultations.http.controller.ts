import { randomUUID } from 'node:crypto';
import { Body, Controller, Get, Header, Headers, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CloseConsultationCommand, ConveneConsultationCommand, DecisionSaved, FollowUpSaved, RecordAttendanceCommand, RecordConsultationDecisionCommand } from '@accord/follow-up/application';
import { CurrentActor, Permit } from '@accord/shared/auth';
import { Actor, CommandContext } from '@accord/shared/kernel';
import { TransactionalCommandBus } from '@accord/shared/messaging';
import { ConsultationPage, ConsultationReader } from '../consultations/consultation.reader';
import { ConsultationView } from '../consultations/consultation-view';
import { ConsultationPageRequest } from './consultation-page.request';
import { ConveneConsultationRequest } from './convene-consultation.request';
import { RecordAttendanceRequest } from './record-attendance.request';
import { RecordDecisionRequest } from './record-decision.request';

const context = (actor: Actor, correlationId?: string): CommandContext => ({ actor, correlationId: correlationId?.slice(0, 100) || randomUUID() });

/** Regional emergency consultations (the Bali Process mechanism) on a crisis alert. */
@ApiTags('consultations')
@ApiBearerAuth()
@Controller('api')
export class ConsultationsHttpController {
  constructor(private readonly bus: TransactionalCommandBus, private readonly reader: ConsultationReader) {}

  @Post('crisis-alerts/:alertId/consultations')
  @Permit('consultation.convene')
  convene(
    @CurrentActor() actor: Actor,
    @Param('alertId', new ParseUUIDPipe()) alertId: string,
    @Body() body: ConveneConsultationRequest,
    @Headers('x-correlation-id') cid?: string,
  ): Promise<FollowUpSaved> {
    const plan = { alertId, title: body.title, process: body.process, scheduledAt: new Date(body.scheduledAt).toISOString(), invitedStateIds: [...body.invitedStateIds], agencyIds: [...(body.agencyIds ?? [])] };
    return this.bus.execute(new ConveneConsultationCommand(context(actor, cid), plan));
  }

  @Get('crisis-alerts/:alertId/consultations')
  @Permit('consultation.read')
  @Header('cache-control', 'no-store')
  list(@CurrentActor() actor: Actor, @Param('alertId', new ParseUUIDPipe()) alertId: string, @Query() query: ConsultationPageRequest): Promise<ConsultationPage> {
    return this.reader.forAlert(actor, alertId, query.page, query.pageSize);
  }

  @Get('consultations/:id')
  @Permit('consultation.read')
  @Header('cache-control', 'no-store')
  get(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<ConsultationView> {
    return this.reader.one(actor, id);
  }

  @Post('consultations/:id/attendance')
  @Permit('consultation.manage')
  attendance(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Body() body: RecordAttendanceRequest, @Headers('x-correlation-id') cid?: string): Promise<FollowUpSaved> {
    const marks = body.attendance.map((m) => ({ organisationId: m.organisationId, present: m.present }));
    return this.bus.execute(new RecordAttendanceCommand(context(actor, cid), id, marks));
  }

  @Post('consultations/:id/decisions')
  @Permit('consultation.manage')
  decide(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Body() body: RecordDecisionRequest, @Headers('x-correlation-id') cid?: string): Promise<DecisionSaved> {
    const terms = { title: body.title, text: body.text, addresseeIds: [...body.addresseeIds], dueDate: body.dueDate };
    return this.bus.execute(new RecordConsultationDecisionCommand(context(actor, cid), id, terms));
  }

  @Post('consultations/:id/close')
  @Permit('consultation.manage')
  close(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Headers('x-correlation-id') cid?: string): Promise<FollowUpSaved> {
    return this.bus.execute(new CloseConsultationCommand(context(actor, cid), id));
  }
}
