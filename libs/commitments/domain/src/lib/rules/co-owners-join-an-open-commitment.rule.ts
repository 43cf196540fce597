import { BusinessRule } from '@accord/shared/kernel';
import { CommitmentStatus, isFinalStatus } from '../commitment-status';

export class CoOwnersJoinAnOpenCommitment implements BusinessRule {
  readonly name = 'CoOwnersJoinAnOpenCommitment';
  constructor(private readonly status: CommitmentStatus) {}
  get message(): string {
    return `no one can join a ${this.status} commitment`;
  }
  isBroken(): boolean {
    return isFinalStatus(this.status);
  }
}
