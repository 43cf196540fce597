import { CommandContext } from '@accord/shared/kernel';

export class MatchCapacityCommand {
  constructor(readonly context: CommandContext, readonly operationId: string, readonly offerId: string, readonly requestId: string, readonly seats: number, readonly offerVersion?: number) {}
}
