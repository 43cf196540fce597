import { CommandContext } from '@accord/shared/kernel';

/** Sent by the deadline scheduler, one per overdue request (one aggregate per transaction). */
export class EscalateOverdueConsularRequestCommand {
  constructor(readonly context: CommandContext, readonly requestId: string) {}
}
