import { DestroyRef, Injectable, computed, effect, inject, signal } from '@angular/core';
import { Observable, Subject } from 'rxjs';
import { LiveConnectionState } from './live-update';

export type ConnectionState = 'online' | 'offline';

const PROBE_MS = 5_000;

/**
 * Whether the portal can reach the server: the browser's own signal (navigator.onLine), the live socket,
 * and the last fetch (a failed fetch while the browser claims to be online, e.g. a captive or dead link).
 * `back$` fires when the connection returns, so queued submissions are sent and pages catch up.
 */
@Injectable({ providedIn: 'root' })
export class ConnectionStatus {
  // Told by the LiveUpdatesClient (not read from it): the socket code stays out of the initial bundle.
  private readonly socket = signal<LiveConnectionState>('connecting');
  private readonly browserOnline = signal(globalThis.navigator?.onLine ?? true);
  private readonly fetchFailed = signal(false);
  private readonly returns = new Subject<void>();
  private probe: ReturnType<typeof setInterval> | null = null;

  readonly state = computed<ConnectionState>(() => (this.browserOnline() && !this.fetchFailed() && this.socket() !== 'offline' ? 'online' : 'offline'));
  readonly online = computed(() => this.state() === 'online');
  readonly back$: Observable<void> = this.returns.asObservable();

  constructor() {
    const onOnline = () => this.browserOnline.set(true);
    const onOffline = () => this.browserOnline.set(false);
    globalThis.addEventListener?.('online', onOnline);
    globalThis.addEventListener?.('offline', onOffline);
    let wasOnline = this.online();
    effect(() => {
      const online = this.online();
      if (online && !wasOnline) this.returns.next();
      wasOnline = online;
    });
    inject(DestroyRef).onDestroy(() => {
      globalThis.removeEventListener?.('online', onOnline);
      globalThis.removeEventListener?.('offline', onOffline);
      this.stopProbe();
    });
  }

  /** True when the browser itself says there is no network: do not even try. */
  browserOffline(): boolean {
    return !this.browserOnline();
  }

  reportSocket(state: LiveConnectionState): void {
    this.socket.set(state);
  }

  reportNetworkFailure(): void {
    this.fetchFailed.set(true);
    this.startProbe();
  }

  reportReachable(): void {
    this.fetchFailed.set(false);
    this.stopProbe();
  }

  // The browser may say "online" while requests fail; ask the server until it answers.
  private startProbe(): void {
    if (this.probe) return;
    this.probe = setInterval(() => {
      if (!this.browserOnline()) return;
      fetch('/api/health', { cache: 'no-store' }).then(
        (res) => res.ok && this.reportReachable(),
        () => undefined, // still unreachable: the next tick asks again
      );
    }, PROBE_MS);
  }

  private stopProbe(): void {
    if (this.probe) clearInterval(this.probe);
    this.probe = null;
  }
}
