import { Injectable, inject } from '@angular/core';
import { ApiError, QUEUED_OFFLINE } from './api-error';
import { parseApiError } from './api-error.parse';
import { ConnectionStatus } from './connection-status';
import { newIdempotencyKey } from './idempotency-key';
import { PendingWrites } from './pending-writes';
import { SessionStore } from './session-store';
import { QueryValue, toQueryString } from './query-string';
import { API_ERROR_STRINGS } from './strings';

export interface RequestOptions {
  noStore?: boolean;
}

/**
 * Same-origin JSON client for `/api`; adds the bearer token and turns error bodies into ApiError.
 * Every write carries an Idempotency-Key made when the person submits; offline (or on a network error)
 * a signed-in person's write is kept and sent with the same key when the connection returns.
 */
@Injectable({ providedIn: 'root' })
export class ApiClient {
  private readonly session = inject(SessionStore);
  private readonly connection = inject(ConnectionStatus);
  private readonly pending = inject(PendingWrites);
  private sendingPending = false;

  constructor() {
    this.connection.back$.subscribe(() => void this.sendPending());
    // Submissions kept before a reload go out as soon as the portal runs online again.
    setTimeout(() => void this.sendPending(), 0);
  }

  /** `noStore` keeps the browser's HTTP cache out of it (personal data), whatever the server says. */
  get<T>(path: string, query: Record<string, QueryValue> = {}, options: RequestOptions = {}): Promise<T> {
    return this.request<T>('GET', path + toQueryString(query), undefined, {}, options);
  }

  post<T>(path: string, body?: unknown, headers: Record<string, string> = {}, options: RequestOptions = {}): Promise<T> {
    return this.write<T>('POST', path, body, headers, options);
  }

  put<T>(path: string, body: unknown, headers: Record<string, string> = {}): Promise<T> {
    return this.write<T>('PUT', path, body, headers);
  }

  /** Sends kept submissions in order; stops at the first that still cannot reach the server. */
  async sendPending(): Promise<void> {
    if (this.sendingPending || this.connection.browserOffline()) return;
    this.sendingPending = true;
    try {
      for (const w of this.pending.items()) {
        const outcome = await this.request(w.method, w.path, w.body, { ...w.headers, 'idempotency-key': w.key }).then(
          () => 'sent' as const,
          (error: unknown) => (error instanceof ApiError && (error.status === 0 || isStillInFlight(error)) ? ('later' as const) : error),
        );
        if (outcome === 'later') break;
        if (outcome === 'sent') this.pending.remove(w.key);
        else this.pending.refused(w.key, outcome instanceof Error ? outcome.message : String(outcome));
      }
    } finally {
      this.sendingPending = false;
    }
  }

  private async write<T>(method: string, path: string, body: unknown, extra: Record<string, string>, options: RequestOptions = {}): Promise<T> {
    const key = extra['idempotency-key'] ?? newIdempotencyKey();
    const queueable = !options.noStore && !path.startsWith('/api/auth/') && this.session.token() !== null;
    if (queueable && this.connection.browserOffline()) return this.keep(method, path, body, extra, key);
    try {
      return await this.request<T>(method, path, body, { ...extra, 'idempotency-key': key }, options);
    } catch (error) {
      if (queueable && error instanceof ApiError && error.status === 0) return this.keep(method, path, body, extra, key);
      throw error;
    }
  }

  private keep(method: string, path: string, body: unknown, extra: Record<string, string>, key: string): never {
    const ifMatch = extra['if-match'];
    const headers: Record<string, string> = ifMatch ? { 'if-match': ifMatch } : {};
    this.pending.keep({ key, method, path, body, headers });
    throw new ApiError(0, API_ERROR_STRINGS.queued, [], QUEUED_OFFLINE);
  }

  private async request<T>(method: string, path: string, body?: unknown, extra: Record<string, string> = {}, options: RequestOptions = {}): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/json', ...extra };
    const token = this.session.token();
    if (token) headers['authorization'] = `Bearer ${token}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    let response: Response;
    try {
      response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), credentials: 'same-origin', ...(options.noStore ? { cache: 'no-store' as const } : {}) });
    } catch (error) {
      this.connection.reportNetworkFailure();
      throw new ApiError(0, error instanceof Error ? error.message : 'Network error');
    }
    this.connection.reportReachable();
    const payload = await readBody(response);
    if (!response.ok) {
      if (response.status === 401 && token) this.session.clear();
      throw parseApiError(response.status, response.statusText, payload);
    }
    return payload as T;
  }
}

// The server still runs the first attempt with this key (409 naming the header): ask again later.
function isStillInFlight(error: ApiError): boolean {
  return error.status === 409 && error.fields.some((f) => f.field === 'Idempotency-Key');
}

async function readBody(response: Response): Promise<unknown> {
  if (response.status === 204) return undefined;
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
