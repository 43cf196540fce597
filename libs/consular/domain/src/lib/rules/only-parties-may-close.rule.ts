import { BusinessRule } from '@accord/shared/kernel';
export class OnlyPartiesMayClose implements BusinessRule {
  readonly name = 'OnlyPartiesMayClose';
  readonly field = 'organisation';
  readonly message = 'only the requesting State or the partner handling it may close a request';
  constructor(private readonly parties: readonly (string | null)[], private readonly actingFor: string) {}

  isBroken(): boolean {
    return !this.parties.includes(this.actingFor);
  }
}
