import { ConsultationPlan } from '@accord/follow-up/domain';
import { CommandContext } from '@accord/shared/kernel';

export class ConveneConsultationCommand {
  constructor(readonly context: CommandContext, readonly plan: ConsultationPlan) {}
}
