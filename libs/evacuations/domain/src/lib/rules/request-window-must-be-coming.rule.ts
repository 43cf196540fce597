import { BusinessRule } from '@accord/shared/kernel';
import { isCalendarDate } from '../capacity/capacity-terms';

export class RequestWindowMustBeComing implements BusinessRule {
  readonly name = 'RequestWindowMustBeComing';
  readonly field = 'latestDate';
  readonly message = 'the dates are real calendar dates, the earliest not after the latest, and the latest today or later';
  constructor(private readonly earliest: string, private readonly latest: string, private readonly today: Date) {}
  isBroken(): boolean {
    if (!isCalendarDate(this.earliest) || !isCalendarDate(this.latest)) return true;
    return this.earliest > this.latest || this.latest < this.today.toISOString().slice(0, 10);
  }
}
