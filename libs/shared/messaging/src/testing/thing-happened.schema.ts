import { EventEnvelope, EventSchema, newEnvelope } from '@accord/shared/contracts';

/** A test-only event type, so messaging tests need no business context. */
export const THING_STREAM = 'accord.test.thing';

export const thingHappenedSchema: EventSchema = {
  type: 'ThingHappened',
  version: 1,
  stream: THING_STREAM,
  schema: { type: 'object', required: ['n'], additionalProperties: false, properties: { n: { type: 'integer' } } },
};

export function aThingHappened(aggregateId: string, aggregateVersion: number, stream = THING_STREAM): EventEnvelope<'ThingHappened', { n: number }> {
  return newEnvelope({ type: 'ThingHappened', version: 1, stream, aggregateId, aggregateVersion, payload: { n: aggregateVersion } });
}
