export const orgId = { type: 'string', minLength: 1, maxLength: 100 } as const;
export const uuid = { type: 'string', format: 'uuid' } as const;
export const instant = { type: 'string', format: 'date-time' } as const;
export const day = { type: 'string', format: 'date' } as const;
export const uuids = { type: 'array', maxItems: 20, items: uuid } as const;
