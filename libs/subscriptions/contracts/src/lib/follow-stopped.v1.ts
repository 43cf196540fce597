import { EventEnvelope, EventSchema } from '@accord/shared/contracts';
import { FollowTargetKindV1 } from './follow-started.v1';
import { instant, target, uuid } from './schema-parts';
import { FOLLOW_STREAM } from './subscriptions-streams';

export interface FollowStoppedV1Payload {
  followId: string;
  personId: string;
  target: { kind: FollowTargetKindV1; id: string };
  stoppedAt: string;
}
export type FollowStoppedV1 = EventEnvelope<'FollowStopped', FollowStoppedV1Payload>;

export const FollowStoppedV1Schema: EventSchema = {
  type: 'FollowStopped',
  version: 1,
  stream: FOLLOW_STREAM,
  schema: {
    type: 'object',
    required: ['followId', 'personId', 'target', 'stoppedAt'],
    additionalProperties: false,
    properties: { followId: uuid, personId: { type: 'string', minLength: 1, maxLength: 100 }, target, stoppedAt: instant },
  },
};
