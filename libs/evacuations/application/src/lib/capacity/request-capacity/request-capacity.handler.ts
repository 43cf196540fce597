import { randomUUID } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CapacityRequest, RequestToMatch } from '@accord/evacuations/domain';
import { CLOCK, Clock } from '@accord/shared/kernel';
import { CapacityCandidates } from '../../ports/capacity-candidates';
import { CapacityOfferRepository } from '../../ports/capacity-offer.repository';
import { CapacityRequestRepository } from '../../ports/capacity-request.repository';
import { EvacuationOperationRepository } from '../../ports/evacuation-operation.repository';
import { capacityParty } from '../capacity-party';
import { CapacitySaved } from '../capacity-saved';
import { RequestCapacityCommand } from './request-capacity.command';

/** Requests seats; the matcher proposes free seats of fitting offers at once, earliest departure first. */
@CommandHandler(RequestCapacityCommand)
export class RequestCapacityHandler implements ICommandHandler<RequestCapacityCommand, CapacitySaved> {
  constructor(
    private readonly operations: EvacuationOperationRepository,
    private readonly requests: CapacityRequestRepository,
    private readonly offers: CapacityOfferRepository,
    private readonly candidates: CapacityCandidates,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ context, terms }: RequestCapacityCommand): Promise<CapacitySaved> {
    await this.operations.getById(terms.operationId);
    const request = CapacityRequest.request(randomUUID(), capacityParty(context), terms, this.clock);
    await this.requests.save(request, context);
    const wanted: RequestToMatch = { id: request.id, ...request.snapshot, unmatchedPassengers: request.passengerCount };
    const matchIds: string[] = [];
    for (const offerId of await this.candidates.offersFor(wanted)) {
      if (wanted.unmatchedPassengers < 1) break;
      const offer = await this.offers.getById(offerId);
      const seats = Math.min(offer.freeSeats, wanted.unmatchedPassengers);
      if (seats < 1) continue;
      const matchId = randomUUID();
      offer.match(matchId, wanted, seats, null);
      await this.offers.save(offer, context);
      wanted.unmatchedPassengers -= seats;
      matchIds.push(matchId);
    }
    return { id: request.id, version: request.version, matchIds };
  }
}
