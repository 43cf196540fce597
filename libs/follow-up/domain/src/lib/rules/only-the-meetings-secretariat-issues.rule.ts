import { BusinessRule } from '@accord/shared/kernel';

export class OnlyTheMeetingsSecretariatIssues implements BusinessRule {
  readonly name = 'OnlyTheMeetingsSecretariatIssues';
  readonly message = 'only the secretariat that recorded the meeting may issue recommendations from it';
  constructor(private readonly meetingSecretariat: string, private readonly actingFor: string) {}
  isBroken(): boolean {
    return this.meetingSecretariat !== this.actingFor;
  }
}
