import { BusinessRule } from './business-rule';
import { BusinessRuleViolation } from './domain-error';
import { DomainEvent } from './domain-event';

/**
 * Base of every aggregate: rule checks, recorded events and the version used for optimistic
 * concurrency. `version` counts every event the aggregate ever recorded; the persisted version is
 * the one loaded, so `version - pendingEvents().length` is what the store must still hold.
 */
export abstract class AggregateRoot<TEvent extends DomainEvent = DomainEvent> {
  private pending: TEvent[] = [];
  protected constructor(readonly id: string, private currentVersion: number) {}

  get version(): number {
    return this.currentVersion;
  }

  get persistedVersion(): number {
    return this.currentVersion - this.pending.length;
  }

  pendingEvents(): readonly TEvent[] {
    return [...this.pending];
  }

  /** Called by the unit of work once the events are in the outbox. */
  markEventsCommitted(): void {
    this.pending = [];
  }

  protected checkRule(rule: BusinessRule): void {
    if (rule.isBroken()) throw new BusinessRuleViolation(rule);
  }

  protected record(event: TEvent): void {
    this.pending.push(event);
    this.currentVersion += 1;
  }
}
