import { CommandContext } from '@accord/shared/kernel';

/** Sent by the retention scheduler for a closed request whose retention period has passed. */
export class PurgeConsularCaseDataCommand {
  constructor(readonly context: CommandContext, readonly requestId: string) {}
}
