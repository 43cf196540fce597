import { EventEnvelope, EventSchema } from '@accord/shared/contracts';
import { CONSULTATION_STREAM } from './follow-up-streams';
import { instant, orgId, uuid } from './schema-parts';

export interface AttendanceRecordedV1Payload {
  consultationId: string;
  attendance: { organisationId: string; present: boolean }[];
  recordedAt: string;
}
export type AttendanceRecordedV1 = EventEnvelope<'AttendanceRecorded', AttendanceRecordedV1Payload>;

export const AttendanceRecordedV1Schema: EventSchema = {
  type: 'AttendanceRecorded',
  version: 1,
  stream: CONSULTATION_STREAM,
  schema: {
    type: 'object',
    required: ['consultationId', 'attendance', 'recordedAt'],
    additionalProperties: false,
    properties: {
      consultationId: uuid,
      attendance: {
        type: 'array',
        minItems: 1,
        maxItems: 60,
        items: { type: 'object', required: ['organisationId', 'present'], additionalProperties: false, properties: { organisationId: orgId, present: { type: 'boolean' } } },
      },
      recordedAt: instant,
    },
  },
};
