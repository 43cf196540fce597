import { io, Socket } from 'socket.io-client';

export interface ReceivedUpdate {
  type: string;
  aggregateId: string;
  sequence: number;
  view: Record<string, unknown>;
  receivedAt: number;
}

/** A socket.io client that records every `update` so tests can wait for a specific one. */
export class LiveClient {
  readonly updates: ReceivedUpdate[] = [];
  private constructor(readonly socket: Socket) {
    socket.on('update', (u: Omit<ReceivedUpdate, 'receivedAt'>) => this.updates.push({ ...u, receivedAt: Date.now() }));
  }

  static connect(baseUrl: string, namespace: '/live' | '/public', token?: string): Promise<LiveClient> {
    const socket = io(`${baseUrl}${namespace}`, { transports: ['websocket'], auth: token ? { token } : {}, reconnection: false, timeout: 5000 });
    return new Promise((resolve, reject) => {
      socket.once('connect', () => resolve(new LiveClient(socket)));
      socket.once('connect_error', (e) => {
        socket.close();
        reject(e);
      });
    });
  }

  waitFor(match: (u: ReceivedUpdate) => boolean, timeoutMs = 5000): Promise<ReceivedUpdate> {
    const deadline = Date.now() + timeoutMs;
    return new Promise((resolve, reject) => {
      const tick = () => {
        const hit = this.updates.find(match);
        if (hit) return resolve(hit);
        if (Date.now() > deadline) return reject(new Error(`no matching update within ${timeoutMs} ms; got ${this.updates.map((u) => u.type).join(', ')}`));
        setTimeout(tick, 5);
      };
      tick();
    });
  }

  close(): void {
    this.socket.close();
  }
}
