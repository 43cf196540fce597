import { EventEnvelope, EventSchema } from '@accord/shared/contracts';
import { LOCAL_ACTION_DETAILS_REQUIRED, LocalActionDetailsV1, localActionDetailsProperties } from './local-action-details.schema';
import { LOCAL_ACTION_STREAM } from './local-action-stream';

export interface LocalActionReportedV1Payload extends LocalActionDetailsV1 {
  localActionId: string;
  city: { organisationId: string; name: string; kind: string; country: string | null };
  reportedAt: string;
}
export type LocalActionReportedV1 = EventEnvelope<'LocalActionReported', LocalActionReportedV1Payload>;

export const LocalActionReportedV1Schema: EventSchema = {
  type: 'LocalActionReported',
  version: 1,
  stream: LOCAL_ACTION_STREAM,
  schema: {
    type: 'object',
    required: ['localActionId', 'city', ...LOCAL_ACTION_DETAILS_REQUIRED, 'reportedAt'],
    additionalProperties: false,
    properties: {
      localActionId: { type: 'string', format: 'uuid' },
      city: {
        type: 'object',
        required: ['organisationId', 'name', 'kind', 'country'],
        additionalProperties: false,
        properties: {
          organisationId: { type: 'string', maxLength: 100 },
          name: { type: 'string', maxLength: 200 },
          kind: { const: 'city' },
          country: { type: ['string', 'null'], pattern: '^[A-Z]{2}$' },
        },
      },
      ...localActionDetailsProperties,
      reportedAt: { type: 'string', format: 'date-time' },
    },
  },
};
