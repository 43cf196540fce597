/** A JSON Schema (draft 2020-12 subset understood by ajv) for one event type at one version. */
export interface EventSchema {
  readonly type: string;
  readonly version: number;
  readonly stream: string;
  readonly schema: Record<string, unknown>;
}
