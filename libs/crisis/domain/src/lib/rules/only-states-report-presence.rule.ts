import { BusinessRule } from '@accord/shared/kernel';

export class OnlyStatesReportPresence implements BusinessRule {
  readonly name = 'OnlyStatesReportPresence';
  readonly message = 'only a State reports how many of its nationals are in a crisis country';
  constructor(private readonly organisationKind: string) {}

  isBroken(): boolean {
    return this.organisationKind !== 'state';
  }
}
