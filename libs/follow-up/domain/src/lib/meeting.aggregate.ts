import { AggregateRoot, Clock, DomainEvent, Forbidden } from '@accord/shared/kernel';
import { OnlySecretariatsRecordMeetings } from './rules/only-secretariats-record-meetings.rule';

export interface MeetingDetails {
  title: string;
  /** Calendar date, YYYY-MM-DD. */
  date: string;
  /** The process it belongs to, e.g. 'Bali Process', 'GFMD'. */
  process: string;
}

export interface MeetingState extends MeetingDetails {
  secretariatId: string;
}

export type MeetingRecorded = DomainEvent<'MeetingRecorded', MeetingState & { meetingId: string; recordedAt: string }>;

/** A meeting or roundtable of a process; recommendations are issued from it. */
export class Meeting extends AggregateRoot<MeetingRecorded> {
  private constructor(id: string, version: number, private readonly state: MeetingState) {
    super(id, version);
  }

  static record(id: string, secretariat: { organisationId: string; kind: string }, details: MeetingDetails, clock: Clock): Meeting {
    const rule = new OnlySecretariatsRecordMeetings(secretariat.kind);
    if (rule.isBroken()) throw new Forbidden(rule.message);
    const meeting = new Meeting(id, 0, { ...details, secretariatId: secretariat.organisationId });
    meeting.record({ type: 'MeetingRecorded', data: { meetingId: id, ...meeting.state, recordedAt: clock.now().toISOString() } });
    return meeting;
  }

  static restore(id: string, version: number, state: MeetingState): Meeting {
    return new Meeting(id, version, state);
  }

  get snapshot(): Readonly<MeetingState> {
    return { ...this.state };
  }
}
