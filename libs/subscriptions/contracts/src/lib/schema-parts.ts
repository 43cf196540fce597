export const uuid = { type: 'string', format: 'uuid' } as const;
export const instant = { type: 'string', format: 'date-time' } as const;
export const orgId = { type: 'string', minLength: 1, maxLength: 100 } as const;
export const target = {
  type: 'object',
  required: ['kind', 'id'],
  additionalProperties: false,
  properties: { kind: { enum: ['commitment', 'recommendation', 'organisation'] }, id: { type: 'string', minLength: 1, maxLength: 100 } },
} as const;
