import { computed, signal } from '@angular/core';
import { apiErrorText } from './api-error-text';
import { emptyPage, ServerPage } from './page';

/**
 * A page a store keeps current from live updates: the page last loaded (`result`, which the store also
 * rewrites as updates arrive), with its loading and error states. An answer to an older load (a newer one
 * started meanwhile, say after a filter changed) is dropped.
 */
export class LivePage<T> {
  readonly result = signal<ServerPage<T>>(emptyPage());
  readonly loading = signal(false);
  readonly error = signal<string | null>(null);
  readonly items = computed(() => this.result().items);
  readonly empty = computed(() => !this.loading() && !this.error() && this.items().length === 0);
  private ticket = 0;

  async load(fetch: () => Promise<ServerPage<T>>): Promise<void> {
    const ticket = ++this.ticket;
    this.loading.set(true);
    this.error.set(null);
    try {
      const page = await fetch();
      if (ticket === this.ticket) this.result.set(page);
    } catch (error) {
      if (ticket === this.ticket) this.error.set(apiErrorText(error));
    } finally {
      if (ticket === this.ticket) this.loading.set(false);
    }
  }
}
