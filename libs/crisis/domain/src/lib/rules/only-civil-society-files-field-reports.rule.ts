import { BusinessRule } from '@accord/shared/kernel';

export class OnlyCivilSocietyFilesFieldReports implements BusinessRule {
  readonly name = 'OnlyCivilSocietyFilesFieldReports';
  readonly message = 'field reports are filed by civil society monitors';
  constructor(private readonly organisationKind: string) {}

  isBroken(): boolean {
    return this.organisationKind !== 'cso';
  }
}
