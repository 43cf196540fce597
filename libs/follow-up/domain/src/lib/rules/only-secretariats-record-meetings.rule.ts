import { BusinessRule } from '@accord/shared/kernel';

export class OnlySecretariatsRecordMeetings implements BusinessRule {
  readonly name = 'OnlySecretariatsRecordMeetings';
  readonly message = 'only a secretariat records meetings and issues recommendations';
  constructor(private readonly kind: string) {}
  isBroken(): boolean {
    return this.kind !== 'secretariat';
  }
}
