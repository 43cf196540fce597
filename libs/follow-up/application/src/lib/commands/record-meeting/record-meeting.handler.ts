import { randomUUID } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Meeting } from '@accord/follow-up/domain';
import { CLOCK, Clock } from '@accord/shared/kernel';
import { MeetingRepository } from '../../ports/meeting.repository';
import { FollowUpSaved } from '../../saved';
import { RecordMeetingCommand } from './record-meeting.command';

@CommandHandler(RecordMeetingCommand)
export class RecordMeetingHandler implements ICommandHandler<RecordMeetingCommand, FollowUpSaved> {
  constructor(private readonly meetings: MeetingRepository, @Inject(CLOCK) private readonly clock: Clock) {}

  async execute({ context, details }: RecordMeetingCommand): Promise<FollowUpSaved> {
    const { actor } = context;
    const secretariat = { organisationId: actor.organisationId, kind: actor.organisation?.kind ?? 'unknown' };
    const meeting = Meeting.record(randomUUID(), secretariat, details, this.clock);
    await this.meetings.save(meeting, context);
    return { id: meeting.id, version: meeting.version };
  }
}
