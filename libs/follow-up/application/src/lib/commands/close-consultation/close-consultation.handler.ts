import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ConsultationRepository } from '../../ports/consultation.repository';
import { FollowUpSaved } from '../../saved';
import { CloseConsultationCommand } from './close-consultation.command';

@CommandHandler(CloseConsultationCommand)
export class CloseConsultationHandler implements ICommandHandler<CloseConsultationCommand, FollowUpSaved> {
  constructor(private readonly consultations: ConsultationRepository) {}

  async execute({ context, consultationId }: CloseConsultationCommand): Promise<FollowUpSaved> {
    const consultation = await this.consultations.getById(consultationId);
    consultation.close(context.actor.organisationId);
    await this.consultations.save(consultation, context);
    return { id: consultation.id, version: consultation.version };
  }
}
