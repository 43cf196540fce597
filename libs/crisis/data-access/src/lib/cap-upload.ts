import { inject } from '@angular/core';
import { ApiError, SessionStore, newIdempotencyKey } from '@accord/portal/data-access';

export interface CapUpload {
  xml: string;
  country: string;
  kind?: string;
}

interface ErrorBody {
  message?: unknown;
  fields?: unknown;
  rule?: unknown;
}

/** The 4xx body as the portal's ApiError (the JSON client only sends JSON, CAP is XML). */
function toApiError(status: number, statusText: string, body: unknown): ApiError {
  const b = (body && typeof body === 'object' ? body : {}) as ErrorBody;
  const raw = Array.isArray(b.message) ? b.message.join('; ') : b.message;
  const fields = Array.isArray(b.fields) ? b.fields.filter((f): f is { field: string; message: string } => typeof f?.field === 'string' && typeof f?.message === 'string') : [];
  return new ApiError(status, typeof raw === 'string' && raw ? raw : statusText || `HTTP ${status}`, fields, typeof b.rule === 'string' ? b.rule : null);
}

/**
 * POST /api/crisis-alerts/import/cap with the XML as application/cap+xml (ApiClient sends only JSON).
 * Call it in an injection context; the token is read at each upload.
 */
export function capUploader(): (upload: CapUpload) => Promise<{ id: string; version: number }> {
  const session = inject(SessionStore);
  return async ({ xml, country, kind }) => {
    const query = new URLSearchParams({ country, ...(kind ? { kind } : {}) });
    const headers: Record<string, string> = { accept: 'application/json', 'content-type': 'application/cap+xml', 'idempotency-key': newIdempotencyKey() };
    const token = session.token();
    if (token) headers['authorization'] = `Bearer ${token}`;
    let response: Response;
    try {
      response = await fetch(`/api/crisis-alerts/import/cap?${query}`, { method: 'POST', headers, body: xml, credentials: 'same-origin' });
    } catch (error) {
      throw new ApiError(0, error instanceof Error ? error.message : 'Network error');
    }
    const text = await response.text();
    let body: unknown = text;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON: keep the text, the status says what happened
    }
    if (!response.ok) throw toApiError(response.status, response.statusText, body);
    return body as { id: string; version: number };
  };
}
