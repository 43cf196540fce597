// The few parts of autocannon 9 the benches use (it ships no types).
declare module 'autocannon' {
  import { EventEmitter } from 'node:events';
  namespace autocannon {
    interface RequestParams {
      method?: string;
      path?: string;
      headers?: Record<string, string>;
      body?: string;
    }
    interface AutocannonRequest extends RequestParams {
      setupRequest?: (req: RequestParams, context: Record<string, unknown>) => RequestParams;
      onResponse?: (status: number, body: string, context: Record<string, unknown>) => void;
    }
    interface Options extends RequestParams {
      url: string;
      connections: number;
      duration: number;
      pipelining?: number;
      timeout?: number;
      requests?: AutocannonRequest[];
      initialContext?: Record<string, unknown>;
    }
    interface Result {
      requests: { total: number; average: number };
      errors: number;
      timeouts: number;
      non2xx: number;
      '2xx': number;
      duration: number;
      statusCodeStats: Record<string, { count: number }>;
    }
    interface Instance extends EventEmitter {
      stop(): void;
    }
  }
  function autocannon(options: autocannon.Options, done: (err: Error | null, result: autocannon.Result) => void): autocannon.Instance;
  export = autocannon;
}
