import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { LiveUpdatesClient } from '@accord/portal/data-access';
import { BoardFilters, EMPTY_FILTERS } from './board-filters';
import { upsertIntoPage } from './board-upsert';
import { COMMITMENT_UPDATE_TYPES, CommitmentView, Page } from './commitment.models';
import { CommitmentsApi } from './commitments-api';

const HIGHLIGHT_MS = 2500;

export interface BoardChange {
  outcome: 'updated' | 'inserted' | 'removed';
  view: CommitmentView;
}

/** State of the public board; provide it in the board page so it lives as long as the page. */
@Injectable()
export class BoardStore {
  private readonly api = inject(CommitmentsApi);
  private readonly live = inject(LiveUpdatesClient);
  private requestSeq = 0;

  readonly filters = signal<BoardFilters>(EMPTY_FILTERS);
  readonly pageSize = signal(20);
  readonly result = signal<Page<CommitmentView>>({ items: [], total: 0, page: 1, pageSize: 20 });
  readonly loading = signal(false);
  readonly error = signal<string | null>(null);
  readonly highlighted = signal<ReadonlySet<string>>(new Set());
  readonly lastChange = signal<BoardChange | null>(null);

  readonly items = computed(() => this.result().items);
  readonly total = computed(() => this.result().total);
  readonly page = computed(() => this.result().page);
  readonly pageCount = computed(() => Math.max(1, Math.ceil(this.total() / this.pageSize())));
  readonly empty = computed(() => !this.loading() && !this.error() && this.items().length === 0);

  constructor() {
    const destroyRef = inject(DestroyRef);
    this.live
      .on<CommitmentView>(...COMMITMENT_UPDATE_TYPES)
      .pipe(takeUntilDestroyed(destroyRef))
      .subscribe((u) => this.apply(u.view));
    this.live.reconnected$.pipe(takeUntilDestroyed(destroyRef)).subscribe(() => void this.load(this.page()));
  }

  setFilters(filters: BoardFilters): Promise<void> {
    this.filters.set(filters);
    return this.load(1);
  }

  async load(page: number): Promise<void> {
    const seq = ++this.requestSeq;
    this.loading.set(true);
    this.error.set(null);
    try {
      const result = await this.api.list(this.filters(), page, this.pageSize());
      if (seq !== this.requestSeq) return; // a newer request answers instead
      this.result.set(result);
    } catch (error) {
      if (seq !== this.requestSeq) return;
      this.error.set(error instanceof Error ? error.message : String(error));
    } finally {
      if (seq === this.requestSeq) this.loading.set(false);
    }
  }

  private apply(view: CommitmentView): void {
    if (this.filters().asOf) return; // a board of the past does not change
    const { page, outcome } = upsertIntoPage(this.result(), view, this.filters());
    if (outcome === 'ignored') return;
    this.result.set(page);
    this.lastChange.set({ outcome, view });
    if (outcome !== 'removed') this.flash(view.id);
  }

  private flash(id: string): void {
    this.highlighted.update((s) => new Set(s).add(id));
    setTimeout(() => this.highlighted.update((s) => {
      const next = new Set(s);
      next.delete(id);
      return next;
    }), HIGHLIGHT_MS);
  }
}
