import { BusinessRule } from '@accord/shared/kernel';

export class OnlyThePartiesAnswerAMatch implements BusinessRule {
  readonly name = 'OnlyThePartiesAnswerAMatch';
  readonly message = 'only the organisations that offered or requested the capacity confirm or decline its match';
  constructor(private readonly parties: readonly string[], private readonly actingFor: string) {}
  isBroken(): boolean {
    return !this.parties.includes(this.actingFor);
  }
}
