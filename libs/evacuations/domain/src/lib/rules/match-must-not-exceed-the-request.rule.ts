import { BusinessRule } from '@accord/shared/kernel';

export class MatchMustNotExceedTheRequest implements BusinessRule {
  readonly name = 'MatchMustNotExceedTheRequest';
  readonly field = 'seats';
  readonly message: string;
  constructor(private readonly unmatched: number, private readonly wanted: number) {
    this.message = `the request still needs ${unmatched} seat(s); ${wanted} asked`;
  }
  isBroken(): boolean {
    return this.wanted > this.unmatched;
  }
}
