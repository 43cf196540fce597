import { RequestToMatch } from '@accord/evacuations/domain';

export interface OfferToMatch {
  id: string;
  operationId: string;
  from: string;
  to: string;
  departureDate: string;
}

/** What the matcher looks up, inside the command's transaction. */
export abstract class CapacityCandidates {
  /** Requests of the operation on the offer's route whose dates hold its departure and that still need seats, oldest first. */
  abstract requestsFor(offer: OfferToMatch): Promise<RequestToMatch[]>;
  /** Ids of offers of the operation on the route, departing inside the dates, with free seats, earliest departure first. */
  abstract offersFor(request: RequestToMatch): Promise<string[]>;
  /** Seats of the request not yet covered by live (not declined) matches. */
  abstract unmatchedPassengers(requestId: string, passengerCount: number): Promise<number>;
  /** The offer a match belongs to, if the match is of this operation. Throws NotFound. */
  abstract offerIdOfMatch(operationId: string, matchId: string): Promise<string>;
}
