import { BusinessRule } from '@accord/shared/kernel';

export class OnlyTheOwnerMayChangeACommitment implements BusinessRule {
  readonly name = 'OnlyTheOwnerMayChangeACommitment';
  readonly message = 'only the organisation that owns a commitment may report on it or change its status';
  constructor(private readonly owner: string, private readonly actingFor: string) {}
  isBroken(): boolean {
    return this.owner !== this.actingFor;
  }
}
