import { NestFastifyApplication } from '@nestjs/platform-fastify';

export interface TestResponse<T> {
  status: number;
  body: T;
}

/** Fastify inject with a bearer token: requests go through guard, pipes and filter, without a socket. */
export class HttpClient {
  constructor(private readonly app: NestFastifyApplication, private readonly token?: string) {}

  get<T>(url: string): Promise<TestResponse<T>> {
    return this.send<T>('GET', url);
  }

  post<T>(url: string, payload: object): Promise<TestResponse<T>> {
    return this.send<T>('POST', url, payload);
  }

  patch<T>(url: string, payload: object): Promise<TestResponse<T>> {
    return this.send<T>('PATCH', url, payload);
  }

  private async send<T>(method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object): Promise<TestResponse<T>> {
    const headers = this.token ? { authorization: `Bearer ${this.token}` } : undefined;
    const res = await this.app.inject({ method, url, payload, headers });
    return { status: res.statusCode, body: res.body ? (res.json() as T) : (undefined as T) };
  }
}
