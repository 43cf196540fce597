import { Recommendation } from '@accord/follow-up/domain';
import { EventOrigin } from './event-origin';

export abstract class RecommendationRepository {
  /** Throws NotFound. */
  abstract getById(id: string): Promise<Recommendation>;
  /** Throws VersionConflict when someone saved the recommendation since it was loaded. */
  abstract save(recommendation: Recommendation, origin: EventOrigin): Promise<void>;
}
