import { DomainEvent } from '@accord/shared/kernel';
import { MatchProposer, PassengerCount, TransportMode } from './capacity-terms';

export type CapacityOffered = DomainEvent<
  'CapacityOffered',
  { offerId: string; operationId: string; organisationId: string; from: string; to: string; departureDate: string; mode: TransportMode; seats: number; offeredAt: string }
>;
export type CapacityRequested = DomainEvent<
  'CapacityRequested',
  {
    requestId: string;
    operationId: string;
    organisationId: string;
    from: string;
    to: string;
    earliestDate: string;
    latestDate: string;
    passengers: PassengerCount[];
    passengerCount: number;
    requestedAt: string;
  }
>;
export type CapacityMatched = DomainEvent<
  'CapacityMatched',
  {
    offerId: string;
    matchId: string;
    requestId: string;
    operationId: string;
    offerOrganisationId: string;
    requestOrganisationId: string;
    seats: number;
    proposedBy: MatchProposer;
    proposerOrganisationId: string | null;
    matchedAt: string;
  }
>;
export type CapacityMatchConfirmed = DomainEvent<
  'CapacityMatchConfirmed',
  { offerId: string; matchId: string; requestId: string; organisationId: string; fullyConfirmed: boolean; confirmedAt: string }
>;
export type CapacityMatchDeclined = DomainEvent<
  'CapacityMatchDeclined',
  { offerId: string; matchId: string; requestId: string; organisationId: string; seatsReleased: number; declinedAt: string }
>;
export type CapacityOfferEvent = CapacityOffered | CapacityMatched | CapacityMatchConfirmed | CapacityMatchDeclined;
export type CapacityRequestEvent = CapacityRequested;
