import { Injectable, computed, signal } from '@angular/core';

const KEY = 'accord.session';

interface StoredSession {
  token: string;
  expiresAt: string;
}

/**
 * Holds the bearer token. It lives in memory and in sessionStorage only (one tab, gone when the tab
 * closes), never in localStorage or a cookie the API would accept without the header.
 */
@Injectable({ providedIn: 'root' })
export class SessionStore {
  private readonly session = signal<StoredSession | null>(readStored());

  readonly token = computed(() => {
    const s = this.session();
    return s && Date.parse(s.expiresAt) > Date.now() ? s.token : null;
  });

  save(token: string, expiresAt: string): void {
    const s = { token, expiresAt };
    this.session.set(s);
    try {
      sessionStorage.setItem(KEY, JSON.stringify(s));
    } catch (error) {
      // Storage can be disabled (private mode); the in-memory copy still works for this page.
      console.warn('session not persisted', error);
    }
  }

  clear(): void {
    this.session.set(null);
    try {
      sessionStorage.removeItem(KEY);
    } catch (error) {
      console.warn('session not cleared from storage', error);
    }
  }
}

function readStored(): StoredSession | null {
  try {
    const raw = globalThis.sessionStorage?.getItem(KEY);
    if (!raw) return null;
    const s = JSON.parse(raw) as Partial<StoredSession>;
    return typeof s.token === 'string' && typeof s.expiresAt === 'string' ? { token: s.token, expiresAt: s.expiresAt } : null;
  } catch {
    return null;
  }
}
