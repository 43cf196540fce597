export interface ApiResponse<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
}

/** A thin fetch wrapper that keeps the status and parsed body together for assertions. */
export class ApiClient {
  constructor(readonly baseUrl: string, private token?: string) {}

  withToken(token: string): ApiClient {
    return new ApiClient(this.baseUrl, token);
  }

  async signIn(email: string, password = process.env['ACCORD_DEMO_PASSWORD'] ?? 'accord-demo-2016'): Promise<ApiClient> {
    const res = await this.post<{ accessToken: string }>('/api/auth/sign-in', { email, password });
    if (res.status !== 200) throw new Error(`sign-in of ${email} failed: ${res.status} ${JSON.stringify(res.body)}`);
    return this.withToken(res.body.accessToken);
  }

  get accessToken(): string | undefined {
    return this.token;
  }

  get<T = unknown>(path: string): Promise<ApiResponse<T>> {
    return this.send<T>('GET', path);
  }

  post<T = unknown>(path: string, body: unknown, headers: Record<string, string> = {}): Promise<ApiResponse<T>> {
    return this.send<T>('POST', path, body, headers);
  }

  async send<T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<ApiResponse<T>> {
    const res = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      // not JSON (e.g. HTML): keep the text
    }
    return { status: res.status, body: parsed as T, headers: res.headers };
  }
}
