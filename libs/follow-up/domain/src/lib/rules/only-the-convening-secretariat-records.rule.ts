import { BusinessRule } from '@accord/shared/kernel';

export class OnlyTheConveningSecretariatRecords implements BusinessRule {
  readonly name = 'OnlyTheConveningSecretariatRecords';
  readonly message = 'only the secretariat that convened the consultation records its attendance, decisions and closing';
  constructor(private readonly convener: string, private readonly actingFor: string) {}
  isBroken(): boolean {
    return this.convener !== this.actingFor;
  }
}
