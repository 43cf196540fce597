import { randomUUID } from 'node:crypto';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { NotFound, VersionConflict } from '@accord/shared/kernel';
import { CapacityCandidates } from '../../ports/capacity-candidates';
import { CapacityOfferRepository } from '../../ports/capacity-offer.repository';
import { CapacityRequestRepository } from '../../ports/capacity-request.repository';
import { OperationSaved } from '../../commands/saved';
import { capacityParty } from '../capacity-party';
import { MatchCapacityCommand } from './match-capacity.command';

/** An agency matches an offer and a request by hand; the offer's version guards its seats. */
@CommandHandler(MatchCapacityCommand)
export class MatchCapacityHandler implements ICommandHandler<MatchCapacityCommand, OperationSaved> {
  constructor(private readonly offers: CapacityOfferRepository, private readonly requests: CapacityRequestRepository, private readonly candidates: CapacityCandidates) {}

  async execute({ context, operationId, offerId, requestId, seats, offerVersion }: MatchCapacityCommand): Promise<OperationSaved> {
    const offer = await this.offers.getById(offerId);
    if (offer.snapshot.operationId !== operationId) throw new NotFound('capacity offer', offerId);
    if (offerVersion !== undefined && offerVersion !== offer.version) throw new VersionConflict(offer.id, offerVersion, offer.version);
    const request = await this.requests.getById(requestId);
    if (request.snapshot.operationId !== operationId) throw new NotFound('capacity request', requestId);
    const unmatchedPassengers = await this.candidates.unmatchedPassengers(request.id, request.passengerCount);
    const matchId = randomUUID();
    offer.match(matchId, { id: request.id, ...request.snapshot, unmatchedPassengers }, seats, capacityParty(context));
    await this.offers.save(offer, context);
    return { id: matchId, version: offer.version };
  }
}
