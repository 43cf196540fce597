import { AggregateRoot, BusinessRule, Clock, Forbidden, NotFound } from '@accord/shared/kernel';
import { DepartureMustBeAComingDate } from '../rules/departure-must-be-a-coming-date.rule';
import { MatchMustBePending } from '../rules/match-must-be-pending.rule';
import { MatchMustNotExceedTheRequest } from '../rules/match-must-not-exceed-the-request.rule';
import { OnlyAgenciesMatchByHand } from '../rules/only-agencies-match-by-hand.rule';
import { OnlyStatesAndAgenciesExchangeCapacity } from '../rules/only-states-and-agencies-exchange-capacity.rule';
import { OnlyThePartiesAnswerAMatch } from '../rules/only-the-parties-answer-a-match.rule';
import { RouteAndDateMustFit } from '../rules/route-and-date-must-fit.rule';
import { SeatsMustBePositive } from '../rules/seats-must-be-positive.rule';
import { SeatsMustNotBeOverAllocated } from '../rules/seats-must-not-be-over-allocated.rule';
import { CapacityOfferEvent } from './capacity-events';
import { CapacityMatchState, OfferTerms, RequestToMatch } from './capacity-terms';

export interface CapacityOfferState extends OfferTerms {
  organisationId: string;
  matches: Record<string, CapacityMatchState>;
  offeredAt: string;
}

export interface Party {
  organisationId: string;
  kind: string;
}

/**
 * Seats a State or agency offers on one departure (a charter flight, a ferry). The offer owns its
 * matches so that its seats are never allocated twice: every match changes the offer's version, and
 * two matches racing for the last seats cannot both be saved.
 */
export class CapacityOffer extends AggregateRoot<CapacityOfferEvent> {
  private constructor(id: string, version: number, private state: CapacityOfferState, private readonly clock: Clock) {
    super(id, version);
  }

  static offer(id: string, by: Party, terms: OfferTerms, clock: Clock): CapacityOffer {
    const offeredAt = clock.now().toISOString();
    const o = new CapacityOffer(id, 0, { ...terms, organisationId: by.organisationId, matches: {}, offeredAt }, clock);
    o.checkRule(new OnlyStatesAndAgenciesExchangeCapacity(by.kind));
    o.checkRule(new SeatsMustBePositive(terms.seats));
    o.checkRule(new DepartureMustBeAComingDate(terms.departureDate, clock.now()));
    o.record({ type: 'CapacityOffered', data: { offerId: id, ...terms, organisationId: by.organisationId, offeredAt } });
    return o;
  }

  static restore(id: string, version: number, state: CapacityOfferState, clock: Clock): CapacityOffer {
    return new CapacityOffer(id, version, state, clock);
  }

  get snapshot(): Readonly<CapacityOfferState> {
    return { ...this.state };
  }

  get allocatedSeats(): number {
    return Object.values(this.state.matches).reduce((sum, m) => sum + (m.status === 'declined' ? 0 : m.seats), 0);
  }

  get freeSeats(): number {
    return this.state.seats - this.allocatedSeats;
  }

  /** `by` null: proposed by the platform's matcher; otherwise an agency matching by hand. */
  match(matchId: string, request: RequestToMatch, seats: number, by: Party | null): void {
    if (by) this.authorise(new OnlyAgenciesMatchByHand(by.kind));
    this.checkRule(new SeatsMustBePositive(seats));
    this.checkRule(new RouteAndDateMustFit(this.state, request));
    this.checkRule(new SeatsMustNotBeOverAllocated(this.freeSeats, seats));
    this.checkRule(new MatchMustNotExceedTheRequest(request.unmatchedPassengers, seats));
    const matchedAt = this.clock.now().toISOString();
    const proposedBy = by ? 'agency' : 'matcher';
    const proposerOrganisationId = by?.organisationId ?? null;
    this.record({
      type: 'CapacityMatched',
      data: { offerId: this.id, matchId, requestId: request.id, operationId: this.state.operationId, offerOrganisationId: this.state.organisationId, requestOrganisationId: request.organisationId, seats, proposedBy, proposerOrganisationId, matchedAt },
    });
    const match: CapacityMatchState = { requestId: request.id, requestOrganisationId: request.organisationId, seats, proposedBy, proposerOrganisationId, status: 'proposed', confirmedBy: [], matchedAt };
    this.state = { ...this.state, matches: { ...this.state.matches, [matchId]: match } };
  }

  confirm(matchId: string, actingFor: string): void {
    const m = this.answerable(matchId, actingFor);
    const confirmedBy = [...m.confirmedBy, actingFor];
    const fullyConfirmed = this.parties(m).every((p) => confirmedBy.includes(p));
    this.record({ type: 'CapacityMatchConfirmed', data: { offerId: this.id, matchId, requestId: m.requestId, organisationId: actingFor, fullyConfirmed, confirmedAt: this.clock.now().toISOString() } });
    this.put(matchId, { ...m, confirmedBy, status: fullyConfirmed ? 'confirmed' : 'proposed' });
  }

  /** Releases the match's seats to the offer. */
  decline(matchId: string, actingFor: string): void {
    const m = this.answerable(matchId, actingFor);
    this.record({ type: 'CapacityMatchDeclined', data: { offerId: this.id, matchId, requestId: m.requestId, organisationId: actingFor, seatsReleased: m.seats, declinedAt: this.clock.now().toISOString() } });
    this.put(matchId, { ...m, status: 'declined' });
  }

  private answerable(matchId: string, actingFor: string): CapacityMatchState {
    const m = this.state.matches[matchId];
    if (!m) throw new NotFound('capacity match', matchId);
    this.authorise(new OnlyThePartiesAnswerAMatch(this.parties(m), actingFor));
    this.checkRule(new MatchMustBePending(m.status, m.confirmedBy.includes(actingFor)));
    return m;
  }

  private parties(m: CapacityMatchState): string[] {
    return [...new Set([this.state.organisationId, m.requestOrganisationId])];
  }

  private put(matchId: string, m: CapacityMatchState): void {
    this.state = { ...this.state, matches: { ...this.state.matches, [matchId]: m } };
  }

  private authorise(rule: BusinessRule): void {
    if (rule.isBroken()) throw new Forbidden(rule.message);
  }
}
