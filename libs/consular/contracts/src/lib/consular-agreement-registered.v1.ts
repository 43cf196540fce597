import { EventEnvelope } from '@accord/shared/contracts';
import { CONSULAR_AGREEMENT_STREAM } from './consular-streams';
import { at, closedSchema, country, orgId, services } from './schema-parts';

export interface ConsularAgreementRegisteredV1Payload {
  agreementId: string;
  parties: string[];
  countries: string[];
  services: string[];
  validFrom: string;
  validTo: string | null;
  registeredBy: string;
  registeredAt: string;
}
export type ConsularAgreementRegisteredV1 = EventEnvelope<'ConsularAgreementRegistered', ConsularAgreementRegisteredV1Payload>;

export const ConsularAgreementRegisteredV1Schema = closedSchema('ConsularAgreementRegistered', CONSULAR_AGREEMENT_STREAM, {
  agreementId: { type: 'string', format: 'uuid' },
  parties: { type: 'array', minItems: 2, items: orgId },
  countries: { type: 'array', minItems: 1, items: country },
  services,
  validFrom: { type: 'string', format: 'date' },
  validTo: { type: ['string', 'null'], format: 'date' },
  registeredBy: orgId,
  registeredAt: at,
});
