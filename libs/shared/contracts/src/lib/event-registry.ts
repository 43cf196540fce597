import Ajv, { ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { EventEnvelope } from './event-envelope';
import { EventSchema } from './event-schema';
import { envelopeSchema } from './envelope.schema';

export class InvalidEvent extends Error {
  constructor(readonly eventType: string, readonly problems: string[]) {
    super(`invalid ${eventType} event: ${problems.join('; ')}`);
    this.name = 'InvalidEvent';
  }
}

export class UnknownEventType extends Error {
  constructor(readonly eventType: string, readonly version: number) {
    super(`no schema registered for ${eventType} v${version}`);
    this.name = 'UnknownEventType';
  }
}

const key = (type: string, version: number) => `${type}@${version}`;

/**
 * The explicit map from type name to schema (never a class name, which minification and renames
 * break). Every publish and every consume validates against it.
 */
export class EventRegistry {
  private readonly ajv = new Ajv({ allErrors: true, strict: false });
  private readonly validators = new Map<string, ValidateFunction>();
  private readonly schemas = new Map<string, EventSchema>();
  private readonly envelope: ValidateFunction;

  constructor(schemas: readonly EventSchema[] = []) {
    addFormats(this.ajv);
    this.envelope = this.ajv.compile(envelopeSchema);
    schemas.forEach((s) => this.register(s));
  }

  register(schema: EventSchema): this {
    const k = key(schema.type, schema.version);
    if (this.schemas.has(k)) return this;
    this.schemas.set(k, schema);
    this.validators.set(k, this.ajv.compile(schema.schema));
    return this;
  }

  registerAll(schemas: readonly EventSchema[]): this {
    schemas.forEach((s) => this.register(s));
    return this;
  }

  streamOf(type: string, version: number): string {
    const s = this.schemas.get(key(type, version));
    if (!s) throw new UnknownEventType(type, version);
    return s.stream;
  }

  has(type: string, version: number): boolean {
    return this.schemas.has(key(type, version));
  }

  all(): EventSchema[] {
    return [...this.schemas.values()];
  }

  /** Throws InvalidEvent or UnknownEventType; returns the envelope typed when it is valid. */
  validate<T extends EventEnvelope>(candidate: unknown): T {
    if (!this.envelope(candidate)) {
      const type = (candidate as { type?: unknown })?.type;
      throw new InvalidEvent(String(type ?? 'unknown'), this.ajv.errorsText(this.envelope.errors).split(', '));
    }
    const env = candidate as EventEnvelope;
    const validate = this.validators.get(key(env.type, env.version));
    if (!validate) throw new UnknownEventType(env.type, env.version);
    const expectedStream = this.schemas.get(key(env.type, env.version))?.stream;
    if (env.stream !== expectedStream) {
      throw new InvalidEvent(env.type, [`stream must be ${expectedStream}, not ${env.stream}`]);
    }
    if (!validate(env.payload)) {
      throw new InvalidEvent(env.type, this.ajv.errorsText(validate.errors, { dataVar: 'payload' }).split(', '));
    }
    return candidate as T;
  }
}
