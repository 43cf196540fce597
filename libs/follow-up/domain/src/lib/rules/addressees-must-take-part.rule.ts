import { BusinessRule } from '@accord/shared/kernel';

export class AddresseesMustTakePart implements BusinessRule {
  readonly name = 'AddresseesMustTakePart';
  readonly field = 'addresseeIds';
  readonly message: string;
  private readonly strangers: string[];
  constructor(participants: readonly string[], addressees: readonly string[]) {
    this.strangers = addressees.filter((id) => !participants.includes(id));
    this.message = `a decision is addressed to invited States or the consultation's agencies; not taking part: ${this.strangers.join(', ')}`;
  }
  isBroken(): boolean {
    return this.strangers.length > 0;
  }
}
