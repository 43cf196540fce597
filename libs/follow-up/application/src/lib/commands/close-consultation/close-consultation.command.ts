import { CommandContext } from '@accord/shared/kernel';

export class CloseConsultationCommand {
  constructor(readonly context: CommandContext, readonly consultationId: string) {}
}
