import { BusinessRule } from '@accord/shared/kernel';
import type { MatchStatus } from '../capacity/capacity-terms';

export class MatchMustBePending implements BusinessRule {
  readonly name = 'MatchMustBePending';
  readonly message: string;
  constructor(private readonly status: MatchStatus, private readonly alreadyConfirmedByCaller: boolean) {
    this.message = alreadyConfirmedByCaller ? 'your organisation already confirmed this match' : `the match is already ${status}`;
  }
  isBroken(): boolean {
    return this.status !== 'proposed' || this.alreadyConfirmedByCaller;
  }
}
