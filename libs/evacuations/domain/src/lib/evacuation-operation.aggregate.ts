import { AggregateRoot, Clock } from '@accord/shared/kernel';
import { EvacuationEvent } from './evacuation-events';
import { MovementKind, MovementTotals, NationalityTarget } from './evacuation-terms';
import { MovementCountMustBePositive } from './rules/movement-count-must-be-positive.rule';
import { MovementsComeFromStatesAndAgencies } from './rules/movements-come-from-states-and-agencies.rule';
import { OnlyAgenciesOpenOperations } from './rules/only-agencies-open-operations.rule';
import { TargetsMustBePositive } from './rules/targets-must-be-positive.rule';

export interface EvacuationOperationState {
  alertId: string;
  country: string;
  name: string;
  operator: string;
  targets: NationalityTarget[];
  totals: MovementTotals;
  openedAt: string;
}

const zero = (): Record<MovementKind, number> => ({ evacuated: 0, in_transit: 0, returned: 0, reintegration_support: 0 });

/** An evacuation or repatriation operation for a crisis, counted by nationality (never lists of people). */
export class EvacuationOperation extends AggregateRoot<EvacuationEvent> {
  private constructor(id: string, version: number, private state: EvacuationOperationState, private readonly clock: Clock) {
    super(id, version);
  }

  static open(id: string, operator: { organisationId: string; kind: string }, plan: { alertId: string; country: string; name: string; targets: NationalityTarget[] }, clock: Clock): EvacuationOperation {
    const at = clock.now().toISOString();
    const totals = Object.fromEntries(plan.targets.map((t) => [t.nationality, zero()]));
    const op = new EvacuationOperation(id, 0, { ...plan, operator: operator.organisationId, totals, openedAt: at }, clock);
    op.checkRule(new OnlyAgenciesOpenOperations(operator.kind));
    op.checkRule(new TargetsMustBePositive(plan.targets));
    op.record({ type: 'EvacuationOperationOpened', data: { operationId: id, ...plan, operatorOrganisationId: operator.organisationId, openedAt: at } });
    return op;
  }

  static restore(id: string, version: number, state: EvacuationOperationState, clock: Clock): EvacuationOperation {
    return new EvacuationOperation(id, version, state, clock);
  }

  get snapshot(): Readonly<EvacuationOperationState> {
    return { ...this.state };
  }

  reportMovement(reporter: { organisationId: string; kind: string }, nationality: string, kind: MovementKind, count: number): void {
    this.checkRule(new MovementsComeFromStatesAndAgencies(reporter.kind));
    this.checkRule(new MovementCountMustBePositive(count));
    this.record({ type: 'EvacuationMovementReported', data: { operationId: this.id, reporterOrganisationId: reporter.organisationId, nationality, kind, count, reportedAt: this.clock.now().toISOString() } });
    const current = this.state.totals[nationality] ?? zero();
    this.state = { ...this.state, totals: { ...this.state.totals, [nationality]: { ...current, [kind]: current[kind] + count } } };
  }

  /** Share of each nationality's target already evacuated (0–1), for the crisis room. */
  progress(): Record<string, number> {
    return Object.fromEntries(this.state.targets.map((t) => [t.nationality, Math.min(1, (this.state.totals[t.nationality]?.evacuated ?? 0) / t.count)]));
  }
}
