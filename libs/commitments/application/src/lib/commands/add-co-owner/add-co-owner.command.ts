import { CommandContext } from '@accord/shared/kernel';

export class AddCoOwnerCommand {
  constructor(readonly context: CommandContext, readonly commitmentId: string, readonly organisationId: string, readonly expectedVersion?: number) {}
}
