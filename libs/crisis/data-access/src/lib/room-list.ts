import { signal } from '@angular/core';
import { ApiError, ServerPage, apiErrorText } from '@accord/portal/data-access';

/**
 * One paged list of a crisis room panel. A 401/403 is no error to show: the panel says who may see it.
 * Answers to an older request (a page changed meanwhile) are dropped.
 */
export class RoomList<T> {
  readonly items = signal<T[]>([]);
  readonly total = signal(0);
  readonly page = signal(1);
  readonly loading = signal(false);
  readonly error = signal<string | null>(null);
  readonly restricted = signal(false);
  private ticket = 0;

  constructor(private readonly fetch: (page: number, pageSize: number) => Promise<ServerPage<T>>, readonly pageSize = 10) {}

  async goTo(page: number): Promise<void> {
    this.page.set(page);
    await this.refresh();
  }

  async refresh(): Promise<void> {
    const ticket = ++this.ticket;
    this.loading.set(true);
    try {
      const result = await this.fetch(this.page(), this.pageSize);
      if (ticket !== this.ticket) return;
      this.items.set(result.items);
      this.total.set(result.total);
      this.restricted.set(false);
      this.error.set(null);
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
