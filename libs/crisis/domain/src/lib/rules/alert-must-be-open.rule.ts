import { BusinessRule } from '@accord/shared/kernel';
import { AlertStatus } from '../crisis-alert-terms';

export class AlertMustBeOpen implements BusinessRule {
  readonly name = 'AlertMustBeOpen';
  readonly field = 'status';
  readonly message = 'this alert is closed: raise a new one';
  constructor(private readonly status: AlertStatus) {}

  isBroken(): boolean {
    return this.status !== 'open';
  }
}
