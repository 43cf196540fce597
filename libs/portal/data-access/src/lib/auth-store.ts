import { Injectable, computed, inject, signal } from '@angular/core';
import { ApiClient } from './api-client';
import { ApiError } from './api-error';
import { Person, SignInResponse } from './person';
import { SessionStore } from './session-store';

/** Who is signed in. The person is kept in memory and re-read from `/api/auth/me` on start. */
@Injectable({ providedIn: 'root' })
export class AuthStore {
  private readonly api = inject(ApiClient);
  private readonly session = inject(SessionStore);
  private readonly currentPerson = signal<Person | null>(null);

  readonly person = computed(() => (this.session.token() ? this.currentPerson() : null));
  readonly signedIn = computed(() => this.person() !== null);
  readonly isFocalPoint = computed(() => this.person()?.roles.includes('focal_point') ?? false);

  readonly organisationId = computed(() => this.person()?.organisationId ?? null);
  readonly organisationKind = computed(() => this.person()?.organisationKind ?? null);

  hasRole(...roles: string[]): boolean {
    const p = this.person();
    return !!p && roles.some((r) => p.roles.includes(r));
  }

  /** True when the signed-in person is a focal point of `organisationId`. */
  isFocalPointOf(organisationId: string): boolean {
    const p = this.person();
    return !!p && p.organisationId === organisationId && p.roles.includes('focal_point');
  }

  async restore(): Promise<void> {
    if (!this.session.token()) return;
    try {
      this.currentPerson.set(await this.api.get<Person>('/api/auth/me'));
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      if (error.status === 401) this.session.clear();
      else console.warn('could not restore the session', error.message);
    }
  }

  async signIn(email: string, password: string): Promise<Person> {
    const res = await this.api.post<SignInResponse>('/api/auth/sign-in', { email, password });
    this.currentPerson.set(res.person);
    this.session.save(res.accessToken, res.expiresAt);
    return res.person;
  }

  async signOut(): Promise<void> {
    try {
      await this.api.post<void>('/api/auth/sign-out');
    } catch (error) {
      // Signing out locally must work even when the server cannot be reached.
      console.warn('sign-out request failed', error);
    } finally {
      this.session.clear();
      this.currentPerson.set(null);
    }
  }
}
