import { CommandContext } from '@accord/shared/kernel';

export class RegisterConsularMissionCommand {
  constructor(readonly context: CommandContext, readonly country: string, readonly city: string) {}
}
