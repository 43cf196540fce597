import { BusinessRule } from '@accord/shared/kernel';
import { allowedNextStatuses, CommitmentStatus } from '../commitment-status';

export class StatusTransitionMustBeAllowed implements BusinessRule {
  readonly name = 'StatusTransitionMustBeAllowed';
  readonly field = 'status';
  constructor(private readonly from: CommitmentStatus, private readonly to: CommitmentStatus) {}

  get message(): string {
    const next = allowedNextStatuses(this.from);
    const allowed = next.length ? `allowed: ${next.join(', ')}` : `${this.from} is final`;
    return `a ${this.from} commitment cannot become ${this.to} (${allowed})`;
  }

  isBroken(): boolean {
    return !allowedNextStatuses(this.from).includes(this.to);
  }
}
