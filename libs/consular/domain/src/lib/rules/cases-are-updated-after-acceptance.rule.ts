import { BusinessRule } from '@accord/shared/kernel';
export class CasesAreUpdatedAfterAcceptance implements BusinessRule {
  readonly name = 'CasesAreUpdatedAfterAcceptance';
  readonly field = 'status';
  readonly message = 'cases are updated by the partner once it has accepted the request, and a closed case stays closed';
  constructor(private readonly status: string, private readonly caseStatus: string | undefined) {}

  isBroken(): boolean {
    return this.status !== 'accepted' || this.caseStatus === undefined || this.caseStatus === 'closed';
  }
}
