import { EventEnvelope, EventSchema } from '@accord/shared/contracts';
import { ALERT_TERMS_PROPERTIES, ALERT_TERMS_REQUIRED, AlertTermsV1 } from './alert-terms.schema';
import { CRISIS_ALERT_STREAM } from './crisis-streams';

/** Carries the whole new content, so a consumer never merges partial changes. */
export interface CrisisAlertUpdatedV1Payload extends AlertTermsV1 {
  alertId: string;
  updatedAt: string;
}
export type CrisisAlertUpdatedV1 = EventEnvelope<'CrisisAlertUpdated', CrisisAlertUpdatedV1Payload>;

export const CrisisAlertUpdatedV1Schema: EventSchema = {
  type: 'CrisisAlertUpdated',
  version: 1,
  stream: CRISIS_ALERT_STREAM,
  schema: {
    type: 'object',
    required: ['alertId', 'updatedAt', ...ALERT_TERMS_REQUIRED],
    additionalProperties: false,
    properties: { alertId: { type: 'string', format: 'uuid' }, updatedAt: { type: 'string', format: 'date-time' }, ...ALERT_TERMS_PROPERTIES },
  },
};
