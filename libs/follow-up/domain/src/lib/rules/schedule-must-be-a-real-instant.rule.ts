import { BusinessRule } from '@accord/shared/kernel';

export class ScheduleMustBeARealInstant implements BusinessRule {
  readonly name = 'ScheduleMustBeARealInstant';
  readonly field = 'scheduledAt';
  readonly message = 'scheduledAt must be a real date and time';
  constructor(private readonly scheduledAt: string) {}
  isBroken(): boolean {
    return Number.isNaN(new Date(this.scheduledAt).getTime());
  }
}
