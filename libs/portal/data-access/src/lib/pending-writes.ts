import { Injectable, computed, inject, signal } from '@angular/core';
import { SessionStore } from './session-store';

/** A write the person submitted while offline: sent later with the same idempotency key, so once. */
export interface PendingWrite {
  readonly key: string;
  readonly method: string;
  readonly path: string;
  readonly body: unknown;
  /** Only request headers that shape the write (If-Match); never the token. */
  readonly headers: Record<string, string>;
  readonly queuedAt: string;
}

const PREFIX = 'accord.pending.';

/**
 * Submissions waiting for the connection, per signed-in person (person@organisation from the token's
 * claims), in localStorage so a closed tab or a reload keeps them. The token is never stored here, and
 * personal case data is never queued (the ApiClient does not queue `noStore` writes).
 */
@Injectable({ providedIn: 'root' })
export class PendingWrites {
  private readonly session = inject(SessionStore);
  private readonly version = signal(0);
  private readonly failure = signal<string | null>(null);

  readonly items = computed<PendingWrite[]>(() => {
    this.version();
    const scope = scopeOf(this.session.token());
    return scope ? read(scope) : [];
  });
  readonly count = computed(() => this.items().length);
  /** Why the last queued submission was refused when it was finally sent (e.g. changed meanwhile). */
  readonly lastFailure = this.failure.asReadonly();

  keep(write: Omit<PendingWrite, 'queuedAt'>): void {
    const scope = scopeOf(this.session.token());
    if (!scope) throw new Error('only a signed-in person can queue a submission');
    const items = read(scope).filter((w) => w.key !== write.key);
    persist(scope, [...items, { ...write, queuedAt: new Date().toISOString() }]);
    this.version.update((v) => v + 1);
  }

  remove(key: string): void {
    const scope = scopeOf(this.session.token());
    if (!scope) return;
    persist(scope, read(scope).filter((w) => w.key !== key));
    this.version.update((v) => v + 1);
  }

  refused(key: string, reason: string): void {
    this.remove(key);
    this.failure.set(reason);
  }

  clearFailure(): void {
    this.failure.set(null);
  }
}

function scopeOf(token: string | null): string | null {
  if (!token) return null;
  try {
    const claims = JSON.parse(atob(token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/'))) as { sub?: unknown; org?: unknown };
    return typeof claims.sub === 'string' && typeof claims.org === 'string' ? `${claims.sub}@${claims.org}` : null;
  } catch {
    return null; // not a JWT we can read: nothing is queued for it
  }
}

function read(scope: string): PendingWrite[] {
  try {
    const raw = globalThis.localStorage?.getItem(PREFIX + scope);
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    return Array.isArray(parsed) ? (parsed as PendingWrite[]) : [];
  } catch (error) {
    console.warn('queued submissions unreadable', error);
    return [];
  }
}

function persist(scope: string, items: PendingWrite[]): void {
  try {
    if (items.length) globalThis.localStorage?.setItem(PREFIX + scope, JSON.stringify(items));
    else globalThis.localStorage?.removeItem(PREFIX + scope);
  } catch (error) {
    // Storage full or disabled: the submission cannot survive a reload; say so rather than pretend.
    console.warn('queued submission not persisted', error);
  }
}
