import { BusinessRule } from '@accord/shared/kernel';

export class AddresseesMustBeNamed implements BusinessRule {
  readonly name = 'AddresseesMustBeNamed';
  readonly field = 'addresseeIds';
  readonly message = 'name from 1 to 50 addressee organisations, each once';
  constructor(private readonly ids: readonly string[]) {}
  isBroken(): boolean {
    return this.ids.length < 1 || this.ids.length > 50 || new Set(this.ids).size !== this.ids.length || this.ids.some((id) => !id.trim());
  }
}
