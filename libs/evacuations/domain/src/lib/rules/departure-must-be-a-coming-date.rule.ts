import { BusinessRule } from '@accord/shared/kernel';
import { isCalendarDate } from '../capacity/capacity-terms';

export class DepartureMustBeAComingDate implements BusinessRule {
  readonly name = 'DepartureMustBeAComingDate';
  readonly field = 'departureDate';
  readonly message = 'the departure date must be a real calendar date, today or later';
  constructor(private readonly date: string, private readonly today: Date) {}
  isBroken(): boolean {
    return !isCalendarDate(this.date) || this.date < this.today.toISOString().slice(0, 10);
  }
}
