import { EventEnvelope, EventSchema } from '@accord/shared/contracts';
import { FIELD_REPORT_STREAM } from './crisis-streams';

const count = { type: 'integer', minimum: 0 };

/** A civil society monitor's observation: place, counts and needs; never names, never the free-text note. */
export interface FieldReportFiledV1Payload {
  reportId: string;
  alertId: string;
  country: string;
  monitorOrganisationId: string;
  place: { name: string; lat: number | null; lon: number | null };
  observedAt: string;
  movements: { direction: 'arriving' | 'departing' | 'transiting' | 'stranded'; sex: 'female' | 'male' | 'unknown'; ageBand: 'child' | 'adult' | 'older' | 'unknown'; count: number }[];
  incidents: { kind: string; count: number }[];
  needs: string[];
  hasNote: boolean;
  filedAt: string;
}
export type FieldReportFiledV1 = EventEnvelope<'FieldReportFiled', FieldReportFiledV1Payload>;

export const FieldReportFiledV1Schema: EventSchema = {
  type: 'FieldReportFiled',
  version: 1,
  stream: FIELD_REPORT_STREAM,
  schema: {
    type: 'object',
    required: ['reportId', 'alertId', 'country', 'monitorOrganisationId', 'place', 'observedAt', 'movements', 'incidents', 'needs', 'hasNote', 'filedAt'],
    additionalProperties: false,
    properties: {
      reportId: { type: 'string', format: 'uuid' },
      alertId: { type: 'string', format: 'uuid' },
      country: { type: 'string', pattern: '^[A-Z]{2}$' },
      monitorOrganisationId: { type: 'string', maxLength: 100 },
      place: {
        type: 'object', required: ['name', 'lat', 'lon'], additionalProperties: false,
        properties: { name: { type: 'string', minLength: 1, maxLength: 200 }, lat: { type: ['number', 'null'], minimum: -90, maximum: 90 }, lon: { type: ['number', 'null'], minimum: -180, maximum: 180 } },
      },
      observedAt: { type: 'string', format: 'date-time' },
      movements: {
        type: 'array', maxItems: 50,
        items: {
          type: 'object', required: ['direction', 'sex', 'ageBand', 'count'], additionalProperties: false,
          properties: { direction: { enum: ['arriving', 'departing', 'transiting', 'stranded'] }, sex: { enum: ['female', 'male', 'unknown'] }, ageBand: { enum: ['child', 'adult', 'older', 'unknown'] }, count },
        },
      },
      incidents: {
        type: 'array', maxItems: 20,
        items: {
          type: 'object', required: ['kind', 'count'], additionalProperties: false,
          properties: { kind: { enum: ['detention', 'extortion', 'robbery', 'physical_violence', 'sexual_violence', 'kidnapping', 'death', 'family_separation', 'forced_return', 'denial_of_assistance'] }, count },
        },
      },
      needs: { type: 'array', uniqueItems: true, items: { enum: ['water', 'food', 'shelter', 'medical', 'protection', 'transport', 'information', 'documentation', 'cash'] } },
      hasNote: { type: 'boolean' },
      filedAt: { type: 'string', format: 'date-time' },
    },
  },
};
