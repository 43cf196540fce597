import { BusinessRule } from '@accord/shared/kernel';

export class OnlyTheReportingCityMayUpdate implements BusinessRule {
  readonly name = 'OnlyTheReportingCityMayUpdate';
  readonly message = 'only the city that reported a local action may change it';
  constructor(private readonly reporter: string, private readonly actingFor: string) {}
  isBroken(): boolean {
    return this.reporter !== this.actingFor;
  }
}
