import { Injectable, inject } from '@angular/core';
import { ApiError } from './api-error';
import { parseApiError } from './api-error.parse';
import { SessionStore } from './session-store';
import { QueryValue, toQueryString } from './query-string';

export interface RequestOptions {
  noStore?: boolean;
}

/** Same-origin JSON client for `/api`; adds the bearer token and turns error bodies into ApiError. */
@Injectable({ providedIn: 'root' })
export class ApiClient {
  private readonly session = inject(SessionStore);

  /** `noStore` keeps the browser's HTTP cache out of it (personal data), whatever the server says. */
  get<T>(path: string, query: Record<string, QueryValue> = {}, options: RequestOptions = {}): Promise<T> {
    return this.request<T>('GET', path + toQueryString(query), undefined, {}, options);
  }

  post<T>(path: string, body?: unknown, headers: Record<string, string> = {}, options: RequestOptions = {}): Promise<T> {
    return this.request<T>('POST', path, body, headers, options);
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
      throw new ApiError(0, error instanceof Error ? error.message : 'Network error');
    }
    const payload = await readBody(response);
    if (!response.ok) {
      if (response.status === 401 && token) this.session.clear();
      throw parseApiError(response.status, response.statusText, payload);
    }
    return payload as T;
  }
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
