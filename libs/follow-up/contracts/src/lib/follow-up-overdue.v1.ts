import { EventEnvelope, EventSchema } from '@accord/shared/contracts';
import { RECOMMENDATION_STREAM } from './follow-up-streams';
import { day, instant, orgId, uuid } from './schema-parts';

export interface FollowUpOverdueV1Payload {
  recommendationId: string;
  addresseeId: string;
  dueDate: string;
  /** 0 for the first reminder, +1 per reminder interval; unique per addressee and recommendation. */
  periodIndex: number;
  daysOverdue: number;
  raisedAt: string;
}
export type FollowUpOverdueV1 = EventEnvelope<'FollowUpOverdue', FollowUpOverdueV1Payload>;

export const FollowUpOverdueV1Schema: EventSchema = {
  type: 'FollowUpOverdue',
  version: 1,
  stream: RECOMMENDATION_STREAM,
  schema: {
    type: 'object',
    required: ['recommendationId', 'addresseeId', 'dueDate', 'periodIndex', 'daysOverdue', 'raisedAt'],
    additionalProperties: false,
    properties: { recommendationId: uuid, addresseeId: orgId, dueDate: day, periodIndex: { type: 'integer', minimum: 0 }, daysOverdue: { type: 'integer', minimum: 1 }, raisedAt: instant },
  },
};
