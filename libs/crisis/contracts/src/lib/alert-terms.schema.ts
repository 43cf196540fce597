/** JSON-schema pieces shared by the alert events (CAP 1.2 value lists). */
export interface AlertTermsV1 {
  country: string;
  kind: 'conflict' | 'civil_unrest' | 'natural_hazard' | 'other';
  severity: 'Extreme' | 'Severe' | 'Moderate' | 'Minor' | 'Unknown';
  urgency: 'Immediate' | 'Expected' | 'Future' | 'Past' | 'Unknown';
  certainty: 'Observed' | 'Likely' | 'Possible' | 'Unlikely' | 'Unknown';
  categories: string[];
  areas: { name: string; polygons: string[]; circles: string[] }[];
  infos: { language: string; event: string; headline: string; description: string; instruction: string; areaNames: string[] }[];
  sources: string[];
}

const text = (max: number) => ({ type: 'string', maxLength: max });
const texts = (max: number, items = 100) => ({ type: 'array', maxItems: items, items: text(max) });

export const ALERT_TERMS_REQUIRED = ['country', 'kind', 'severity', 'urgency', 'certainty', 'categories', 'areas', 'infos', 'sources'];

export const ALERT_TERMS_PROPERTIES = {
  country: { type: 'string', pattern: '^[A-Z]{2}$' },
  kind: { enum: ['conflict', 'civil_unrest', 'natural_hazard', 'other'] },
  severity: { enum: ['Extreme', 'Severe', 'Moderate', 'Minor', 'Unknown'] },
  urgency: { enum: ['Immediate', 'Expected', 'Future', 'Past', 'Unknown'] },
  certainty: { enum: ['Observed', 'Likely', 'Possible', 'Unlikely', 'Unknown'] },
  categories: { type: 'array', minItems: 1, items: { enum: ['Geo', 'Met', 'Safety', 'Security', 'Rescue', 'Fire', 'Health', 'Env', 'Transport', 'Infra', 'CBRNE', 'Other'] } },
  areas: {
    type: 'array',
    minItems: 1,
    maxItems: 100,
    items: {
      type: 'object',
      required: ['name', 'polygons', 'circles'],
      additionalProperties: false,
      properties: { name: text(500), polygons: texts(100_000, 20), circles: texts(200, 20) },
    },
  },
  infos: {
    type: 'array',
    minItems: 1,
    maxItems: 20,
    items: {
      type: 'object',
      required: ['language', 'event', 'headline', 'description', 'instruction', 'areaNames'],
      additionalProperties: false,
      properties: { language: text(35), event: text(200), headline: text(300), description: text(8000), instruction: text(4000), areaNames: texts(500) },
    },
  },
  sources: texts(500, 20),
};
