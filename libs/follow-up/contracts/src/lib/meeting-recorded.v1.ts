import { EventEnvelope, EventSchema } from '@accord/shared/contracts';
import { MEETING_STREAM } from './follow-up-streams';
import { day, instant, orgId, uuid } from './schema-parts';

export interface MeetingRecordedV1Payload {
  meetingId: string;
  secretariatId: string;
  title: string;
  date: string;
  process: string;
  recordedAt: string;
}
export type MeetingRecordedV1 = EventEnvelope<'MeetingRecorded', MeetingRecordedV1Payload>;

export const MeetingRecordedV1Schema: EventSchema = {
  type: 'MeetingRecorded',
  version: 1,
  stream: MEETING_STREAM,
  schema: {
    type: 'object',
    required: ['meetingId', 'secretariatId', 'title', 'date', 'process', 'recordedAt'],
    additionalProperties: false,
    properties: { meetingId: uuid, secretariatId: orgId, title: { type: 'string', minLength: 3, maxLength: 200 }, date: day, process: { type: 'string', minLength: 2, maxLength: 100 }, recordedAt: instant },
  },
};
