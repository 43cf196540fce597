import { BusinessRule } from '@accord/shared/kernel';

/** An emergency consultation answers a crisis still going on: none is convened on a closed alert. */
export class ConsultationNeedsAnOpenAlert implements BusinessRule {
  readonly name = 'ConsultationNeedsAnOpenAlert';
  readonly message = 'the crisis alert is closed: an emergency consultation is convened on an open alert';
  readonly field = 'alertId';
  constructor(private readonly alertClosed: boolean) {}
  isBroken(): boolean {
    return this.alertClosed;
  }
}
