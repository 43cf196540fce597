import { ConsularRequest } from '@accord/consular/domain';
import { CommandContext } from '@accord/shared/kernel';

export abstract class ConsularRequestRepository {
  /** Throws NotFound. */
  abstract getById(id: string): Promise<ConsularRequest>;
  abstract save(request: ConsularRequest, context: CommandContext): Promise<void>;
  /** Requests routed to a State whose answer is due at or before `now`. */
  abstract overdue(now: Date, limit: number): Promise<string[]>;
  /** Closed requests, not yet purged, closed at or before `closedBefore`. */
  abstract purgeable(closedBefore: Date, limit: number): Promise<string[]>;
}
