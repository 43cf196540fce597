import { Injectable } from '@nestjs/common';
import { EventOrigin, MeetingRepository } from '@accord/follow-up/application';
import { MEETING_STREAM } from '@accord/follow-up/contracts';
import { Meeting } from '@accord/follow-up/domain';
import { NotFound } from '@accord/shared/kernel';
import { pendingEnvelopes, UnitOfWork } from '@accord/shared/messaging';
import { MeetingOrmEntity } from './meeting.orm-entity';

/** Meetings are recorded once and never change, so there is no update path. */
@Injectable()
export class TypeOrmMeetingRepository extends MeetingRepository {
  constructor(private readonly uow: UnitOfWork) {
    super();
  }

  async getById(id: string): Promise<Meeting> {
    const row = await this.uow.manager.findOne(MeetingOrmEntity, { where: { id } });
    if (!row) throw new NotFound('meeting', id);
    return Meeting.restore(row.id, row.version, row.state);
  }

  async save(meeting: Meeting, origin: EventOrigin): Promise<void> {
    const state = meeting.snapshot;
    await this.uow.manager.getRepository(MeetingOrmEntity).insert({ id: meeting.id, secretariatId: state.secretariatId, version: meeting.version, state });
    this.uow.collect(pendingEnvelopes(meeting, MEETING_STREAM, origin));
    meeting.markEventsCommitted();
  }
}
