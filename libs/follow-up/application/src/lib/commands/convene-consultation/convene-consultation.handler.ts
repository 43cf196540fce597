import { randomUUID } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EmergencyConsultation } from '@accord/follow-up/domain';
import { CLOCK, Clock } from '@accord/shared/kernel';
import { ConsultationRepository } from '../../ports/consultation.repository';
import { KnownCrisisAlerts } from '../../ports/known-crisis-alerts';
import { FollowUpSaved } from '../../saved';
import { ConveneConsultationCommand } from './convene-consultation.command';

@CommandHandler(ConveneConsultationCommand)
export class ConveneConsultationHandler implements ICommandHandler<ConveneConsultationCommand, FollowUpSaved> {
  constructor(
    private readonly consultations: ConsultationRepository,
    private readonly alerts: KnownCrisisAlerts,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ context, plan }: ConveneConsultationCommand): Promise<FollowUpSaved> {
    const { actor } = context;
    const secretariat = { organisationId: actor.organisationId, kind: actor.organisation?.kind ?? 'unknown' };
    // An alert raised a moment ago may not have reached this service yet: 404 until it has (retry).
    const alert = await this.alerts.find(plan.alertId);
    const consultation = EmergencyConsultation.convene(randomUUID(), secretariat, plan, alert, this.clock);
    await this.consultations.save(consultation, context);
    return { id: consultation.id, version: consultation.version };
  }
}
