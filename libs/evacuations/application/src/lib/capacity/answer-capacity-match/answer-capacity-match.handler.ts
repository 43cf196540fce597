import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { OperationSaved } from '../../commands/saved';
import { CapacityCandidates } from '../../ports/capacity-candidates';
import { CapacityOfferRepository } from '../../ports/capacity-offer.repository';
import { AnswerCapacityMatchCommand } from './answer-capacity-match.command';

/** The offering or requesting organisation confirms a match, or declines it (its seats go back to the offer). */
@CommandHandler(AnswerCapacityMatchCommand)
export class AnswerCapacityMatchHandler implements ICommandHandler<AnswerCapacityMatchCommand, OperationSaved> {
  constructor(private readonly offers: CapacityOfferRepository, private readonly candidates: CapacityCandidates) {}

  async execute({ context, operationId, matchId, answer }: AnswerCapacityMatchCommand): Promise<OperationSaved> {
    const offer = await this.offers.getById(await this.candidates.offerIdOfMatch(operationId, matchId));
    const actingFor = context.actor.organisationId;
    if (answer === 'confirm') offer.confirm(matchId, actingFor);
    else offer.decline(matchId, actingFor);
    await this.offers.save(offer, context);
    return { id: matchId, version: offer.version };
  }
}
