import { BusinessRule } from '@accord/shared/kernel';
export class ALastResortAgencyCannotDecline implements BusinessRule {
  readonly name = 'ALastResortAgencyCannotDecline';
  readonly field = 'reason';
  readonly message = 'the agency of last resort cannot decline: accept the request or ask the requester to close it';
  constructor(private readonly kind: string) {}

  isBroken(): boolean {
    return this.kind === 'agency';
  }
}
