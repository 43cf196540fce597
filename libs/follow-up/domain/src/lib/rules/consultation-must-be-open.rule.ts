import { BusinessRule } from '@accord/shared/kernel';

export class ConsultationMustBeOpen implements BusinessRule {
  readonly name = 'ConsultationMustBeOpen';
  readonly message = 'the consultation is closed: nothing more can be recorded';
  constructor(private readonly closed: boolean) {}
  isBroken(): boolean {
    return this.closed;
  }
}
