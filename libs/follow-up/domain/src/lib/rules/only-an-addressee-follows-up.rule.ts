import { BusinessRule } from '@accord/shared/kernel';

export class OnlyAnAddresseeFollowsUp implements BusinessRule {
  readonly name = 'OnlyAnAddresseeFollowsUp';
  readonly message = 'only an organisation the recommendation is addressed to may answer it or report on it';
  constructor(private readonly addressees: readonly string[], private readonly actingFor: string) {}
  isBroken(): boolean {
    return !this.addressees.includes(this.actingFor);
  }
}
