import { ApiClient } from '../../support/api-client';

export interface Endpoint {
  method: string;
  /** As OpenAPI writes it: `/api/commitments/{id}/progress`. */
  template: string;
  bodyFields: string[];
}

interface OpenApiDocument {
  paths: Record<string, Record<string, { requestBody?: { content?: Record<string, { schema?: SchemaRef }> } }>>;
  components?: { schemas?: Record<string, { properties?: Record<string, unknown> }> };
}

interface SchemaRef {
  $ref?: string;
  properties?: Record<string, unknown>;
}

const WRITE_METHODS = ['post', 'put', 'patch', 'delete'];

/** Every write endpoint the running platform documents, so a new endpoint is covered without editing the tests. */
export async function writeEndpoints(client: ApiClient): Promise<Endpoint[]> {
  const doc = (await client.get<OpenApiDocument>('/api/docs-json')).body;
  return Object.entries(doc.paths).flatMap(([template, operations]) =>
    Object.entries(operations)
      .filter(([method]) => WRITE_METHODS.includes(method))
      .map(([method, op]) => ({ method: method.toUpperCase(), template, bodyFields: fieldsOf(doc, op.requestBody?.content?.['application/json']?.schema) })),
  );
}

/** Every GET endpoint without path parameters (lists and singletons). */
export async function readEndpoints(client: ApiClient): Promise<string[]> {
  const doc = (await client.get<OpenApiDocument>('/api/docs-json')).body;
  return Object.entries(doc.paths)
    .filter(([template, ops]) => 'get' in ops && !template.includes('{'))
    .map(([template]) => template);
}

export function fillPath(template: string, ids: Record<string, string>, fallback: string): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => ids[name] ?? fallback);
}

function fieldsOf(doc: OpenApiDocument, schema: SchemaRef | undefined): string[] {
  if (!schema) return [];
  const resolved = schema.$ref ? doc.components?.schemas?.[schema.$ref.split('/').pop() ?? ''] : schema;
  return Object.keys(resolved?.properties ?? {});
}
