import { EventEnvelope, EventSchema } from '@accord/shared/contracts';
import { LOCAL_ACTION_DETAILS_REQUIRED, LocalActionDetailsV1, localActionDetailsProperties } from './local-action-details.schema';
import { LOCAL_ACTION_STREAM } from './local-action-stream';

export interface LocalActionUpdatedV1Payload extends LocalActionDetailsV1 {
  localActionId: string;
  updatedAt: string;
}
export type LocalActionUpdatedV1 = EventEnvelope<'LocalActionUpdated', LocalActionUpdatedV1Payload>;

export const LocalActionUpdatedV1Schema: EventSchema = {
  type: 'LocalActionUpdated',
  version: 1,
  stream: LOCAL_ACTION_STREAM,
  schema: {
    type: 'object',
    required: ['localActionId', ...LOCAL_ACTION_DETAILS_REQUIRED, 'updatedAt'],
    additionalProperties: false,
    properties: {
      localActionId: { type: 'string', format: 'uuid' },
      ...localActionDetailsProperties,
      updatedAt: { type: 'string', format: 'date-time' },
    },
  },
};
