export const uuid = { type: 'string', format: 'uuid' } as const;
export const orgId = { type: 'string', minLength: 1, maxLength: 100 } as const;
export const place = { type: 'string', minLength: 2, maxLength: 100 } as const;
export const day = { type: 'string', format: 'date' } as const;
export const instant = { type: 'string', format: 'date-time' } as const;
export const seats = { type: 'integer', minimum: 1, maximum: 100000 } as const;
