import { AggregateRoot, Clock, InvalidInput } from '@accord/shared/kernel';
import { TargetMustBeWellFormedRule } from '../rules/target-must-be-well-formed.rule';
import { FollowEvent } from './follow-events';
import { FollowTarget, followIdOf } from './follow-target';

export interface FollowState {
  personId: string;
  organisationId: string;
  target: FollowTarget;
  active: boolean;
}

/**
 * A person following one target. Starting an active follow, or stopping a stopped one, records
 * nothing: both are idempotent, so a double click or a retried request is never an error.
 */
export class Follow extends AggregateRoot<FollowEvent> {
  private constructor(id: string, version: number, private state: FollowState, private readonly clock: Clock) {
    super(id, version);
  }

  static of(personId: string, organisationId: string, kind: string, targetId: string, clock: Clock): Follow {
    const rule = new TargetMustBeWellFormedRule(kind, targetId);
    // Bad input, not a refused change of state: 400 naming the field.
    if (rule.isBroken()) throw new InvalidInput(rule.field, rule.message);
    const target = { kind, id: targetId } as FollowTarget;
    return new Follow(followIdOf(personId, target), 0, { personId, organisationId, target, active: false }, clock);
  }

  static restore(id: string, version: number, state: FollowState, clock: Clock): Follow {
    return new Follow(id, version, { ...state }, clock);
  }

  get snapshot(): FollowState {
    return { ...this.state, target: { ...this.state.target } };
  }

  get active(): boolean {
    return this.state.active;
  }

  start(organisationId: string): void {
    if (this.state.active) return;
    this.state = { ...this.state, organisationId, active: true };
    const { personId, target } = this.state;
    this.record({ type: 'FollowStarted', data: { followId: this.id, personId, organisationId, target: { ...target }, startedAt: this.clock.now().toISOString() } });
  }

  stop(): void {
    if (!this.state.active) return;
    this.state = { ...this.state, active: false };
    const { personId, target } = this.state;
    this.record({ type: 'FollowStopped', data: { followId: this.id, personId, target: { ...target }, stoppedAt: this.clock.now().toISOString() } });
  }
}
