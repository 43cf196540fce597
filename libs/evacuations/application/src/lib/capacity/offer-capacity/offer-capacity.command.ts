import { OfferTerms } from '@accord/evacuations/domain';
import { CommandContext } from '@accord/shared/kernel';

export class OfferCapacityCommand {
  constructor(readonly context: CommandContext, readonly terms: OfferTerms) {}
}
