import { Follow } from '@accord/subscriptions/domain';
import { CommandContext } from '@accord/shared/kernel';

export abstract class FollowRepository {
  /** The stored follow, or null when this person never followed this target. */
  abstract find(id: string): Promise<Follow | null>;
  /** Stores the follow and hands its recorded events to the unit of work's outbox. */
  abstract save(follow: Follow, context: CommandContext): Promise<void>;
}
