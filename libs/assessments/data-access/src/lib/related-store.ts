import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { LiveUpdatesClient, apiErrorText } from '@accord/portal/data-access';
import { AssessmentsApi } from './assessments-api';
import { RELATED_UPDATE_TYPES, RelatedItem } from './related.models';
import { toSections } from './related-sections';

/** What others say about one commitment, refetched when a live item for it arrives. Provide per section. */
@Injectable()
export class RelatedStore {
  private readonly api = inject(AssessmentsApi);
  private readonly live = inject(LiveUpdatesClient);
  private commitmentId: string | null = null;
  private readonly items = signal<RelatedItem[]>([]);
  private readonly disputed = signal(false);
  readonly loading = signal(false);
  readonly error = signal<string | null>(null);
  readonly lastLive = signal<RelatedItem | null>(null);
  readonly sections = computed(() => toSections(this.items(), this.disputed()));

  constructor() {
    const destroyRef = inject(DestroyRef);
    this.live
      .on<RelatedItem>(...RELATED_UPDATE_TYPES)
      .pipe(takeUntilDestroyed(destroyRef))
      .subscribe((u) => {
        if (u.aggregateId !== this.commitmentId) return;
        this.lastLive.set(u.view);
        void this.refresh();
      });
    this.live.reconnected$.pipe(takeUntilDestroyed(destroyRef)).subscribe(() => void this.refresh());
  }

  async load(commitmentId: string): Promise<void> {
    this.commitmentId = commitmentId;
    this.loading.set(true);
    await this.refresh();
    this.loading.set(false);
  }

  async refresh(): Promise<void> {
    const id = this.commitmentId;
    if (!id) return;
    try {
      const r = await this.api.related(id);
      if (id !== this.commitmentId) return;
      this.items.set(r.items);
      this.disputed.set(r.disputed);
      this.error.set(null);
    } catch (error) {
      this.error.set(apiErrorText(error));
    }
  }
}
