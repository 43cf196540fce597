import { BusinessRule } from '@accord/shared/kernel';

export class OnlyTheIssuerMayChangeAnAlert implements BusinessRule {
  readonly name = 'OnlyTheIssuerMayChangeAnAlert';
  readonly message = 'only the agency that raised this alert may change it';
  constructor(private readonly issuer: string, private readonly actingFor: string) {}

  isBroken(): boolean {
    return this.issuer !== this.actingFor;
  }
}
