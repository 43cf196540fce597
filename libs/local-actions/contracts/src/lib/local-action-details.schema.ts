/** Shared by both event versions: the details a city reports, carried whole so consumers need no merge. */
export const localActionDetailsProperties = {
  title: { type: 'string', minLength: 5, maxLength: 200 },
  description: { type: 'string', maxLength: 4000 },
  date: { type: 'string', format: 'date' },
  location: {
    type: 'object',
    required: ['placeName', 'country'],
    additionalProperties: false,
    properties: { placeName: { type: 'string', minLength: 1, maxLength: 200 }, country: { type: 'string', pattern: '^[A-Z]{2}$' } },
  },
  status: { enum: ['planned', 'under_way', 'completed'] },
  beneficiaries: { type: 'integer', minimum: 0 },
  commitmentIds: { type: 'array', maxItems: 20, items: { type: 'string', format: 'uuid' } },
  recommendationIds: { type: 'array', maxItems: 20, items: { type: 'string', format: 'uuid' } },
} as const;

export const LOCAL_ACTION_DETAILS_REQUIRED = ['title', 'description', 'date', 'location', 'status', 'beneficiaries', 'commitmentIds', 'recommendationIds'];

export interface LocalActionDetailsV1 {
  title: string;
  description: string;
  date: string;
  location: { placeName: string; country: string };
  status: 'planned' | 'under_way' | 'completed';
  beneficiaries: number;
  commitmentIds: string[];
  recommendationIds: string[];
}
