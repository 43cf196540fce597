import { EventEnvelope, EventSchema } from '@accord/shared/contracts';
import { instant, orgId, target, uuid } from './schema-parts';
import { FOLLOW_STREAM } from './subscriptions-streams';

export type FollowTargetKindV1 = 'commitment' | 'recommendation' | 'organisation';
export interface FollowStartedV1Payload {
  followId: string;
  personId: string;
  organisationId: string;
  target: { kind: FollowTargetKindV1; id: string };
  startedAt: string;
}
export type FollowStartedV1 = EventEnvelope<'FollowStarted', FollowStartedV1Payload>;

export const FollowStartedV1Schema: EventSchema = {
  type: 'FollowStarted',
  version: 1,
  stream: FOLLOW_STREAM,
  schema: {
    type: 'object',
    required: ['followId', 'personId', 'organisationId', 'target', 'startedAt'],
    additionalProperties: false,
    properties: { followId: uuid, personId: { type: 'string', minLength: 1, maxLength: 100 }, organisationId: orgId, target, startedAt: instant },
  },
};
