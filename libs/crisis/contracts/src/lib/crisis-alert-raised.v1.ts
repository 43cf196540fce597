import { EventEnvelope, EventSchema } from '@accord/shared/contracts';
import { ALERT_TERMS_PROPERTIES, ALERT_TERMS_REQUIRED, AlertTermsV1 } from './alert-terms.schema';
import { CRISIS_ALERT_STREAM } from './crisis-streams';

export interface CrisisAlertRaisedV1Payload extends AlertTermsV1 {
  alertId: string;
  issuer: { organisationId: string; name: string };
  cap: { identifier: string; sender: string; sent: string; status: string; msgType: string; scope: string; references: string | null };
  raisedAt: string;
}
export type CrisisAlertRaisedV1 = EventEnvelope<'CrisisAlertRaised', CrisisAlertRaisedV1Payload>;

const text = (max: number) => ({ type: 'string', maxLength: max });
export const CrisisAlertRaisedV1Schema: EventSchema = {
  type: 'CrisisAlertRaised',
  version: 1,
  stream: CRISIS_ALERT_STREAM,
  schema: {
    type: 'object',
    required: ['alertId', 'issuer', 'cap', 'raisedAt', ...ALERT_TERMS_REQUIRED],
    additionalProperties: false,
    properties: {
      alertId: { type: 'string', format: 'uuid' },
      issuer: { type: 'object', required: ['organisationId', 'name'], additionalProperties: false, properties: { organisationId: text(100), name: text(200) } },
      cap: {
        type: 'object',
        required: ['identifier', 'sender', 'sent', 'status', 'msgType', 'scope', 'references'],
        additionalProperties: false,
        properties: {
          identifier: text(300),
          sender: text(300),
          sent: text(40),
          status: { enum: ['Actual', 'Exercise', 'System', 'Test', 'Draft'] },
          msgType: { enum: ['Alert', 'Update', 'Cancel', 'Ack', 'Error'] },
          scope: { enum: ['Public', 'Restricted', 'Private'] },
          references: { type: ['string', 'null'], maxLength: 4000 },
        },
      },
      raisedAt: { type: 'string', format: 'date-time' },
      ...ALERT_TERMS_PROPERTIES,
    },
  },
};
