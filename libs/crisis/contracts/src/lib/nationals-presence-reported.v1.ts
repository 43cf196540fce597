import { EventEnvelope, EventSchema } from '@accord/shared/contracts';
import { PRESENCE_REPORT_STREAM } from './crisis-streams';

export type NationalsNeedV1 = 'evacuation' | 'consular' | 'shelter' | 'medical' | 'translation';
/** Counts by place and needs; never names. */
export interface NationalsPresenceReportedV1Payload {
  reportId: string;
  alertId: string;
  country: string;
  stateOrganisationId: string;
  places: { place: string; count: number }[];
  total: number;
  needs: NationalsNeedV1[];
  reportedAt: string;
}
export type NationalsPresenceReportedV1 = EventEnvelope<'NationalsPresenceReported', NationalsPresenceReportedV1Payload>;

export const NationalsPresenceReportedV1Schema: EventSchema = {
  type: 'NationalsPresenceReported',
  version: 1,
  stream: PRESENCE_REPORT_STREAM,
  schema: {
    type: 'object',
    required: ['reportId', 'alertId', 'country', 'stateOrganisationId', 'places', 'total', 'needs', 'reportedAt'],
    additionalProperties: false,
    properties: {
      reportId: { type: 'string', format: 'uuid' },
      alertId: { type: 'string', format: 'uuid' },
      country: { type: 'string', pattern: '^[A-Z]{2}$' },
      stateOrganisationId: { type: 'string', maxLength: 100 },
      places: {
        type: 'array',
        minItems: 1,
        maxItems: 200,
        items: { type: 'object', required: ['place', 'count'], additionalProperties: false, properties: { place: { type: 'string', maxLength: 200 }, count: { type: 'integer', minimum: 0 } } },
      },
      total: { type: 'integer', minimum: 0 },
      needs: { type: 'array', uniqueItems: true, items: { enum: ['evacuation', 'consular', 'shelter', 'medical', 'translation'] } },
      reportedAt: { type: 'string', format: 'date-time' },
    },
  },
};
