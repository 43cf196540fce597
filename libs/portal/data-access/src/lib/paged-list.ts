import { computed, signal } from '@angular/core';
import { ApiError } from './api-error';
import { apiErrorText } from './api-error-text';
import { ServerPage } from './page';

export interface PagedListOptions<P> {
  readonly pageSize?: number;
  /** Told of every page that arrives (and is still wanted), for fields a list carries beside its items. */
  readonly onPage?: (page: P) => void;
}

/**
 * One paged list of a page or panel: the items of the page asked for, its loading and error states, and
 * `restricted` when the server said 401/403 (no error to show: the panel says who may see it). An answer
 * to an older request (the page changed meanwhile) is dropped.
 */
export class PagedList<T, P extends ServerPage<T> = ServerPage<T>> {
  readonly items = signal<T[]>([]);
  readonly total = signal(0);
  readonly page = signal(1);
  readonly pageSize: ReturnType<typeof signal<number>>;
  readonly loading = signal(false);
  readonly error = signal<string | null>(null);
  readonly restricted = signal(false);
  readonly empty = computed(() => !this.loading() && !this.error() && !this.restricted() && this.items().length === 0);
  private ticket = 0;

  constructor(
    private readonly fetch: (page: number, pageSize: number) => Promise<P>,
    private readonly options: PagedListOptions<P> = {},
  ) {
    this.pageSize = signal(options.pageSize ?? 10);
  }

  async goTo(page: number): Promise<void> {
    this.page.set(page);
    await this.refresh();
  }

  /** Back to an empty first page, as for another subject (nothing fetched). */
  reset(): void {
    this.ticket += 1;
    this.items.set([]);
    this.total.set(0);
    this.page.set(1);
    this.error.set(null);
    this.restricted.set(false);
    this.loading.set(false);
  }

  async refresh(): Promise<void> {
    const ticket = ++this.ticket;
    this.loading.set(true);
    this.error.set(null);
    try {
      const result = await this.fetch(this.page(), this.pageSize());
      if (ticket !== this.ticket) return;
      this.items.set(result.items);
      this.total.set(result.total);
      this.page.set(result.page);
      this.restricted.set(false);
      this.options.onPage?.(result);
    } catch (error) {
      if (ticket !== this.ticket) return;
      const refused = error instanceof ApiError && (error.status === 401 || error.status === 403);
      this.restricted.set(refused);
      this.error.set(refused ? null : apiErrorText(error));
    } finally {
      if (ticket === this.ticket) this.loading.set(false);
    }
  }
}
