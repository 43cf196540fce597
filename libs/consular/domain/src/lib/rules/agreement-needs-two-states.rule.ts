import { BusinessRule } from '@accord/shared/kernel';
export class AgreementNeedsTwoStates implements BusinessRule {
  readonly name = 'AgreementNeedsTwoStates';
  readonly field = 'parties';
  readonly message = 'an agreement is between two or more different States, and you must be one of them';
  constructor(private readonly parties: readonly string[], private readonly registrar: string) {}

  isBroken(): boolean {
    return new Set(this.parties).size < 2 || new Set(this.parties).size !== this.parties.length || !this.parties.includes(this.registrar);
  }
}
