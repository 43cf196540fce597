import { BusinessRule } from '@accord/shared/kernel';

export class ActionDateMustBeACalendarDate implements BusinessRule {
  readonly name = 'ActionDateMustBeACalendarDate';
  readonly field = 'date';
  readonly message = 'the date is a real calendar date, YYYY-MM-DD';
  constructor(private readonly date: string) {}
  isBroken(): boolean {
    const parsed = new Date(`${this.date}T00:00:00Z`);
    return Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== this.date;
  }
}
