import { DestroyRef, Injectable, effect, inject, signal } from '@angular/core';
import { Observable, Subject, filter } from 'rxjs';
import type { Socket } from 'socket.io-client';
import { ConnectionStatus } from './connection-status';
import { LiveConnectionState, LiveUpdate } from './live-update';
import { SessionStore } from './session-store';

/**
 * The one socket of the portal. Signed out it listens on `/public`; signed in on `/live` with the token
 * in the handshake `auth` (never in the URL). Feature stores subscribe to `on(type)`; components never
 * touch the socket.
 */
@Injectable({ providedIn: 'root' })
export class LiveUpdatesClient {
  private readonly session = inject(SessionStore);
  private readonly updates = new Subject<LiveUpdate>();
  private readonly reconnects = new Subject<void>();
  private socket: Socket | null = null;

  readonly state = signal<LiveConnectionState>('connecting');
  /**
   * Fires on every connect, the first included: whatever happened between a store's first fetch (or the
   * server-drawn first page) and the socket joining its rooms was never pushed, so stores refetch.
   */
  readonly reconnected$: Observable<void> = this.reconnects.asObservable();

  constructor() {
    effect(() => this.connect(this.session.token()));
    const connection = inject(ConnectionStatus);
    effect(() => connection.reportSocket(this.state()));
    // socket.io notices a dead link only after its ping timeout (~45 s); the browser knows at once.
    const offline = () => this.socket?.disconnect();
    const online = () => this.socket?.connect();
    globalThis.addEventListener?.('offline', offline);
    globalThis.addEventListener?.('online', online);
    inject(DestroyRef).onDestroy(() => {
      globalThis.removeEventListener?.('offline', offline);
      globalThis.removeEventListener?.('online', online);
      this.disconnect();
    });
  }

  on<V = unknown>(...types: string[]): Observable<LiveUpdate<V>> {
    return this.updates.pipe(filter((u): u is LiveUpdate<V> => types.includes(u.type)));
  }

  private generation = 0;

  private connect(token: string | null): void {
    this.disconnect();
    const generation = this.generation;
    this.state.set('connecting');
    // Loaded on first use: socket.io stays out of the initial bundle and off the first render's path.
    import('socket.io-client').then(
      ({ io }) => {
        if (generation === this.generation) this.open(io, token);
      },
      (error: unknown) => {
        console.warn('live updates unavailable', error);
        this.state.set('offline');
      },
    );
  }

  private open(io: typeof import('socket.io-client').io, token: string | null): void {
    const socket = token ? io('/live', { auth: { token }, transports: ['websocket', 'polling'] }) : io('/public', { transports: ['websocket', 'polling'] });
    this.socket = socket;
    this.state.set('connecting');
    socket.on('connect', () => {
      this.state.set('live');
      this.reconnects.next();
    });
    socket.on('disconnect', () => this.state.set('offline'));
    socket.on('connect_error', (error: Error) => {
      this.state.set('offline');
      // A refused handshake (expired token) is not retried by socket.io: fall back to the public feed.
      if (token && !socket.active) {
        console.warn('live namespace refused, using /public', error.message);
        this.connect(null);
      }
    });
    socket.on('update', (update: LiveUpdate) => this.updates.next(update));
  }

  private disconnect(): void {
    this.generation += 1;
    this.socket?.removeAllListeners();
    this.socket?.disconnect();
    this.socket = null;
  }
}
