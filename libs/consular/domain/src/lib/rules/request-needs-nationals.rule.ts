import { BusinessRule } from '@accord/shared/kernel';
export class RequestNeedsNationals implements BusinessRule {
  readonly name = 'RequestNeedsNationals';
  readonly field = 'nationalsCount';
  readonly message = 'a request is for one or more nationals, with at least as many as the cases listed, and names a service';
  constructor(private readonly nationalsCount: number, private readonly caseCount: number, private readonly serviceCount: number) {}

  isBroken(): boolean {
    return !Number.isInteger(this.nationalsCount) || this.nationalsCount < 1 || this.nationalsCount < this.caseCount || this.serviceCount === 0;
  }
}
