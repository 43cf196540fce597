import { BusinessRule } from '@accord/shared/kernel';
import { AlertArea } from '../crisis-alert-terms';

export class AlertNeedsAnArea implements BusinessRule {
  readonly name = 'AlertNeedsAnArea';
  readonly field = 'areas';
  readonly message = 'an alert names at least one affected area';
  constructor(private readonly areas: readonly AlertArea[]) {}

  isBroken(): boolean {
    return this.areas.length === 0 || this.areas.some((a) => a.name.trim() === '');
  }
}
