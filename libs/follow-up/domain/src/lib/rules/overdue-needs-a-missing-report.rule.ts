import { BusinessRule } from '@accord/shared/kernel';

export class OverdueNeedsAMissingReport implements BusinessRule {
  readonly name = 'OverdueNeedsAMissingReport';
  readonly message = 'follow-up is overdue only after the due date, until the addressee reports';
  constructor(private readonly reported: boolean, private readonly daysOverdue: number) {}
  isBroken(): boolean {
    return this.reported || this.daysOverdue < 1;
  }
}
