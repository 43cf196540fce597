import { EventEnvelope, EventSchema } from '@accord/shared/contracts';
import { COMMITMENT_STREAM } from './commitment-stream';

export interface CommitmentLoggedV1Payload {
  commitmentId: string;
  owner: { organisationId: string; name: string; kind: string; country: string | null };
  title: string;
  description: string;
  gcmObjectives: number[];
  sdgTargets: string[];
  indicator: string;
  baseline: string;
  targetValue: string;
  dueDate: string;
  status: 'pledged';
  loggedAt: string;
}
export type CommitmentLoggedV1 = EventEnvelope<'CommitmentLogged', CommitmentLoggedV1Payload>;

const text = (max: number) => ({ type: 'string', maxLength: max });
export const CommitmentLoggedV1Schema: EventSchema = {
  type: 'CommitmentLogged',
  version: 1,
  stream: COMMITMENT_STREAM,
  schema: {
    type: 'object',
    required: ['commitmentId', 'owner', 'title', 'description', 'gcmObjectives', 'sdgTargets', 'indicator', 'baseline', 'targetValue', 'dueDate', 'status', 'loggedAt'],
    additionalProperties: false,
    properties: {
      commitmentId: { type: 'string', format: 'uuid' },
      owner: {
        type: 'object',
        required: ['organisationId', 'name', 'kind', 'country'],
        additionalProperties: false,
        properties: { organisationId: text(100), name: text(200), kind: text(30), country: { type: ['string', 'null'], pattern: '^[A-Z]{2}$' } },
      },
      title: { type: 'string', minLength: 5, maxLength: 200 },
      description: text(4000),
      gcmObjectives: { type: 'array', minItems: 1, items: { type: 'integer', minimum: 1, maximum: 23 } },
      sdgTargets: { type: 'array', items: { type: 'string', pattern: '^\\d{1,2}\\.[0-9a-z]{1,2}$' } },
      indicator: text(500),
      baseline: text(200),
      targetValue: text(200),
      dueDate: { type: 'string', format: 'date' },
      status: { const: 'pledged' },
      loggedAt: { type: 'string', format: 'date-time' },
    },
  },
};
