import { BusinessRule } from '@accord/shared/kernel';

export class OnlyCitiesReportLocalActions implements BusinessRule {
  readonly name = 'OnlyCitiesReportLocalActions';
  readonly message = 'only a city or local authority may report a local action';
  constructor(private readonly organisationKind: string) {}
  isBroken(): boolean {
    return this.organisationKind !== 'city';
  }
}
