import { DestroyRef, Injectable, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { LivePage, LiveUpdatesClient } from '@accord/portal/data-access';
import { CrisisApi } from './crisis-api';
import { ALERT_UPDATE_TYPES, AlertListEntry } from './crisis.models';
import { upsertAlert } from './upsert-alert';

/** The alert list of the crisis room; public, kept current live. Provide it in the page. */
@Injectable()
export class AlertsStore {
  private readonly api = inject(CrisisApi);
  private readonly live = inject(LiveUpdatesClient);
  readonly status = signal<'' | 'open' | 'closed'>('');
  private readonly livePage = new LivePage<AlertListEntry>();
  readonly result = this.livePage.result;
  readonly loading = this.livePage.loading;
  readonly error = this.livePage.error;
  readonly lastChange = signal<AlertListEntry | null>(null);
  readonly items = this.livePage.items;
  readonly empty = this.livePage.empty;

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

  load(page = 1): Promise<void> {
    return this.livePage.load(() => this.api.alerts({ status: this.status() || undefined }, page, 20));
  }
}
