import { DestroyRef, Injectable, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { LivePage, LiveUpdatesClient } from '@accord/portal/data-access';
import { FollowUpApi } from './follow-up-api';
import { EMPTY_TRACKER_FILTERS, TRACKER_UPDATE_TYPES, TrackerFilters, TrackerRow } from './follow-up.models';
import { mergeRows } from './tracker-rows';

/** Tracker rows under filters, kept current by live updates. Provide it in the page that shows them. */
@Injectable()
export class TrackerStore {
  private readonly api = inject(FollowUpApi);
  private readonly live = inject(LiveUpdatesClient);

  readonly filters = signal<TrackerFilters>(EMPTY_TRACKER_FILTERS);
  readonly pageSize = signal(20);
  private readonly livePage = new LivePage<TrackerRow>();
  readonly result = this.livePage.result;
  readonly loading = this.livePage.loading;
  readonly error = this.livePage.error;
  readonly lastChange = signal<TrackerRow[]>([]);
  readonly items = this.livePage.items;
  readonly empty = this.livePage.empty;

  constructor() {
    const destroyRef = inject(DestroyRef);
    this.live
      .on<TrackerRow[]>(...TRACKER_UPDATE_TYPES)
      .pipe(takeUntilDestroyed(destroyRef))
      .subscribe((u) => this.apply(Array.isArray(u.view) ? u.view : []));
    this.live.reconnected$.pipe(takeUntilDestroyed(destroyRef)).subscribe(() => void this.load(this.result().page));
  }

  load(page = 1): Promise<void> {
    return this.livePage.load(() => this.api.tracker(this.filters(), page, this.pageSize()));
  }

  private apply(rows: TrackerRow[]): void {
    const { page, changed } = mergeRows(this.result(), rows, this.filters());
    if (changed.length === 0) return;
    this.result.set(page);
    this.lastChange.set(changed);
  }
}
