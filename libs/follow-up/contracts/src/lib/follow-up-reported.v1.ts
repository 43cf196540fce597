import { EventEnvelope, EventSchema } from '@accord/shared/contracts';
import { RECOMMENDATION_STREAM } from './follow-up-streams';
import { instant, orgId, uuid, uuids } from './schema-parts';

export interface FollowUpReportedV1Payload {
  recommendationId: string;
  addresseeId: string;
  narrative: string;
  commitmentIds: string[];
  localActionIds: string[];
  /** Reported on or before the due date. */
  onTime: boolean;
  reportedAt: string;
}
export type FollowUpReportedV1 = EventEnvelope<'FollowUpReported', FollowUpReportedV1Payload>;

export const FollowUpReportedV1Schema: EventSchema = {
  type: 'FollowUpReported',
  version: 1,
  stream: RECOMMENDATION_STREAM,
  schema: {
    type: 'object',
    required: ['recommendationId', 'addresseeId', 'narrative', 'commitmentIds', 'localActionIds', 'onTime', 'reportedAt'],
    additionalProperties: false,
    properties: {
      recommendationId: uuid,
      addresseeId: orgId,
      narrative: { type: 'string', minLength: 1, maxLength: 8000 },
      commitmentIds: uuids,
      localActionIds: uuids,
      onTime: { type: 'boolean' },
      reportedAt: instant,
    },
  },
};
