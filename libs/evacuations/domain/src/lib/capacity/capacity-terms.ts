export const TRANSPORT_MODES = ['air', 'sea', 'road'] as const;
export type TransportMode = (typeof TRANSPORT_MODES)[number];

export interface Route {
  /** Place names as people write them ("Misrata", "Benghazi"); compared without case or surrounding spaces. */
  from: string;
  to: string;
}

export interface OfferTerms extends Route {
  operationId: string;
  /** Calendar date, YYYY-MM-DD. */
  departureDate: string;
  seats: number;
  mode: TransportMode;
}

/** Counts by nationality only: the exchange never holds lists of passengers. */
export interface PassengerCount {
  nationality: string;
  count: number;
}

export interface RequestTerms extends Route {
  operationId: string;
  earliestDate: string;
  latestDate: string;
  passengers: PassengerCount[];
}

export type MatchStatus = 'proposed' | 'confirmed' | 'declined';
export type MatchProposer = 'matcher' | 'agency';

export interface CapacityMatchState {
  requestId: string;
  requestOrganisationId: string;
  seats: number;
  proposedBy: MatchProposer;
  proposerOrganisationId: string | null;
  status: MatchStatus;
  confirmedBy: string[];
  matchedAt: string;
}

/** What an offer needs to know of a request to match it. */
export interface RequestToMatch extends Route {
  id: string;
  operationId: string;
  organisationId: string;
  earliestDate: string;
  latestDate: string;
  /** Passengers of the request not yet covered by live (not declined) matches. */
  unmatchedPassengers: number;
}

export const routeKey = (r: Route): string => `${r.from.trim().toLowerCase()}→${r.to.trim().toLowerCase()}`;

export const isCalendarDate = (d: string): boolean => {
  const at = new Date(`${d}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(d) && !Number.isNaN(at.getTime()) && at.toISOString().slice(0, 10) === d;
};
