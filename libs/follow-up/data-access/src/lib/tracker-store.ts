import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { LiveUpdatesClient, ServerPage, apiErrorText, emptyPage } from '@accord/portal/data-access';
import { FollowUpApi } from './follow-up-api';
import { EMPTY_TRACKER_FILTERS, TRACKER_UPDATE_TYPES, TrackerFilters, TrackerRow } from './follow-up.models';
import { mergeRows } from './tracker-rows';

/** Tracker rows under filters, kept current by live updates. Provide it in the page that shows them. */
@Injectable()
export class TrackerStore {
  private readonly api = inject(FollowUpApi);
  private readonly live = inject(LiveUpdatesClient);
  private seq = 0;

  readonly filters = signal<TrackerFilters>(EMPTY_TRACKER_FILTERS);
  readonly pageSize = signal(20);
  readonly result = signal<ServerPage<TrackerRow>>(emptyPage());
  readonly loading = signal(false);
  readonly error = signal<string | null>(null);
  readonly lastChange = signal<TrackerRow[]>([]);
  readonly items = computed(() => this.result().items);
  readonly empty = computed(() => !this.loading() && !this.error() && this.items().length === 0);

  constructor() {
    const destroyRef = inject(DestroyRef);
    this.live
      .on<TrackerRow[]>(...TRACKER_UPDATE_TYPES)
      .pipe(takeUntilDestroyed(destroyRef))
      .subscribe((u) => this.apply(Array.isArray(u.view) ? u.view : []));
    this.live.reconnected$.pipe(takeUntilDestroyed(destroyRef)).subscribe(() => void this.load(this.result().page));
  }

  async load(page = 1): Promise<void> {
    const seq = ++this.seq;
    this.loading.set(true);
    this.error.set(null);
    try {
      const result = await this.api.tracker(this.filters(), page, this.pageSize());
      if (seq === this.seq) this.result.set(result);
    } catch (error) {
      if (seq === this.seq) this.error.set(apiErrorText(error));
    } finally {
      if (seq === this.seq) this.loading.set(false);
    }
  }

  private apply(rows: TrackerRow[]): void {
    const { page, changed } = mergeRows(this.result(), rows, this.filters());
    if (changed.length === 0) return;
    this.result.set(page);
    this.lastChange.set(changed);
  }
}
