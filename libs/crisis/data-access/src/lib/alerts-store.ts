import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { LiveUpdatesClient, ServerPage, apiErrorText, emptyPage } from '@accord/portal/data-access';
import { CrisisApi } from './crisis-api';
import { ALERT_UPDATE_TYPES, AlertListEntry } from './crisis.models';
import { upsertAlert } from './upsert-alert';

/** The alert list of the crisis room; public, kept current live. Provide it in the page. */
@Injectable()
export class AlertsStore {
  private readonly api = inject(CrisisApi);
  private readonly live = inject(LiveUpdatesClient);
  private seq = 0;
  readonly status = signal<'' | 'open' | 'closed'>('');
  readonly result = signal<ServerPage<AlertListEntry>>(emptyPage());
  readonly loading = signal(false);
  readonly error = signal<string | null>(null);
  readonly lastChange = signal<AlertListEntry | null>(null);
  readonly items = computed(() => this.result().items);
  readonly empty = computed(() => !this.loading() && !this.error() && this.items().length === 0);

  constructor() {
    const destroyRef = inject(DestroyRef);
    this.live
      .on<AlertListEntry>(...ALERT_UPDATE_TYPES)
      .pipe(takeUntilDestroyed(destroyRef))
      .subscribe((u) => {
        const next = upsertAlert(this.result(), u.view, this.status());
        if (next === this.result()) return;
        this.result.set(next);
        this.lastChange.set(u.view);
      });
    this.live.reconnected$.pipe(takeUntilDestroyed(destroyRef)).subscribe(() => void this.load(this.result().page));
  }

  async load(page = 1): Promise<void> {
    const seq = ++this.seq;
    this.loading.set(true);
    this.error.set(null);
    try {
      const r = await this.api.alerts({ status: this.status() || undefined }, page, 20);
      if (seq === this.seq) this.result.set(r);
    } catch (error) {
      if (seq === this.seq) this.error.set(apiErrorText(error));
    } finally {
      if (seq === this.seq) this.loading.set(false);
    }
  }
}
