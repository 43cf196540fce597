import { MeetingDetails } from '@accord/follow-up/domain';
import { CommandContext } from '@accord/shared/kernel';

export class RecordMeetingCommand {
  constructor(readonly context: CommandContext, readonly details: MeetingDetails) {}
}
