import { BusinessRule } from '@accord/shared/kernel';
export class ConsentBasisNeedsConsent implements BusinessRule {
  readonly name = 'ConsentBasisNeedsConsent';
  readonly field = 'cases';
  readonly message = "a case shared on the basis of consent needs the person's recorded consent; otherwise name vital or public interest";
  constructor(private readonly cases: readonly { legalBasis: string; consentGiven: boolean }[]) {}

  isBroken(): boolean {
    return this.cases.some((c) => c.legalBasis === 'consent' && !c.consentGiven);
  }
}
