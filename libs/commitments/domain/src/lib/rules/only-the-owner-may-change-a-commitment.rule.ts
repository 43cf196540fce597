import { BusinessRule } from '@accord/shared/kernel';

export class OnlyTheOwnerMayChangeACommitment implements BusinessRule {
  readonly name = 'OnlyTheOwnerMayChangeACommitment';
  readonly message = 'only an organisation that owns a commitment may report on it, change its status or add co-owners';
  constructor(private readonly owners: readonly string[], private readonly actingFor: string) {}
  isBroken(): boolean {
    return !this.owners.includes(this.actingFor);
  }
}
