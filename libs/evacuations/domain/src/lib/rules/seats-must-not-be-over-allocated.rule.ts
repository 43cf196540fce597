import { BusinessRule } from '@accord/shared/kernel';

export class SeatsMustNotBeOverAllocated implements BusinessRule {
  readonly name = 'SeatsMustNotBeOverAllocated';
  readonly field = 'seats';
  readonly message: string;
  constructor(private readonly free: number, private readonly wanted: number) {
    this.message = `only ${free} seat(s) of this offer are still free; ${wanted} asked`;
  }
  isBroken(): boolean {
    return this.wanted > this.free;
  }
}
