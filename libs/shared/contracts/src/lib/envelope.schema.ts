export const envelopeSchema = {
  type: 'object',
  required: ['eventId', 'type', 'version', 'stream', 'aggregateId', 'aggregateVersion', 'occurredAt', 'actor', 'correlationId', 'causationId', 'payload'],
  additionalProperties: false,
  properties: {
    eventId: { type: 'string', format: 'uuid' },
    type: { type: 'string', pattern: '^[A-Z][A-Za-z]+$' },
    version: { type: 'integer', minimum: 1 },
    stream: { type: 'string', pattern: '^accord\\.[a-z-]+\\.[a-z-]+$' },
    aggregateId: { type: 'string', minLength: 1, maxLength: 100 },
    aggregateVersion: { type: 'integer', minimum: 1 },
    occurredAt: { type: 'string', format: 'date-time' },
    actor: {
      oneOf: [
        { type: 'null' },
        {
          type: 'object',
          required: ['personId', 'organisationId'],
          additionalProperties: false,
          properties: { personId: { type: 'string', minLength: 1 }, organisationId: { type: 'string', minLength: 1 } },
        },
      ],
    },
    correlationId: { type: 'string', minLength: 1 },
    causationId: { type: ['string', 'null'] },
    payload: { type: 'object' },
  },
} as const;
