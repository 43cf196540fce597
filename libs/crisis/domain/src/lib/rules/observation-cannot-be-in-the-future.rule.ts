import { BusinessRule } from '@accord/shared/kernel';

/** A few minutes of slack for the monitor's phone clock. */
const CLOCK_SKEW_MS = 5 * 60_000;

export class ObservationCannotBeInTheFuture implements BusinessRule {
  readonly name = 'ObservationCannotBeInTheFuture';
  readonly field = 'observedAt';
  readonly message = 'observedAt is when it was seen: not in the future';
  constructor(private readonly observedAt: string, private readonly now: Date) {}

  isBroken(): boolean {
    const at = Date.parse(this.observedAt);
    return Number.isNaN(at) || at > this.now.getTime() + CLOCK_SKEW_MS;
  }
}
