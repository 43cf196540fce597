import { Meeting } from '@accord/follow-up/domain';
import { EventOrigin } from './event-origin';

export abstract class MeetingRepository {
  /** Throws NotFound. */
  abstract getById(id: string): Promise<Meeting>;
  abstract save(meeting: Meeting, origin: EventOrigin): Promise<void>;
}
