import { BusinessRule } from '@accord/shared/kernel';

export class StatesMustBeInvited implements BusinessRule {
  readonly name = 'StatesMustBeInvited';
  readonly field = 'invitedStateIds';
  readonly message = 'a consultation invites at least one member State, each once, and no State is also listed as an agency';
  constructor(private readonly invited: readonly string[], private readonly agencies: readonly string[]) {}
  isBroken(): boolean {
    const unique = new Set(this.invited).size === this.invited.length;
    return this.invited.length === 0 || !unique || this.invited.some((id) => this.agencies.includes(id));
  }
}
