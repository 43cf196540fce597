import { CapacityOffer } from '@accord/evacuations/domain';
import { CommandContext } from '@accord/shared/kernel';

export abstract class CapacityOfferRepository {
  /** Throws NotFound. */
  abstract getById(id: string): Promise<CapacityOffer>;
  /** Throws VersionConflict when someone saved the offer (e.g. matched its seats) since it was loaded. */
  abstract save(offer: CapacityOffer, context: CommandContext): Promise<void>;
}
