import { randomUUID } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CapacityOffer } from '@accord/evacuations/domain';
import { CLOCK, Clock } from '@accord/shared/kernel';
import { CapacityCandidates } from '../../ports/capacity-candidates';
import { CapacityOfferRepository } from '../../ports/capacity-offer.repository';
import { EvacuationOperationRepository } from '../../ports/evacuation-operation.repository';
import { capacityParty } from '../capacity-party';
import { CapacitySaved } from '../capacity-saved';
import { OfferCapacityCommand } from './offer-capacity.command';

/** Offers seats and lets the matcher propose them at once to waiting requests on the same route and dates. */
@CommandHandler(OfferCapacityCommand)
export class OfferCapacityHandler implements ICommandHandler<OfferCapacityCommand, CapacitySaved> {
  constructor(
    private readonly operations: EvacuationOperationRepository,
    private readonly offers: CapacityOfferRepository,
    private readonly candidates: CapacityCandidates,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ context, terms }: OfferCapacityCommand): Promise<CapacitySaved> {
    await this.operations.getById(terms.operationId);
    const offer = CapacityOffer.offer(randomUUID(), capacityParty(context), terms, this.clock);
    const matchIds: string[] = [];
    for (const request of await this.candidates.requestsFor({ id: offer.id, ...terms })) {
      const seats = Math.min(offer.freeSeats, request.unmatchedPassengers);
      if (seats < 1) continue;
      const matchId = randomUUID();
      offer.match(matchId, request, seats, null);
      matchIds.push(matchId);
    }
    await this.offers.save(offer, context);
    return { id: offer.id, version: offer.version, matchIds };
  }
}
