import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ConsultationRepository } from '../../ports/consultation.repository';
import { FollowUpSaved } from '../../saved';
import { RecordAttendanceCommand } from './record-attendance.command';

@CommandHandler(RecordAttendanceCommand)
export class RecordAttendanceHandler implements ICommandHandler<RecordAttendanceCommand, FollowUpSaved> {
  constructor(private readonly consultations: ConsultationRepository) {}

  async execute({ context, consultationId, attendance }: RecordAttendanceCommand): Promise<FollowUpSaved> {
    const consultation = await this.consultations.getById(consultationId);
    consultation.recordAttendance(context.actor.organisationId, attendance);
    await this.consultations.save(consultation, context);
    return { id: consultation.id, version: consultation.version };
  }
}
