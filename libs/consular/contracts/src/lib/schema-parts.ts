import { EventSchema } from '@accord/shared/contracts';

export const uuid = { type: 'string', format: 'uuid' };
export const orgId = { type: 'string', minLength: 1, maxLength: 100 };
export const country = { type: 'string', pattern: '^[A-Z]{2}$' };
export const at = { type: 'string', format: 'date-time' };
export const services = { type: 'array', minItems: 1, uniqueItems: true, items: { enum: ['emergency_documents', 'welfare_check', 'evacuation_support', 'repatriation', 'legal_assistance', 'medical_referral'] } };

/** Every consular event schema is closed (`additionalProperties: false`): a name can never slip in. */
export function closedSchema(type: string, stream: string, properties: Record<string, unknown>): EventSchema {
  return { type, version: 1, stream, schema: { type: 'object', required: Object.keys(properties), additionalProperties: false, properties } };
}
