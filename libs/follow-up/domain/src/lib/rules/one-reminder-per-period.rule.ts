import { BusinessRule } from '@accord/shared/kernel';

export class OneReminderPerPeriod implements BusinessRule {
  readonly name = 'OneReminderPerPeriod';
  constructor(private readonly lastPeriod: number, private readonly period: number) {}
  get message(): string {
    return `the reminder for period ${this.period} was already raised (last: ${this.lastPeriod})`;
  }
  isBroken(): boolean {
    return this.period <= this.lastPeriod;
  }
}
