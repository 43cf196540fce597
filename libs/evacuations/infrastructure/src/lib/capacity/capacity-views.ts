import { MatchProposer, MatchStatus, PassengerCount, TransportMode } from '@accord/evacuations/domain';

export interface CapacityPage<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface OfferView {
  id: string;
  operationId: string;
  organisationId: string;
  from: string;
  to: string;
  departureDate: string;
  mode: TransportMode;
  seats: number;
  allocatedSeats: number;
  freeSeats: number;
  offeredAt: string;
  /** Send it back as `offerVersion` when matching by hand, to be refused (409) if the seats changed meanwhile. */
  version: number;
}

export interface RequestView {
  id: string;
  operationId: string;
  organisationId: string;
  from: string;
  to: string;
  earliestDate: string;
  latestDate: string;
  passengers: PassengerCount[];
  passengerCount: number;
  matchedSeats: number;
  requestedAt: string;
}

export interface MatchView {
  id: string;
  offerId: string;
  requestId: string;
  operationId: string;
  offerOrganisationId: string;
  requestOrganisationId: string;
  seats: number;
  proposedBy: MatchProposer;
  status: MatchStatus;
  confirmedBy: string[];
  matchedAt: string;
}
