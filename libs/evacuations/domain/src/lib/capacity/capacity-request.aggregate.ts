import { AggregateRoot, Clock } from '@accord/shared/kernel';
import { OnlyStatesAndAgenciesExchangeCapacity } from '../rules/only-states-and-agencies-exchange-capacity.rule';
import { PassengerCountsMustBeWhole } from '../rules/passenger-counts-must-be-whole.rule';
import { RequestWindowMustBeComing } from '../rules/request-window-must-be-coming.rule';
import { CapacityRequestEvent } from './capacity-events';
import { RequestTerms } from './capacity-terms';
import { Party } from './capacity-offer.aggregate';

export interface CapacityRequestState extends RequestTerms {
  organisationId: string;
  requestedAt: string;
}

/** Seats a State or agency needs on a route between two dates, counted by nationality. */
export class CapacityRequest extends AggregateRoot<CapacityRequestEvent> {
  private constructor(id: string, version: number, private readonly state: CapacityRequestState) {
    super(id, version);
  }

  static request(id: string, by: Party, terms: RequestTerms, clock: Clock): CapacityRequest {
    const requestedAt = clock.now().toISOString();
    const r = new CapacityRequest(id, 0, { ...terms, passengers: terms.passengers.map((p) => ({ ...p })), organisationId: by.organisationId, requestedAt });
    r.checkRule(new OnlyStatesAndAgenciesExchangeCapacity(by.kind));
    r.checkRule(new RequestWindowMustBeComing(terms.earliestDate, terms.latestDate, clock.now()));
    r.checkRule(new PassengerCountsMustBeWhole(terms.passengers));
    r.record({ type: 'CapacityRequested', data: { requestId: id, ...r.state, passengerCount: r.passengerCount } });
    return r;
  }

  static restore(id: string, version: number, state: CapacityRequestState): CapacityRequest {
    return new CapacityRequest(id, version, state);
  }

  get snapshot(): Readonly<CapacityRequestState> {
    return { ...this.state };
  }

  get passengerCount(): number {
    return this.state.passengers.reduce((sum, p) => sum + p.count, 0);
  }
}
