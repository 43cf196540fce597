import { EventEnvelope, EventSchema } from '@accord/shared/contracts';
import { CRISIS_ALERT_STREAM } from './crisis-streams';

/** Cancelling an alert is closing it with reason `cancelled` (CAP msgType Cancel on export). */
export interface CrisisAlertClosedV1Payload {
  alertId: string;
  reason: 'cancelled' | 'resolved';
  note: string | null;
  closedAt: string;
}
export type CrisisAlertClosedV1 = EventEnvelope<'CrisisAlertClosed', CrisisAlertClosedV1Payload>;

export const CrisisAlertClosedV1Schema: EventSchema = {
  type: 'CrisisAlertClosed',
  version: 1,
  stream: CRISIS_ALERT_STREAM,
  schema: {
    type: 'object',
    required: ['alertId', 'reason', 'note', 'closedAt'],
    additionalProperties: false,
    properties: {
      alertId: { type: 'string', format: 'uuid' },
      reason: { enum: ['cancelled', 'resolved'] },
      note: { type: ['string', 'null'], maxLength: 1000 },
      closedAt: { type: 'string', format: 'date-time' },
    },
  },
};
