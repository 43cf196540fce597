import { BusinessRule } from '@accord/shared/kernel';
import { routeKey } from '../capacity/capacity-terms';
import type { OfferTerms, RequestToMatch } from '../capacity/capacity-terms';

export class RouteAndDateMustFit implements BusinessRule {
  readonly name = 'RouteAndDateMustFit';
  readonly field = 'requestId';
  readonly message = 'the request must be of the same operation and route, and the offer must depart within its dates';
  constructor(private readonly offer: OfferTerms, private readonly request: RequestToMatch) {}
  isBroken(): boolean {
    const { offer, request } = this;
    const sameRoute = offer.operationId === request.operationId && routeKey(offer) === routeKey(request);
    return !sameRoute || offer.departureDate < request.earliestDate || offer.departureDate > request.latestDate;
  }
}
