import { BusinessRule } from '@accord/shared/kernel';
import { CommitmentStatus, isFinalStatus } from '../commitment-status';

export class ProgressNeedsAnOpenCommitment implements BusinessRule {
  readonly name = 'ProgressNeedsAnOpenCommitment';
  constructor(private readonly status: CommitmentStatus) {}
  get message(): string {
    return `progress cannot be reported on a ${this.status} commitment`;
  }
  isBroken(): boolean {
    return isFinalStatus(this.status);
  }
}
