import { BusinessRule } from '@accord/shared/kernel';

export class OnlyAgenciesRaiseAlerts implements BusinessRule {
  readonly name = 'OnlyAgenciesRaiseAlerts';
  readonly message = 'crisis alerts are raised by agencies';
  constructor(private readonly organisationKind: string) {}

  isBroken(): boolean {
    return this.organisationKind !== 'agency';
  }
}
